package backplan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jline.utils.WCWidth;

/**
 * Text laid out in terminal columns: display width (wide and combining characters counted as the terminal shows
 * them), word wrapping with a hanging indent, shortening with "…", and tables whose widest column gives way first.
 * A width of {@link #UNLIMITED} (or less) means "do not wrap": output to a pipe keeps whole lines for scripts.
 */
public final class TextLayout {

    /** No limit: lines are never wrapped, shortened or narrowed. */
    public static final int UNLIMITED = 0;

    static final String ELLIPSIS = "…";

    /** A unit of time as backplan writes it after a number ("30 s", "2 min"), maybe followed by punctuation. */
    private static final Pattern UNIT = Pattern.compile("(s|min)[),.;:]*");

    private TextLayout() {}

    // ---- measuring ----

    /** The columns a string takes on a terminal: 2 for wide (CJK, most emoji), 0 for combining marks. */
    public static int width(CharSequence s) {
        int columns = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            columns += columns(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    private static int columns(int cp) {
        if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp < 0x300)) {
            return 1; // Latin text, without the table look-up
        }
        return Math.max(0, WCWidth.wcwidth(cp));
    }

    /** The longest prefix of {@code s} that fits in {@code columns}, keeping combining marks with their letter. */
    static String take(String s, int columns) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = columns(cp);
            if (used + w > columns) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    // ---- single lines ----

    /** {@code s} followed by spaces up to {@code columns} (never cut). */
    public static String pad(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** {@code s}, or its beginning and "…" when it is wider than {@code columns}; unlimited widths keep it whole. */
    public static String shorten(String s, int columns) {
        if (columns <= UNLIMITED || width(s) <= columns) {
            return s;
        }
        if (columns == 1) {
            return ELLIPSIS;
        }
        return take(s, columns - 1).stripTrailing() + ELLIPSIS;
    }

    // ---- wrapping ----

    /** {@code text} in lines of at most {@code columns}, broken between words. */
    public static List<String> wrap(String text, int columns) {
        return wrap("", "", text, columns);
    }

    /**
     * {@code text} after {@code first} on the first line and after {@code hanging} on the others, every line at
     * most {@code width} columns, broken between words. A word wider than a whole line is the only thing ever cut.
     * Line breaks in the text are kept; with an unlimited width the text stays one line per paragraph.
     */
    public static List<String> wrap(String first, String hanging, String text, int width) {
        return wrap(first, hanging, text, width, UnaryOperator.identity());
    }

    /** As {@link #wrap(String, String, String, int)}, with {@code paint} (a color) applied to the text of each line. */
    public static List<String> wrap(String first, String hanging, String text, int width,
            UnaryOperator<String> paint) {
        List<String> out = new ArrayList<>();
        List<String> pieces = width <= UNLIMITED ? List.of(text.split("\n", -1))
                : pieces(text, Math.max(1, width - width(first)), Math.max(1, width - width(hanging)));
        for (String piece : pieces) {
            String prefix = out.isEmpty() ? first : hanging;
            out.add((piece.isEmpty() ? prefix : prefix + paint.apply(piece)).stripTrailing());
        }
        return out;
    }

    /**
     * Items joined by {@code separator}, breaking lines only between items (an item wider than a line is wrapped
     * on its own): for lists such as "12:34 · 6/6 exercises · 18/18 sets" whose parts mean nothing apart.
     */
    public static List<String> flow(String first, String hanging, List<String> items, String separator,
            int width) {
        if (width <= UNLIMITED) {
            return List.of((first + String.join(separator, items)).stripTrailing());
        }
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String item : items) {
            if (!empty && width(line) + width(separator) + width(item) <= width) {
                line.append(separator).append(item);
                continue;
            }
            if (!empty) {
                out.add(line.toString());
                line = new StringBuilder(hanging);
            }
            List<String> wrapped = wrap(line.toString(), hanging, item, width);
            out.addAll(wrapped.subList(0, wrapped.size() - 1));
            line = new StringBuilder(wrapped.get(wrapped.size() - 1));
            empty = false;
        }
        out.add(line.toString().stripTrailing());
        return out;
    }

