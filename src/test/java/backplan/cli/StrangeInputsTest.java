package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import backplan.session.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Paths and files a person or a script may have made strange, through the commands. */
class StrangeInputsTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private Path data() {
        return home.resolve("data/backplan");
    }

    /** A session line at {@code start}, as a hand edit might leave it. */
    private static String line(String start, String zone) {
        return "{\"version\":1,\"start\":\"" + start + "\",\"end\":\"" + start + "\",\"zone\":\"" + zone + "\","
                + "\"ending\":\"completed\",\"completed\":true,\"plannedSeconds\":40,\"activeSeconds\":30,"
                + "\"pausedSeconds\":0,\"exercises\":[{\"id\":\"dead-bug\",\"name\":\"Dead Bug\",\"category\":\"abs\","
                + "\"setsPlanned\":2,\"setsDone\":2,\"workSeconds\":30,\"skippedSteps\":0,\"completed\":true}]}\n";
    }

    private void history(String... lines) throws Exception {
        Files.createDirectories(data());
        Files.writeString(data().resolve("history.jsonl"), String.join("", lines), StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyPathOptionIsAUsageError() throws Exception {
        for (String[] args : new String[][] {{"--data-dir", "", "plan", "set"}, {"--catalog", "", "list"},
            {"validate", ""}, {"history", "--data-dir", ""}}) {
            Cli.Result r = cli().run(args);
            assertEquals(2, r.code(), r.dump());
            String named = args[0].equals("validate") ? "FILE" : args[0].startsWith("--") ? args[0] : args[1];
            assertTrue(r.err().startsWith("backplan: " + named
                    + " must not be empty: an empty path names no file (is a variable unset?)\n"), r.dump());
        }
        try (var files = Files.list(home)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".yaml")).count(),
                    "nothing written beside us");
        }
    }

    @Test
    void anEmptyEnvironmentVariableCountsAsUnset() throws Exception {
        Cli.Result r = cli().env("BACKPLAN_DATA_DIR", "").env("BACKPLAN_CATALOG", "").run("plan", "set");
        assertEquals(0, r.code(), r.dump());
        assertTrue(Files.isRegularFile(home.resolve("config/backplan/plan.yaml")), r.dump());
    }

    @Test
    void aHistoryThatIsADirectoryIsNamedInWords() throws Exception {
        Files.createDirectories(data().resolve("history.jsonl"));

        Cli.Result r = cli().run("history");

        assertEquals(1, r.code(), r.dump());
        assertEquals("backplan: " + data().resolve("history.jsonl") + ": is a directory, not a file\n", r.err(),
                r.dump());
    }

    @Test
    @Timeout(20)
    void dueOnAHistoryItCannotReadSaysSoWithItsOwnCodeNeverNotDue() throws Exception {
        Files.createDirectories(data());
        Path fifo = data().resolve("history.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

        Cli.Result r = cli().run("due");

        assertEquals(4, r.code(), r.dump());
        assertEquals("backplan: " + fifo + ": is a named pipe, not a file\n", r.err(), r.dump());
    }

    @Test
    void theExtremeDatesOfTheReportAreDamagedLinesForEveryCommand() throws Exception {
        history(line("-999999999-01-01T00:00:00Z", "UTC"), line("+999999999-12-31T23:59:59Z", "Asia/Tokyo"),
                line("2026-11-02T07:00:00Z", "UTC"));
        Path file = data().resolve("history.jsonl");
        String warnings = "warning: " + file + ":1:1: damaged history line skipped (start -999999999-01-01T00:00:00Z"
                + " is not within 1900-01-01 to 2199-12-31)\nwarning: " + file + ":2:1: damaged history line skipped"
                + " (start +999999999-12-31T23:59:59Z is not within 1900-01-01 to 2199-12-31)\n";
        for (String command : new String[] {"history", "progress", "plan"}) {
            Cli.Result r = cli().run(command);
            assertEquals(0, r.code(), r.dump());
            assertEquals(command.equals("plan") ? "" : warnings, r.err(), r.dump());
        }
        Cli.Result csv = cli().run("history", "--csv");
        assertEquals(2, csv.out().lines().count(), csv.dump());
    }

    @Test
    void dueInTheZoneFurthestEastCountsTheSaneLinesAndWarnsOfTheRest() throws Exception {
        history(line("+999999999-12-31T23:59:59Z", "Pacific/Kiritimati"));
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneId.of("Pacific/Kiritimati"));

        Cli.Result r = cli().clock(new FakeClock(now)).run("due");

        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Due: a session is due today"), r.dump());
        assertTrue(r.err().contains(":1:1: damaged history line skipped (start +999999999-12-31T23:59:59Z"),
                r.dump());
        assertFalse(r.err().contains("Exception"), r.dump());
    }

    @Test
    void aPlanStartingInYear999999999IsAnInvalidFileWithAPosition() throws Exception {
        Path plan = Files.createDirectories(home.resolve("config/backplan")).resolve("plan.yaml");
        Files.writeString(plan, "start: +999999999-01-01\nweeks: 4\n");

        for (String command : new String[] {"plan", "progress", "due"}) {
            Cli.Result r = cli().run(command);
            assertEquals(3, r.code(), r.dump());
            assertEquals(plan + ":1:8: start must be a day from 1900-01-01 to 2199-12-31, not +999999999-01-01\n",
                    r.err(), r.dump());
        }
        Files.delete(plan);
        Cli.Result set = cli().run("plan", "set", "--start", "+999999999-01-01");
        assertEquals(2, set.code(), set.dump());
        assertEquals("backplan: --start must be a day from 1900-01-01 to 2199-12-31, not +999999999-01-01\n"
                + "Try 'backplan plan set --help'.\n", set.err(), set.dump());
    }
}
