package backplan.e2e;

import backplan.term.BlockFont;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One capture of a tmux pane, with what the tests read from it: text, lines, and the big countdown digits. */
record Screen(String text) {

    /** The compact screen's phase line ends with the seconds left: "  WORK   set 1/2  7". */
    private static final Pattern COMPACT_CLOCK =
            Pattern.compile("^ +(?:WORK|REST|GET READY|SWITCH|PAUSED|QUIT\\?)(?=\\s).*\\s(\\d+)$");
    /** The one-line form starts with them: "7 Dead Bug 1/2". */
    private static final Pattern ONE_LINE_CLOCK = Pattern.compile("^(\\d+) ");

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
     * The seconds the countdown shows: the big block digits of the full screen (found by rendering each candidate
     * with backplan's own font and looking for those five rows), else the number after the phase on the compact
     * screen ("WORK   set 1/2  7"), else the number that starts the one-line form ("7 Dead Bug 1/2").
     */
    OptionalInt countdown() {
        List<String> lines = lines();
        for (int scale = 2; scale >= 1; scale--) {
            for (int n = 0; n < 60; n++) {
                List<String> rows = BlockFont.render(Integer.toString(n), scale);
                for (int i = 0; i + rows.size() <= lines.size(); i++) {
                    if (blockAt(lines, i, rows)) {
                        return OptionalInt.of(n);
                    }
                }
            }
        }
        for (String l : lines) {
            Matcher m = COMPACT_CLOCK.matcher(l);
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        List<String> nonBlank = nonBlankLines();
        if (nonBlank.size() == 1) {
            Matcher m = ONE_LINE_CLOCK.matcher(nonBlank.get(0));
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static boolean blockAt(List<String> lines, int at, List<String> rows) {
        String first = rows.get(0).stripTrailing();
        int pad = lines.get(at).length() - first.length();
        if (pad < 0) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!lines.get(at + r).equals(" ".repeat(pad) + rows.get(r).stripTrailing())) {
                return false;
            }
        }
        return true;
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
