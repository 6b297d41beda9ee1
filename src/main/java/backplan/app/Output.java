package backplan.app;

import backplan.term.AnsiStyles;
import backplan.text.Styles;
import backplan.text.TextLayout;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Where a command's words go and how they may look: stdout and stderr, the width to wrap at, Unicode or ASCII
 * marks, colors, and whether a live screen can be drawn. Each rule of the terminal policy is decided once, by
 * {@link Environment}.
 */
public final class Output {

    private final PrintWriter out;
    private final PrintWriter err;
    private final IntSupplier columns;
    private final boolean asciiLocale;
    private final boolean color;
    private final boolean live;
    private final boolean stdoutTerminal;
    private int width = -1;

    /**
     * @param columns        the width text on stdout may take, asked once when first needed ({@link
     *                       TextLayout#UNLIMITED} for a pipe)
     * @param asciiLocale    the locale cannot show Unicode marks
     * @param color          colors may be used on stdout
     * @param live           a live full-screen session or picker can be drawn
     * @param stdoutTerminal stdout is a terminal (plain lines may ring its bell)
     */
    public Output(PrintWriter out, PrintWriter err, IntSupplier columns, boolean asciiLocale, boolean color,
            boolean live, boolean stdoutTerminal) {
        this.out = out;
        this.err = err;
        this.columns = columns;
        this.asciiLocale = asciiLocale;
        this.color = color;
        this.live = live;
        this.stdoutTerminal = stdoutTerminal;
    }

    /** Plain text to two writers, never wrapped, no colors, no screen: for pipes and tests. */
    public static Output plain(PrintWriter out, PrintWriter err) {
        return new Output(out, err, () -> TextLayout.UNLIMITED, false, false, false, false);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** The columns text on stdout may take; {@link TextLayout#UNLIMITED} (0, never wrap) for a pipe. */
    public int width() {
        if (width < 0) {
            width = columns.getAsInt();
        }
        return width;
    }

    /**
     * A message on stderr, wrapped between words to the terminal's width: left to the terminal, a line one column
     * too long breaks inside its last word ("the picker was close" / "d.").
     */
    public void say(String message) {
        sayOn(err, message);
    }

    /** As {@link #say}, on {@code stream} (stdout or stderr). */
    public void sayOn(PrintWriter stream, String message) {
        TextLayout.wrap(message, width()).forEach(stream::println);
        stream.flush();
    }

    /** ASCII look-alikes when asked for ({@code --ascii}) or when the locale cannot show Unicode marks. */
    public boolean ascii(boolean asked) {
        return asked || asciiLocale;
    }

    /** Colors on stdout: only on a terminal, and never when the user said no. */
    public boolean color() {
        return color;
    }

    /** Emphasis for text on stdout: colors where {@link #color} allows them. */
    public Styles styles() {
        return color ? new AnsiStyles() : Styles.NONE;
    }

    /** A live full-screen session or picker is possible: both streams are a terminal that can draw. */
    public boolean live() {
        return live;
    }

    /** Standard output is a terminal. */
    public boolean stdoutTerminal() {
        return stdoutTerminal;
    }
}
