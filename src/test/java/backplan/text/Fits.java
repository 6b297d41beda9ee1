package backplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that text laid out for a terminal fits it: no line too wide, no word cut in two, columns in line. */
public final class Fits {

    /** Marks the layout may add between pieces (stacked rows, lists of items). */
    private static final Set<String> JOINERS = Set.of("·", "-");

    private Fits() {}

    /**
     * The words of a text, split at spaces, without the brackets and commas around them (a narrow layout may put
     * "(id, 3 × 30 s)" where a wide one has columns); full stops stay, so a cut "centr" / "e." is still caught.
     */
    public static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).map(Fits::bare).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String bare(String word) {
        return word.replaceAll("^[(),;:]+|[(),;:]+$", "");
    }

    /**
     * Every line is at most {@code width} columns, and every word shown is a whole word of {@code whole} (the same
     * text unwrapped); a word ending in "…" must begin a word of it (only where names may be shortened).
     */
    public static void assertFits(List<String> lines, int width, Set<String> whole, boolean shortening,
            String what) {
        String shown = String.join("\n", lines);
        for (String line : lines) {
            assertTrue(TextLayout.width(line) <= width, what + ": a line of " + TextLayout.width(line)
                    + " columns on a terminal of " + width + ":\n" + line + "\n--- in:\n" + shown);
        }
        for (String word : words(shown)) { // bare words: see words()
            if (whole.contains(word) || JOINERS.contains(word)) {
                continue;
            }
            if (shortening && word.endsWith("…")) {
                String start = word.substring(0, word.length() - 1);
                if (whole.stream().anyMatch(w -> w.startsWith(start))) {
                    continue;
                }
            }
            fail(what + " at " + width + " columns: '" + word + "' is not a whole word of the text\n" + shown);
        }
    }

    /** The terminal column where {@code text} starts on {@code line}, or -1. */
    public static int column(String line, String text) {
        int at = line.indexOf(text);
        return at < 0 ? -1 : TextLayout.width(line.substring(0, at));
    }

    /** Each line's text from {@code texts} (one per line, in order) starts in the same terminal column. */
    public static void assertAligned(List<String> lines, List<String> texts, String what) {
        assertEquals(lines.size(), texts.size(), what);
        Set<Integer> columns = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int c = column(lines.get(i), texts.get(i));
            assertTrue(c >= 0, what + ": '" + texts.get(i) + "' missing from\n" + lines.get(i));
            columns.add(c);
        }
        assertEquals(1, columns.size(), what + ": not in one column " + columns + ":\n" + String.join("\n", lines));
    }
}
