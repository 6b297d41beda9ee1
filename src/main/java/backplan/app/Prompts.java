package backplan.app;

import backplan.term.Tty;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/** Every yes/no question backplan asks on the command line, and the one way its answers are read. */
public final class Prompts {

    private final InputStream in;
    private final PrintWriter err;
    private final boolean interactive;
    private final Tty tty;
    private final IntSupplier width;

    /** @param tty told while a question waits, so a signal then leaves the shell's prompt on a line of its own */
    public Prompts(InputStream in, PrintWriter err, boolean interactive, Tty tty) {
        this(in, err, interactive, tty, () -> TextLayout.UNLIMITED);
    }

    /** @param width the terminal's columns, to wrap a question to ({@link TextLayout#UNLIMITED}: never) */
    public Prompts(InputStream in, PrintWriter err, boolean interactive, Tty tty, IntSupplier width) {
        this.in = in;
        this.err = err;
        this.interactive = interactive;
        this.tty = tty;
        this.width = width;
    }

    /** Whether a person is there to answer. */
    public boolean interactive() {
        return interactive;
    }

    /**
     * Asks on stderr and reads one line: {@code y} or {@code yes} in any case is yes; an empty line or the end of
     * input takes the default; anything else is no.
     */
    public boolean confirm(String question, boolean byDefault) throws IOException {
        // Wrapped between words, the choices glued to the last word so they never stand alone on a line
        List<String> lines = TextLayout.wrap(question + NO_BREAK + (byDefault ? "[Y/n]" : "[y/N]"), width.getAsInt());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace(NO_BREAK, ' ');
            if (i < lines.size() - 1) {
                err.println(line);
            } else {
                err.print(line + " ");
            }
        }
        err.flush();
        tty.questionWaiting(true);
        try {
            return answer(line(), byDefault);
        } finally {
            tty.questionWaiting(false);
        }
    }

    /** A space {@link TextLayout} never breaks at (it breaks at U+0020 only). */
    private static final char NO_BREAK = '\u00A0';

    static boolean answer(String text, boolean byDefault) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "" -> byDefault;
            case "y", "yes" -> true;
            default -> false;
        };
    }

    /** One line, read byte by byte so nothing after it is consumed. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            sb.append((char) c);
        }
        return sb.toString();
    }
}
