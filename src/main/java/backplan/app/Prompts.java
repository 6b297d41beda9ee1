package backplan.app;

import backplan.term.Tty;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

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
        // the choices glued to the last word so they never stand alone on a line
        print(question + NO_BREAK + (byDefault ? "[Y/n]" : "[y/N]"));
        tty.questionWaiting(true);
        try {
            String typed = line();
            return answer(typed == null ? "" : typed, byDefault);
        } finally {
            tty.questionWaiting(false);
        }
    }

    /**
     * Asks on stderr until one of {@code answers} is typed, whole or by its first letter, in any case; null at the
     * end of input. The answers' first letters must differ.
     */
    public String choose(String question, List<String> answers) throws IOException {
        String choices = answers.stream().map(a -> "[" + a.charAt(0) + "]" + a.substring(1))
                .collect(Collectors.joining(" "));
        tty.questionWaiting(true);
        try {
            while (true) {
                print(question + NO_BREAK + choices.replace(' ', NO_BREAK));
                String typed = line();
                if (typed == null) {
                    return null;
                }
                String t = typed.strip().toLowerCase(Locale.ROOT);
                for (String a : answers) {
                    if (!t.isEmpty() && (t.equals(a) || t.equals(a.substring(0, 1)))) {
                        return a;
                    }
                }
            }
        } finally {
            tty.questionWaiting(false);
        }
    }

    /**
     * Asks on stderr and reads one line, as typed (without its line break); null at the end of input, when no one
     * answered.
     */
    public String ask(String question) throws IOException {
        print(question);
        tty.questionWaiting(true);
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                sb.append((char) c);
            }
            return c == -1 && sb.isEmpty() ? null : sb.toString();
        } finally {
            tty.questionWaiting(false);
        }
    }

    /** The question wrapped between words to the terminal, the answer to be typed after its last line. */
    private void print(String question) {
        List<String> lines = TextLayout.wrap(question, width.getAsInt());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace(NO_BREAK, ' ');
            if (i < lines.size() - 1) {
                err.println(line);
            } else {
                err.print(line + " ");
            }
        }
        err.flush();
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

    /** One line, read byte by byte so nothing after it is consumed; null at the end of input. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            sb.append((char) c);
        }
        return c == -1 && sb.length() == 0 ? null : sb.toString();
    }
}
