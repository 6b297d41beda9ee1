package backplan.term;

import java.util.ArrayList;
import java.util.List;

/** A built-in 3 × 5 pixel block-digit font for the countdown, drawn at any size. */
public final class BlockFont {

    public static final int HEIGHT = 5;

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

    private BlockFont() {}

    /** The columns {@code text} takes with {@code scale} columns a pixel, one-pixel gaps included. */
    public static int width(String text, int scale) {
        return Math.max(0, text.length() * 4 * scale - scale);
    }

    /** Renders digits and colons {@code columns} columns and {@code rows} rows a pixel: 5 × rows lines. */
    public static List<String> render(String text, int columns, int rows) {
        List<String> onePixelHigh = renderRows(text, columns);
        List<String> out = new ArrayList<>();
        for (String row : onePixelHigh) {
            for (int r = 0; r < rows; r++) {
                out.add(row);
            }
        }
        return out;
    }

    private static List<String> renderRows(String text, int scale) {
        List<StringBuilder> rows = new ArrayList<>();
        for (int r = 0; r < HEIGHT; r++) {
            rows.add(new StringBuilder());
        }
        String gap = " ".repeat(scale);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String glyph = c == ':' ? COLON : Character.isDigit(c) ? DIGITS[c - '0'] : "   |   |   |   |   ";
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
