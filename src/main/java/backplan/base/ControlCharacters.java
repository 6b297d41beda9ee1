package backplan.base;

/**
 * What a control character is, for every place that keeps one from reaching a terminal or breaking a one-line
 * message: the screen, the text writers, problem messages and the YAML reader.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /**
     * C0 controls, DEL and C1 controls: characters that move the cursor, ring the bell or begin an escape sequence
     * instead of showing (the same set as {@link Character#isISOControl}).
     */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** A control character that is not a line break or a tab, which plain text may hold. */
    public static boolean isControlInText(int c) {
        return isControl(c) && c != '\n' && c != '\t';
    }
}
