package backplan.history;

import backplan.base.ControlCharacters;

/**
 * A session's note as the history keeps it: one line of at most {@link #MAX_LENGTH} characters with no control
 * character (nothing that moves a cursor, rings a bell or starts an escape sequence in a terminal that shows it).
 */
public final class Notes {

    /** Room for a sentence or two; a history line stays short. */
    public static final int MAX_LENGTH = 280;

    private Notes() {}

    /**
     * What a note typed on the command line lacks to be kept, in words for a usage error: empty when it is fine.
     */
    public static java.util.Optional<String> problem(String typed) {
        if (typed.codePoints().anyMatch(ControlCharacters::isControl)) {
            return java.util.Optional.of("a note is one line of text, without control characters or line breaks");
        }
        if (typed.codePointCount(0, typed.length()) > MAX_LENGTH) {
            return java.util.Optional.of("a note holds at most " + MAX_LENGTH + " characters, not "
                    + typed.codePointCount(0, typed.length()));
        }
        return java.util.Optional.empty();
    }

    /**
     * The note as kept: control characters taken out (a line break becomes a space), spaces at the ends trimmed, cut
     * to {@link #MAX_LENGTH}; null when nothing is left. A history line a person edited is read through this too.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (!ControlCharacters.isControl(c)) {
                sb.appendCodePoint(c);
            }
        });
        String s = sb.toString().strip();
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
