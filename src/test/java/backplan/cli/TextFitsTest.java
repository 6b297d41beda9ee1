package backplan.cli;

import static backplan.text.Fits.assertAligned;
import static backplan.text.Fits.assertFits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.text.Fits;
import backplan.text.TextLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text command fits the terminal it prints to (40, 80 and 120 columns here): no line too wide, no word cut
 * in two, columns in line; in a pipe nothing is wrapped. The catalog is the test's own, with a long name, wide
 * (CJK, emoji) and combining characters.
 */
class TextFitsTest {

    static final Path CATALOG = Path.of("src/test/resources/catalogs/fixtures/text.yaml").toAbsolutePath();
    static final String LONG_NAME = "Seated Lean-Back with Arm Open/Close";

    /** A finished session, one stopped early, and one cut short by a signal, the last with pain before and after. */
    static final String HISTORY = """
            {"version":1,"start":"2026-11-24T06:00:00Z","end":"2026-11-24T06:15:00Z","zone":"Europe/Paris","ending":"completed","completed":true,"planWeek":1,"painBefore":5,"painAfter":3,"plannedSeconds":900,"activeSeconds":600,"pausedSeconds":0,"exercises":[{"id":"seated-lean-back","name":"Seated Lean-Back with Arm Open/Close","category":"abs","setsPlanned":3,"setsDone":3,"workSeconds":90,"skippedSteps":0,"completed":true}]}
            {"version":1,"start":"2026-11-24T08:00:00Z","end":"2026-11-24T08:02:00Z","zone":"Europe/Paris","ending":"quit","completed":false,"planWeek":1,"plannedSeconds":900,"activeSeconds":60,"pausedSeconds":0,"exercises":[{"id":"dead-bug","name":"Dead Bug","category":"abs","setsPlanned":3,"setsDone":1,"workSeconds":45,"skippedSteps":0,"completed":false}]}
            {"version":1,"start":"2026-11-24T09:00:00Z","end":"2026-11-24T09:01:00Z","zone":"Europe/Paris","ending":"interrupted","completed":false,"painBefore":10,"plannedSeconds":900,"activeSeconds":30,"pausedSeconds":0,"exercises":[{"id":"dead-bug","name":"Dead Bug","category":"abs","setsPlanned":3,"setsDone":0,"workSeconds":30,"skippedSteps":0,"completed":false}]}
            """;

    @TempDir
    Path home;

    @BeforeEach
    void planAndHistory() throws IOException {
        Cli.Result plan = pipe().run(args("plan", "set"));
        assertEquals(0, plan.code(), plan.dump());
        Path history = home.resolve("data/backplan/history.jsonl");
        Files.createDirectories(history.getParent());
        Files.writeString(history, HISTORY, StandardCharsets.UTF_8);
    }

    private Cli pipe() {
        return new Cli(home);
    }

    private Cli terminal(int columns) {
        return new Cli(home).terminal(columns);
    }

    private static String[] args(String... args) {
        return Stream.concat(Stream.of("--catalog", CATALOG.toString()), Stream.of(args)).toArray(String[]::new);
    }

    /** The command on a terminal of {@code width}, checked against the same command in a pipe. */
    private List<String> fits(int width, String... command) {
        return fits(width, Set.of(), command);
    }

    /** As {@link #fits(int, String...)}, with words that may be shown besides the pipe's. */
    private List<String> fits(int width, Set<String> also, String... command) {
        Cli.Result piped = pipe().run(args(command));
        Cli.Result shown = terminal(width).run(args(command));
        assertEquals(0, shown.code(), shown.dump());
        assertEquals(piped.err(), shown.err(), "the same warnings either way");
        List<String> lines = shown.out().lines().toList();
        Set<String> whole = new HashSet<>(Fits.words(piped.out()));
        whole.addAll(also);
        assertFits(lines, width, whole, false, String.join(" ", command));
        return lines;
    }

