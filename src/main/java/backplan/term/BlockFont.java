package backplan.term;

import java.util.ArrayList;
import java.util.List;

/**
 * A built-in 3 × 5 pixel block-digit font for the countdown, drawn in any number of rows from three up: five rows
 * and more stretch the pixels over the rows (the vertical strokes take the spare rows, so the bars stay even); three
 * or four rows draw two pixels a row with half blocks, so the digits keep their shapes where five rows do not fit.
 */
public final class BlockFont {

    /** Pixels a glyph is high. */
    public static final int HEIGHT = 5;
    /** The fewest rows a digit can be drawn in: half blocks, two pixels a row. */
    public static final int FEWEST_ROWS = 3;

    private static final String[] DIGITS = {
        "###|# #|# #|# #|###", // 0
        " # |## | # | # |###", // 1
        "###|  #|###|#  |###", // 2
        "###|  #|###|  #|###", // 3
        "# #|# #|###|  #|  #", // 4
        "###|#  |###|  #|###", // 5
        "###|#  |###|# #|###", // 6
        "###|  #|  #|  #|  #", // 7
        "###|# #|###|# #|###", // 8
        "###|# #|###|  #|###", // 9
    };
    private static final String COLON = "   | # |   | # |   ";
    private static final String BLANK = "   |   |   |   |   ";
    /** Which pixel rows take a spare row first: the strokes between the bars, then the outer bars. */
    private static final int[] SPARE_ROWS_TO = {1, 3, 0, 4, 2};

    private BlockFont() {}

    /** The columns {@code text} takes with {@code scale} columns a pixel, one-pixel gaps included. */
    public static int width(String text, int scale) {
        return Math.max(0, text.length() * 4 * scale - scale);
    }

    /** Renders digits and colons {@code columns} columns and {@code rows} rows a pixel: 5 × rows lines. */
    public static List<String> render(String text, int columns, int rows) {
        return inRows(text, columns, HEIGHT * rows);
    }

    /**
     * Renders digits and colons in exactly {@code height} rows ({@link #FEWEST_ROWS} or more; four rows draw
     * three), {@code columns} columns a pixel. Anything but the ASCII digits and a colon is a blank: a locale's own
     * digits never reach here as glyphs, and never as an index out of range.
     */
    public static List<String> inRows(String text, int columns, int height) {
        if (height < FEWEST_ROWS) {
            throw new IllegalArgumentException("digits need at least " + FEWEST_ROWS + " rows, not " + height);
        }
        List<String> pixels = pixelRows(text, columns);
        if (height < HEIGHT) {
            return halfBlocks(pixels);
        }
        int[] rowsOf = new int[HEIGHT];
        java.util.Arrays.fill(rowsOf, height / HEIGHT);
        for (int i = 0; i < height % HEIGHT; i++) {
            rowsOf[SPARE_ROWS_TO[i]]++;
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < HEIGHT; p++) {
            for (int r = 0; r < rowsOf[p]; r++) {
                out.add(pixels.get(p));
            }
        }
        return out;
    }

    /** Two pixel rows to a text row: upper half, lower half, both or neither. */
    private static List<String> halfBlocks(List<String> pixels) {
        List<String> out = new ArrayList<>();
        for (int top = 0; top < HEIGHT; top += 2) {
            String upper = pixels.get(top);
            String lower = top + 1 < HEIGHT ? pixels.get(top + 1) : " ".repeat(upper.length());
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < upper.length(); i++) {
                boolean up = upper.charAt(i) != ' ';
                boolean down = lower.charAt(i) != ' ';
                row.append(up && down ? '█' : up ? '▀' : down ? '▄' : ' ');
            }
            out.add(row.toString());
        }
        return out;
    }

    /** The five pixel rows, each pixel {@code scale} columns wide. */
    private static List<String> pixelRows(String text, int scale) {
        List<StringBuilder> rows = new ArrayList<>();
        for (int r = 0; r < HEIGHT; r++) {
            rows.add(new StringBuilder());
        }
        String gap = " ".repeat(scale);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String glyph = c == ':' ? COLON : c >= '0' && c <= '9' ? DIGITS[c - '0'] : BLANK;
            String[] lines = glyph.split("\\|", -1);
            for (int r = 0; r < HEIGHT; r++) {
                if (i > 0) {
                    rows.get(r).append(gap);
                }
                for (char px : lines[r].toCharArray()) {
                    rows.get(r).append((px == '#' ? "█" : " ").repeat(scale));
                }
            }
        }
        return rows.stream().map(StringBuilder::toString).toList();
    }
}
