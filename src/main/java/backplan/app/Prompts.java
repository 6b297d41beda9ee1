package backplan.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** Every yes/no question backplan asks on the command line, and the one way its answers are read. */
public final class Prompts {

    private final InputStream in;
    private final PrintWriter err;
    private final boolean interactive;

    public Prompts(InputStream in, PrintWriter err, boolean interactive) {
        this.in = in;
        this.err = err;
        this.interactive = interactive;
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
        err.print(question + (byDefault ? " [Y/n] " : " [y/N] "));
        err.flush();
        AWAITING.set(true);
        breakTheLineOnExit();
        try {
            return answer(line(), byDefault);
        } finally {
            AWAITING.set(false);
        }
    }

    /** A question is on screen, waiting: a signal that ends the program then finishes its line. */
    private static final AtomicBoolean AWAITING = new AtomicBoolean();

    /** Whether the hook that finishes a question's line at exit is registered (once, at the first question). */
    private static final AtomicBoolean LINE_BREAK_HOOKED = new AtomicBoolean();

    /** Ended by a signal at a question, the program leaves the shell's prompt on a line of its own. */
    private static void breakTheLineOnExit() {
        if (LINE_BREAK_HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (AWAITING.get()) {
                    try {
                        FileOutputStream tty = new FileOutputStream(FileDescriptor.err);
                        tty.write('\n');
                        tty.flush();
                    } catch (IOException e) {
                        // nothing to finish the line on
                    }
                }
            }, "backplan-question-line"));
        }
    }

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
