package backplan.text;

import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import java.io.PrintWriter;
import java.util.List;

/** One line per event, no escape codes, for pipes, logs and {@code TERM=dumb}. */
public final class PlainView implements SessionView {

    /** Under the text after the clock ("00:05 "). */
    private static final String HANGING = "      ";

    private final PrintWriter out;
    private final int width;

    /** Whole lines, for pipes and logs. */
    public PlainView(PrintWriter out) {
        this(out, TextLayout.UNLIMITED);
    }

    /** @param width a terminal's columns: a long line wraps between words, under its text, not mid-word */
    public PlainView(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void show(SessionEvent event, SessionState state) {
        List<String> lines = SessionText.lines(event, state);
        if (!lines.isEmpty()) {
            for (String line : lines) {
                if (width <= TextLayout.UNLIMITED) {
                    out.println(line);
                } else {
                    TextLayout.wrap("", HANGING, line, width).forEach(out::println);
                }
            }
            out.flush();
        }
    }
}
