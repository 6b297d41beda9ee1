package backplan.e2e;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One capture of a tmux pane, with what the tests read from it: text, lines, and the big countdown digits. */
public record Screen(String text) {

    /** The compact screen's phase line starts with the time left: " 7  WORK   set 1/2", " 1:05  REST". */
    private static final Pattern COMPACT_CLOCK =
            Pattern.compile("^ (\\d+(?::\\d\\d)?) +(?:WORK|REST|GET READY|SWITCH|PAUSED|QUIT\\?)(?=\\s)");
    /** The one-line form starts with it: "7 Dead Bug 1/2". */
    private static final Pattern ONE_LINE_CLOCK = Pattern.compile("^(\\d+(?::\\d\\d)?) ");

    List<String> lines() {
        return text.lines().toList();
    }

    boolean contains(String s) {
        return text.contains(s);
    }

    List<String> nonBlankLines() {
        return lines().stream().filter(l -> !l.isBlank()).toList();
    }

    long count(String s) {
        return lines().stream().filter(l -> l.contains(s)).count();
    }

    /** The widest line in terminal columns (every character backplan draws here is one column wide). */
    int widest() {
        return lines().stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
    }

    /**
     * The big digits as this test reads them, 3 × 5 pixels each ('#' lit), kept here rather than taken from the
     * production font, so a wrong glyph on screen is caught instead of being read back the same wrong way.
     */
    private static final Map<String, Character> GLYPHS = Map.ofEntries(
            Map.entry("###|# #|# #|# #|###", '0'),
            Map.entry(" # |## | # | # |###", '1'),
            Map.entry("###|  #|###|#  |###", '2'),
            Map.entry("###|  #|###|  #|###", '3'),
            Map.entry("# #|# #|###|  #|  #", '4'),
            Map.entry("###|#  |###|  #|###", '5'),
            Map.entry("###|#  |###|# #|###", '6'),
            Map.entry("###|  #|  #|  #|  #", '7'),
            Map.entry("###|# #|###|# #|###", '8'),
            Map.entry("###|# #|###|  #|###", '9'),
            Map.entry("   | # |   | # |   ", ':'));

    /**
     * The seconds the countdown shows: the big block digits of the full screen (read at whatever size they are
     * drawn), else the number after the phase on the compact screen ("WORK   set 1/2  7"), else the number that
     * starts the one-line form ("7 Dead Bug 1/2").
     */
    public OptionalInt countdown() {
        List<String> lines = lines();
        String big = blockDigits(lines);
        if (big != null) {
            return OptionalInt.of(seconds(big));
        }
        for (String l : lines) {
            Matcher m = COMPACT_CLOCK.matcher(l);
            if (m.find()) {
                return OptionalInt.of(seconds(m.group(1)));
            }
        }
        List<String> nonBlank = nonBlankLines();
        if (nonBlank.size() == 1) {
            Matcher m = ONE_LINE_CLOCK.matcher(nonBlank.get(0));
            if (m.find()) {
                return OptionalInt.of(seconds(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /** "45" or "1:05" in seconds. */
    private static int seconds(String clock) {
        int colon = clock.indexOf(':');
        return colon < 0 ? Integer.parseInt(clock)
                : Integer.parseInt(clock.substring(0, colon)) * 60 + Integer.parseInt(clock.substring(colon + 1));
    }

    /**
     * Reads the block digits: a run of rows made only of blocks and spaces, five rows or more tall (each pixel row
     * as many rows as fit, give or take one), or three rows of half blocks (two pixel rows to a row); the pixel size
     * follows from the height (5 pixels) and the width (3 pixels a glyph, 1 between glyphs).
     */
    private static String blockDigits(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!blockRow(lines.get(i))) {
                i++;
                continue;
            }
            int top = i;
            while (i < lines.size() && blockRow(lines.get(i))) {
                i++;
            }
            String text = decode(pixelRows(lines.subList(top, i)));
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** A row of big digits: blocks, and no bar shading (a moving figure may stand beside them). */
    private static boolean blockRow(String line) {
        return (line.contains("█") || line.contains("▀") || line.contains("▄")) && line.indexOf('░') < 0
                && line.chars().allMatch(c -> c == ' ' || c == '█' || c == '▀' || c == '▄'
                || (c >= 0x2800 && c <= 0x28ff) || c == '#' || c == '|' || c == '/' || c == '\\' || c == '_'
                || c == '-' || c == 'o' || c == '.');
    }

    /** The five pixel rows, '█' for a lit pixel: read at the middle of each pixel's rows, or from half blocks. */
    private static List<String> pixelRows(List<String> rows) {
        List<String> pixels = new java.util.ArrayList<>();
        if (rows.size() == 3) {
            for (int py = 0; py < 5; py++) {
                String row = rows.get(py / 2);
                boolean upper = py % 2 == 0;
                StringBuilder sb = new StringBuilder();
                for (char c : row.toCharArray()) {
                    boolean lit = c == '█' || (upper ? c == '▀' : c == '▄');
                    sb.append(lit ? '█' : ' ');
                }
                pixels.add(sb.toString());
            }
            return pixels;
        }
        if (rows.size() < 5) {
            return List.of();
        }
        for (int py = 0; py < 5; py++) {
            pixels.add(rows.get((int) ((py + 0.5) * rows.size() / 5)));
        }
        return pixels;
    }

    private static String decode(List<String> pixels) {
        if (pixels.size() != 5) {
            return null;
        }
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (String row : pixels) {
            if (row.indexOf('█') >= 0) {
                left = Math.min(left, row.indexOf('█'));
                right = Math.max(right, row.lastIndexOf('█'));
            }
        }
        int width = right - left + 1;
        for (int glyphs = 1; glyphs <= 5; glyphs++) {
            if (width % (4 * glyphs - 1) != 0) {
                continue;
            }
            int colsPerPixel = width / (4 * glyphs - 1);
            StringBuilder text = new StringBuilder();
            for (int g = 0; g < glyphs && text != null; g++) {
                StringBuilder pattern = new StringBuilder();
                for (int py = 0; py < 5; py++) {
                    pattern.append(py > 0 ? "|" : "");
                    String row = pixels.get(py);
                    for (int px = 0; px < 3; px++) {
                        int col = left + (g * 4 + px) * colsPerPixel;
                        pattern.append(col < row.length() && row.charAt(col) == '█' ? '#' : ' ');
                    }
                }
                Character c = GLYPHS.get(pattern.toString());
                text = c == null ? null : text.append(c);
            }
            if (text != null) {
                return text.toString();
            }
        }
        return null;
    }

    /** The capture between rulers, for assertion messages. */
    String framed() {
        return "------ screen ------\n" + text + (text.endsWith("\n") ? "" : "\n") + "--------------------";
    }

    @Override
    public String toString() {
        return framed();
    }
}
