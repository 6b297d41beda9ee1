package backplan.text;

import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import java.io.PrintWriter;
import java.util.List;

/** One line per event, no escape codes, for pipes, logs and {@code TERM=dumb}. */
public final class PlainView implements SessionView {

    private final PrintWriter out;

    public PlainView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void show(SessionEvent event, SessionState state) {
        List<String> lines = SessionText.lines(event, state);
        if (!lines.isEmpty()) {
            lines.forEach(out::println);
            out.flush();
        }
    }
}