    /** The fixture's ids in list order, with the first word of each name. */
    static final List<List<String>> IDS = List.of(List.of("cat-cow", "Cat"), List.of("shoulder-roll", "肩回し"),
            List.of("seated-lean-back", "Seated"), List.of("dead-bug", "Dead"), List.of("bird-dog", "Bird"),
            List.of("oblique-knee-drop", "Oblique"), List.of("pallof-press-hold", "Pallof"),
            List.of("glute-bridge", "Glute"), List.of("cafe-kick", "Café"),
            List.of("hamstring-strap-stretch", "Lying"), List.of("knee-to-chest", "Knee"));

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void list(int width) {
        List<String> lines = fits(width, "list");
        List<String> rows = lines.stream().filter(l -> IDS.stream().anyMatch(id -> l.startsWith("  " + id.get(0) + " ")))
                .toList();
        assertEquals(IDS.size(), rows.size(), String.join("\n", lines));
        if (width >= 80) { // a table: the names start in one column, the long one and the wide ones included
            assertAligned(rows, IDS.stream().map(id -> id.get(1)).toList(), "list's names at " + width);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void show(int width) {
        for (String id : List.of("oblique-knee-drop", "seated-lean-back", "pallof-press-hold", "cafe-kick")) {
            List<String> lines = fits(width, "show", id);
            // below the title, labels end by column 15 and every value (or the rest of one) starts at 16
            List<String> rows = lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("  category:"))
                    .findFirst().orElseThrow()), lines.size());
            for (String row : rows) {
                assertTrue(row.length() > 16 && row.substring(0, 16).matches("  ([a-z]+( [a-z]+)?: *| *)")
                        && row.charAt(16) != ' ', "show " + id + " at " + width + ":\n" + row);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void profile(int width) {
        assertEquals(0, pipe().run(args("profile", "set", "spinal-stenosis", "pregnancy", "sciatica")).code());
        List<String> lines = fits(width, "profile");
        assertTrue(lines.stream().anyMatch(l -> l.contains("seated-lean-back")), String.join("\n", lines));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void plan(int width) {
        List<String> lines = fits(width, "plan");
        if (width >= 80) {
            List<String> rows = lines.stream().filter(l -> l.matches("  (mobility|abs|back|obliques|glutes|stretch) .*"))
                    .toList();
            assertEquals(6, rows.size(), String.join("\n", lines));
            List<String> ids = List.of("cat-cow", "seated-lean-back", "bird-dog", "oblique-knee-drop",
                    "glute-bridge", "hamstring-strap-stretch");
            assertAligned(rows, ids, "plan's ids at " + width);
            assertAligned(rows, List.of("Cat", "Seated", "Bird", "Oblique", "Glute", "Lying"), "plan's names");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void history(int width) {
        List<String> lines = fits(width, "history");
        String text = String.join("\n", lines);
        assertTrue(text.contains("interrupted") && text.contains("5→3") && text.contains("10→?"), text);
        // The old lines are judged by today's rule: one exercise each, so none counts, and the line under the
        // table says what the words in 'counts' mean.
        assertTrue(text.contains("partial = a category had no set done") && text.contains("no set = no set was done"),
                text);
        if (width >= 80) {
            List<String> table = lines.subList(0, 4);
            assertTrue(lines.size() <= 6, text);
            assertAligned(table, List.of("ending", "completed", "quit", "interrupted"), "history's endings");
            assertAligned(table, List.of("exercises", "1/1", "0/1", "0/1"), "history after an interrupted row");
            assertAligned(table, List.of("counts", "partial", "partial", "no set"), "history's last column");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void progress(int width) throws IOException {
        // enough pain ratings that the sparkline alone is wider than a narrow terminal
        StringBuilder more = new StringBuilder(HISTORY);
        for (int i = 0; i < 45; i++) {
            more.append(HISTORY.lines().findFirst().orElseThrow().replace("\"painAfter\":3", "\"painAfter\":" + i % 11))
                    .append('\n');
        }
        Files.writeString(home.resolve("data/backplan/history.jsonl"), more, StandardCharsets.UTF_8);
        // a narrow terminal shows the latest ratings that fit on a line: the chart's two rows, cut at their start
        List<String> piped = pipe().run(args("progress")).out().lines().toList();
        int heading = piped.indexOf(piped.stream().filter(l -> l.startsWith("Pain after")).findFirst().orElseThrow());
        List<String> rows = piped.subList(heading + 1, heading + 3);
        Set<String> latest = new HashSet<>(List.of("the", "latest", String.valueOf(width - 2), (width - 2) + ":"));
        for (String row : rows) {
            for (String word : row.strip().split(" +")) {
                for (int i = 0; i < word.length(); i++) {
                    latest.add(word.substring(i));
                }
            }
        }
        List<String> lines = fits(width, latest, "progress");
        String bottom = rows.get(1).strip();
        assertTrue(lines.contains("  " + bottom.substring(Math.max(0, bottom.length() - width + 2))),
                String.join("\n", lines));
    }

    @Test
    void progressInAsciiGivesThePainRatingsAsNumbers() throws IOException {
        StringBuilder more = new StringBuilder(HISTORY);
        for (int i = 0; i < 11; i++) {
            more.append(HISTORY.lines().findFirst().orElseThrow().replace("\"painAfter\":3", "\"painAfter\":" + i))
                    .append('\n');
        }
        Files.writeString(home.resolve("data/backplan/history.jsonl"), more, StandardCharsets.UTF_8);
        List<String> piped = pipe().run(args("progress", "--ascii")).out().lines().toList();
        int heading = piped.indexOf(piped.stream().filter(l -> l.startsWith("Pain after")).findFirst().orElseThrow());
        assertTrue(piped.get(heading + 1).endsWith(" 0 1 2 3 4 5 6 7 8 9 10"),
                String.join("\n", piped));
        List<String> narrow = terminal(40).run(args("progress", "--ascii")).out().lines().toList();
        String row = narrow.get(narrow.indexOf(narrow.stream().filter(l -> l.startsWith("Pain after")).findFirst()
                .orElseThrow()) + 2);
        assertTrue(row.length() <= 40 && row.endsWith(" 8 9 10"), "the latest that fit: " + String.join("\n", narrow));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void dryRun(int width) {
        fits(width, "start", "--dry-run");
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void theEndSummary(int width) {
        String[] session = args("start", "--plain", "--yes", "--sets", "1", "--work", "1", "--rest", "0",
                "--lead-in", "0", "--rest-between", "0", "--switch", "0");
        Cli.Result piped = pipe().run(session);
        Cli.Result shown = terminal(width).run(session);
        assertEquals(0, shown.code(), shown.dump());
        List<String> summary = summary(shown.out());
        assertFits(summary, width, Fits.words(String.join("\n", summary(piped.out()))), true, "the summary");
        List<String> rows = summary.stream().filter(l -> l.startsWith("  ✓")).toList();
        assertEquals(6, rows.size(), shown.dump());
        assertAligned(rows, rows.stream().map(l -> l.substring(l.indexOf("1/1 sets"))).toList(), "summary's sets");
        String lean = rows.get(1);
        assertTrue(width < 60 ? lean.contains("Seated Lean-Back") && lean.contains("…") : lean.contains(LONG_NAME),
                "the long name is shortened only where it must be: " + lean);
    }

    /** The summary: the lines from "Session complete." on (the event lines before it are not laid out here). */
    private static List<String> summary(String out) {
        List<String> lines = out.lines().toList();
        return new ArrayList<>(lines.subList(lines.indexOf("Session complete."), lines.size()));
    }

    @Test
    void aPipeGetsWholeLinesWhateverColumnsSays() {
        Cli.Result piped = pipe().env("COLUMNS", "40").run(args("list"));
        assertEquals(0, piped.code(), piped.dump());
        String row = piped.out().lines().filter(l -> l.contains("seated-lean-back")).findFirst().orElseThrow();
        assertTrue(row.contains(LONG_NAME + " *") && row.endsWith("then breathe in as you return."), row);
        assertTrue(TextLayout.width(row) > 120, row);
        Cli.Result show = pipe().env("COLUMNS", "40").run(args("show", "oblique-knee-drop"));
        assertTrue(show.out().lines().anyMatch(l -> l.equals("  levels:       --level 1  Level I: Feet down on the"
                + " floor, a gentle mobility move for the whole lower back.")), show.dump());
        Cli.Result history = pipe().env("COLUMNS", "40").run(args("history"));
        assertEquals(5, history.out().lines().count(), "a header, 3 sessions, what 'counts' means\n"
                + history.dump());
    }

    @Test
    void columnsAreTakenFromTheEnvironmentOnlyOnATerminal() {
        Cli.Result narrow = terminal(60).run(args("show", "seated-lean-back"));
        Cli.Result wide = terminal(200).run(args("show", "seated-lean-back"));
        assertTrue(narrow.out().lines().count() > wide.out().lines().count(), narrow.dump() + wide.dump());
        Cli.Result nonsense = terminal(60).env("COLUMNS", "wide").run(args("show", "seated-lean-back"));
        assertTrue(nonsense.out().lines().allMatch(l -> TextLayout.width(l) <= 80), "unknown: 80 columns\n"
                + nonsense.dump());
    }

    @Test
    void whatIsShownIsTheSameEitherWay() {
        for (String[] command : List.of(new String[] {"list"}, new String[] {"plan"}, new String[] {"history"})) {
            Set<String> piped = Fits.words(pipe().run(args(command)).out());
            Set<String> shown = Fits.words(terminal(80).run(args(command)).out());
            assertEquals(piped, shown, "every word is still there at 80 columns: " + String.join(" ", command));
        }
    }
}