    /**
     * The text of each line: the first may hold {@code firstRoom} columns (at least 1), the others {@code restRoom}.
     * When the first word does not fit the first line but would fit the next, the first line stays empty.
     */
    static List<String> pieces(String text, int firstRoom, int restRoom) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            int room = out.isEmpty() ? firstRoom : restRoom;
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (String spaced : words(paragraph)) {
                String word = bare(spaced);
                int w = width(word);
                int gap = spaced.length() - word.length();
                if (!line.isEmpty() && used + gap + w <= room) {
                    line.append(spaced);
                    used += gap + w;
                    continue;
                }
                boolean next = restRoom > room; // an empty first line would give the word more room
                if (!line.isEmpty() || (w > room && next && out.isEmpty())) {
                    out.add(line.toString());
                    line = new StringBuilder();
                    used = 0;
                    room = restRoom;
                }
                while (w > room) { // a word wider than a whole line: the one case where a word is cut
                    String part = take(word, room);
                    if (part.isEmpty()) {
                        part = word.substring(0, Character.charCount(word.codePointAt(0)));
                    }
                    out.add(part);
                    word = word.substring(part.length());
                    w = width(word);
                    room = restRoom;
                }
                line.append(word);
                used = w;
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * The unbreakable pieces of a text, each with the spaces that came before it (so a double space inside a line
     * stays double): words separated by spaces, except that a lone mark (such as "×", "/", "—" or "·") stays with
     * the word before it, "×" also with the word after it, and a unit of time with its number, so "3 × 30 s" never
     * breaks as "3 ×" / "30 s" nor as "3 × 30" / "s".
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        boolean glueNext = false;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            if (wordStart == i) {
                break; // trailing spaces
            }
            String w = text.substring(wordStart, i);
            boolean mark = w.codePointCount(0, w.length()) == 1 && !Character.isLetterOrDigit(w.codePointAt(0));
            boolean unit = !out.isEmpty() && UNIT.matcher(w).matches()
                    && Character.isDigit(out.get(out.size() - 1).charAt(out.get(out.size() - 1).length() - 1));
            if (!out.isEmpty() && (mark || glueNext || unit)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + text.substring(start, i));
            } else {
                out.add(out.isEmpty() ? w : text.substring(start, i));
            }
            glueNext = w.equals("×");
        }
        return out;
    }

    /** A word as it starts a line: without the spaces before it. */
    private static String bare(String word) {
        return word.stripLeading();
    }

    /** The widest unbreakable piece of a text: the narrowest a column can be without cutting a word. */
    static int widestWord(String text) {
        int max = 0;
        for (String w : words(text)) {
            max = Math.max(max, width(bare(w)));
        }
        return max;
    }

    // ---- tables ----

    /** What a column does when the table is too wide for the terminal. */
    public enum Overflow {
        /** Never narrower than its widest cell: ids and numbers people read or type whole. */
        KEEP,
        /** Wraps between words onto more lines of the same row; never narrower than its widest word. */
        WRAP,
        /** Stays one line and ends in "…": for rows that must stay one line, such as a menu's. */
        SHORTEN
    }

    /**
     * A table column.
     *
     * @param min   the narrowest a SHORTEN or WRAP column may get (a WRAP column never gets narrower than its
     *              widest word either)
     * @param paint applied to each cell's text after layout (color), never to the padding
     */
    public record Column(Overflow overflow, int min, UnaryOperator<String> paint) {

        public static Column keep() {
            return new Column(Overflow.KEEP, 0, UnaryOperator.identity());
        }

        public static Column wrap() {
            return wrap(0);
        }

        /** A wrapping column that keeps at least {@code min} columns (or its widest cell, if narrower). */
        public static Column wrap(int min) {
            return new Column(Overflow.WRAP, min, UnaryOperator.identity());
        }

        public static Column shorten(int min) {
            return new Column(Overflow.SHORTEN, min, UnaryOperator.identity());
        }

        public Column paint(UnaryOperator<String> how) {
            return new Column(overflow, min, how);
        }
    }

    /**
     * Rows of cells in aligned columns, laid out for a width: while the table is too wide, the widest column that
     * can still give way loses a column, until it fits or none can give way.
     */
    public static final class Table {

        private final String indent;
        private final String gap;
        private final List<Column> columns;
        private final List<List<String>> rows = new ArrayList<>();

        public Table(String indent, String gap, List<Column> columns) {
            this.indent = indent;
            this.gap = gap;
            this.columns = List.copyOf(columns);
        }

        /** Adds a row; missing cells are empty. */
        public Table row(String... cells) {
            return row(List.of(cells));
        }

        public Table row(List<String> cells) {
            if (cells.size() > columns.size()) {
                throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
            }
            List<String> full = new ArrayList<>(cells);
            while (full.size() < columns.size()) {
                full.add("");
            }
            rows.add(full);
            return this;
        }

        /**
         * Each row's lines, padded so the columns line up; empty when the table cannot fit {@code width} without
         * cutting a word (the caller then lays the rows out another way). Unlimited widths keep every cell whole.
         */
        public Optional<List<List<String>>> layout(int width) {
            int[] widths = new int[columns.size()];
            int[] mins = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                for (List<String> row : rows) {
                    String cell = row.get(c);
                    widths[c] = Math.max(widths[c], width(cell));
                    mins[c] = Math.max(mins[c], switch (column.overflow()) {
                        case KEEP -> width(cell);
                        case WRAP -> Math.max(widestWord(cell), Math.min(width(cell), column.min()));
                        case SHORTEN -> Math.min(width(cell), Math.max(1, column.min()));
                    });
                }
            }
            if (width > UNLIMITED && !shrink(widths, mins, width)) {
                return Optional.empty();
            }
            List<List<String>> out = new ArrayList<>();
            for (List<String> row : rows) {
                out.add(rowLines(row, widths));
            }
            return Optional.of(out);
        }

        /** Every row's lines in order: the layout, or (when it cannot fit) nothing. */
        public Optional<List<String>> lines(int width) {
            return layout(width).map(rs -> rs.stream().flatMap(List::stream).toList());
        }

        private boolean shrink(int[] widths, int[] mins, int width) {
            int total = total(widths);
            while (total > width) {
                int widest = -1;
                for (int c = 0; c < widths.length; c++) {
                    if (widths[c] > mins[c] && (widest < 0 || widths[c] > widths[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    return false;
                }
                widths[widest]--;
                total--;
            }
            return true;
        }

        private int total(int[] widths) {
            int total = width(indent);
            boolean any = false;
            for (int w : widths) {
                if (w > 0) {
                    total += w + (any ? width(gap) : 0);
                    any = true;
                }
            }
            return total;
        }

        private List<String> rowLines(List<String> row, int[] widths) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns.size(); c++) {
                String cell = row.get(c);
                List<String> parts = switch (columns.get(c).overflow()) {
                    case KEEP -> List.of(cell);
                    case WRAP -> width(cell) <= widths[c] ? List.of(cell) : wrap(cell, widths[c]);
                    case SHORTEN -> List.of(shorten(cell, widths[c]));
                };
                cells.add(parts);
                height = Math.max(height, parts.size());
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < height; i++) {
                StringBuilder line = new StringBuilder(indent);
                boolean any = false;
                for (int c = 0; c < columns.size(); c++) {
                    if (widths[c] == 0) {
                        continue; // a column nobody filled takes no room, nor its gap
                    }
                    if (any) {
                        line.append(gap);
                    }
                    any = true;
                    String text = i < cells.get(c).size() ? cells.get(c).get(i) : "";
                    line.append(text.isEmpty() ? "" : columns.get(c).paint().apply(text));
                    line.append(" ".repeat(Math.max(0, widths[c] - width(text))));
                }
                out.add(line.toString().stripTrailing());
            }
            return out;
        }
    }
}
