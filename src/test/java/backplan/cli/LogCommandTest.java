package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backplan log}: a session done elsewhere, on the test's catalog, with the plan starting on the fake clock's
 * day (Tuesday 2026-11-24) and the clock a few days later.
 */
class LogCommandTest {

    private static final Path CATALOG = Path.of("src/test/resources/catalogs/fixtures/picks.yaml").toAbsolutePath();
    /** Thursday of the plan's first week. */
    private static final ZonedDateTime THURSDAY = FakeClock.EPOCH.plusDays(2);
    /** The plan's exercises, the first of each category, with the sets the catalog prescribes. */
    private static final List<String> ALL = List.of("cat-cow:1", "dead-bug:2", "bird-dog:2", "oblique-knee-drop:2",
            "glute-bridge:2", "knee-to-chest:1");

    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return new Cli(home).clock(new FakeClock(THURSDAY))
                .run(Stream.concat(Stream.of("--catalog", CATALOG.toString()), Stream.of(args))
                        .toArray(String[]::new));
    }

    private Cli.Result ok(Cli.Result r) {
        assertEquals(0, r.code(), r.dump());
        return r;
    }

    private List<String> history() throws IOException {
        return Files.readAllLines(home.resolve("data/backplan/history.jsonl"));
    }

    private String[] log(List<String> exercises, String... more) {
        return Stream.concat(Stream.concat(Stream.of("log"), exercises.stream().flatMap(e -> Stream.of("--exercise",
                e))), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void theDefaultIsThePlansSessionToday_markedLoggedAndCounted() throws IOException {
        ok(run("plan", "set", "--start", "2026-11-24"));
        Cli.Result r = ok(run("log", "--pain-before", "4", "--pain-after", "3", "--note", "hotel gym"));
        assertTrue(r.out().startsWith("Logged a session on 2026-11-26: 6 exercises, 10 of 10 sets."), r.dump());
        assertTrue(r.out().contains("Counts toward this week: 1 of 3"), r.dump());
        String line = history().get(0);
        assertTrue(line.contains("\"logged\":true"), line);
        assertTrue(line.contains("\"painBefore\":4,\"painAfter\":3"), line);
        assertTrue(line.contains("\"note\":\"hotel gym\""), line);
        assertTrue(line.contains("\"counts\":true"), line);
        assertTrue(line.contains("\"planWeek\":1"), line);

        Cli.Result table = ok(run("history"));
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("2026-11-26 ") && l.contains(" -  ")
                && l.contains("logged")),
                table.dump());
        assertTrue(ok(run("history", "--json")).out().contains("\"logged\":true"));
        assertEquals(1, run("due").code(), "done today: nothing due");
        String md = ok(run("report", "--md")).out();
        assertTrue(md.contains("### Thu Nov 26, 2026, logged"), md);
        assertTrue(md.contains("done away from the terminal and logged afterwards"), md);
    }

    @Test
    void aPastDayWithTheSetsSaidCountsWhenTheSetsAreThePlans() throws IOException {
        ok(run("plan", "set", "--start", "2026-11-24"));
        ok(run(log(ALL, "--date", "2026-11-24")));
        assertTrue(history().get(0).contains("\"start\":\"2026-11-24T12:00+01:00\""), history().get(0));
        assertTrue(history().get(0).contains("\"counts\":true"), history().get(0));

        List<String> fewer = List.of("cat-cow", "dead-bug:1", "bird-dog", "oblique-knee-drop", "glute-bridge",
                "knee-to-chest");
        Cli.Result r = ok(run(log(fewer, "--date", "2026-11-25")));
        assertTrue(r.out().contains("Not counted: only 9 of the 10 sets the plan prescribes were logged"), r.dump());
        assertTrue(history().get(1).contains("\"counts\":false,\"whyNot\":\"sets\""), history().get(1));

        r = ok(run(log(List.of("cat-cow", "dead-bug"))));
        assertTrue(r.out().contains("Not counted: only 2 of 6 categories had a set done"), r.dump());

        r = ok(run(log(ALL, "--date", "2026-11-24")));
        assertTrue(r.out().contains("Not counted: a session earlier today counts already"), r.dump());

        Cli.Result progress = ok(run("progress", "--json"));
        assertTrue(progress.out().contains("\"counted\" : 1"), progress.dump());
    }

    @Test
    void theFutureAndDaysBeforeThePlanAreOneLineUsageErrors() throws IOException {
        ok(run("plan", "set", "--start", "2026-11-24"));
        for (String day : List.of("2026-11-27", "2026-11-23")) {
            Cli.Result r = run("log", "--date", day);
            assertEquals(2, r.code(), r.dump());
            assertEquals(1, r.err().lines().count(), r.dump());
            assertTrue(r.err().contains("--date " + day + " is "), r.dump());
        }
        Cli.Result r = run(log(List.of("dead-bug:0")));
        assertEquals(2, r.code(), r.dump());
        assertTrue(r.err().contains("the sets done must be from 1 to 20, not 0"), r.dump());
        r = run(log(List.of("dead-bugg")));
        assertEquals(2, r.code(), r.dump());
        assertFalse(Files.exists(home.resolve("data/backplan/history.jsonl")), "nothing was recorded");
    }
}
