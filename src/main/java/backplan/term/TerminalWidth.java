package backplan.term;

import org.jline.nativ.CLibrary;

/**
 * The width of the terminal on stdout, asked of the kernel through JLine's native library. The launcher passes the
 * width in {@code COLUMNS} (a {@code stty size} costs it about 3 ms); loading the library costs 60-200 ms, so this
 * is only for runs that did not come through the launcher ({@code java -jar} on a terminal).
 */
public final class TerminalWidth {

    private TerminalWidth() {}

    /** The columns of the terminal on stdout, or 0 when unknown (not a terminal, no native library). */
    public static int ofStdout() {
        try {
            return Math.max(0, CLibrary.getTerminalWidth(1));
        } catch (LinkageError | RuntimeException e) {
            return 0;
        }
    }
}
