package backplan.text;

import backplan.base.ControlCharacters;
import java.io.IOException;
import java.io.Writer;

/**
 * The second wall against text that would drive the terminal: everything backplan prints line by line goes
 * through here, and every control character that could move the cursor, retitle the window or write the
 * clipboard (C0 and C1 controls, DEL, any escape sequence) is shown as '?'. Only line breaks, tabs and the color
 * sequences backplan writes itself (ESC [ digits ; m) pass.
 */
public final class SafeTextWriter extends CharFilterWriter {

    /** Longer than any color sequence backplan writes: past this, an escape is not one of ours. */
    private static final int LONGEST_COLOR = 24;

    /** The escape sequence read so far, while it may still turn out to be a color. */
    private final StringBuilder pending = new StringBuilder();

    public SafeTextWriter(Writer out) {
        super(out);
    }

    /** The character as it may reach a terminal: itself, or '?' for a control character. */
    public static char neutral(char c) {
        return ControlCharacters.isControlInText(c) ? '?' : c;
    }

    /** The text with every control character but line breaks and tabs shown as '?'. */
    public static String neutral(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = neutral(c);
            if (n != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(n);
            }
        }
        return sb == null ? text : sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (!pending.isEmpty()) {
            continueEscape(ch);
        } else if (ch == 0x1b) {
            pending.append(ch);
        } else {
            out.write(neutral(ch));
        }
    }

    private void continueEscape(char ch) throws IOException {
        boolean inColor = pending.length() == 1 ? ch == '[' : (ch >= '0' && ch <= '9') || ch == ';';
        if (inColor && pending.length() < LONGEST_COLOR) {
            pending.append(ch);
        } else if (ch == 'm' && pending.length() >= 2) {
            out.write(pending.append(ch).toString()); // a color: ours, or at worst a color
            pending.setLength(0);
        } else {
            abandonEscape();
            write(ch);
        }
    }

    /** Not a color: the escape shows as '?', the rest as the plain text it is. */
    private void abandonEscape() throws IOException {
        out.write('?');
        out.write(pending.substring(1));
        pending.setLength(0);
    }

    @Override
    public void flush() throws IOException {
        if (!pending.isEmpty()) {
            abandonEscape();
        }
        super.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        super.close();
    }
}
