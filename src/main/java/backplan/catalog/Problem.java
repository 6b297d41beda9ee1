package backplan.catalog;

import backplan.base.ControlCharacters;
import java.util.Locale;

/**
 * One thing wrong with an input file, at a 1-based line and column (0 when the file has no position to give).
 *
 * @param kind what sort of wrong it is, for the program to act on (the message is for people only)
 */
public record Problem(String file, int line, int column, String message, Kind kind) implements Comparable<Problem> {

    /** What sort of wrong a problem is. */
    public enum Kind {
        /** The file itself is wrong: its syntax, a field, a value. */
        INVALID,
        /**
         * The file is sound but names what the catalog in use does not have (a plan made for another catalog):
         * a new plan may replace it.
         */
        OTHER_CATALOG
    }

    /** Messages echo the user's text; a line break or a terminal escape in it must not break the one-line form. */
    public Problem {
        message = oneLine(message);
    }

    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, Kind.INVALID);
    }

    public static Problem whole(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code FILE:LINE:COL: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }

    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ControlCharacters.isControl(c) || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
