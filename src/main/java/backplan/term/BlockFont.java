package backplan.term;

import java.util.ArrayList;
import java.util.List;

/** A built-in 5-row block-digit font for the countdown, drawn at one or two columns per pixel. */
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

    /** The width {@code text} takes at a scale, gaps included. */
    public static int width(String text, int scale) {
        int w = 0;
        for (char c : text.toCharArray()) {
            w += 3 * scale + scale;
        }
        return Math.max(0, w - scale);
    }

    /** Renders digits and colons as {@link #HEIGHT} rows of full blocks and spaces. */
    public static List<String> render(String text, int scale) {
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
