package backplan.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * For terminals whose locale cannot show Unicode: turns backplan's few non-ASCII marks into ASCII look-alikes
 * instead of letting the encoder print question marks.
 */
public final class AsciiWriter extends CharFilterWriter {

    private AsciiWriter(Writer out) {
        super(out);
    }

    /** Wraps {@code out} only when {@code charset} cannot encode the marks backplan uses. */
    public static Writer wrapIfNeeded(Writer out, Charset charset) {
        return charset.newEncoder().canEncode("×—█·") ? out : new AsciiWriter(out);
    }

    public static String replacement(char c) {
        return switch (c) {
            case '×' -> "x";
            case '—', '–', '─' -> "-";
            case '█', '●' -> "#";
            case '▀' -> "\"";
            case '▄' -> "_";
            case '░', '·' -> ".";
            case '◐' -> "/";
            case '✓' -> "ok";
            case '…' -> "...";
            case '▶', '◀', '→', '▲' -> ">";
            case '↑' -> "^";
            case '↓' -> "v";
            case '←' -> "<";
            case '⏎' -> "Enter";
            default -> c < 128 ? null : unaccented(c);
        };
    }

    @Override
    public void write(int c) throws IOException {
        String r = replacement((char) c);
        if (r == null) {
            out.write(c);
        } else {
            out.write(r);
        }
    }


    /** A letter without its accents ("ë" as "e", "Ø" stays "?"): a name in a catalog still reads. */
    private static String unaccented(char c) {
        String bare = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.length() == 1 && bare.charAt(0) < 128 ? bare : "?";
    }
}
