package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.history.FourWeeks;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.session.ExerciseResult;
import backplan.session.FakeClock;
import backplan.session.Rating;
import backplan.session.SessionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's pauses (read back from the history and the check-ins) and each exercise's rating. */
class ReportPausesTest {

    private static final Path CATALOG = Path.of("src/test/resources/catalogs/fixtures/picks.yaml").toAbsolutePath();
    private static final String[] QUICK = {"start", "--plain", "--yes", "--rest", "0", "--lead-in", "0",
        "--rest-between", "0", "--switch", "0"};

    @TempDir
    Path home;

    private Cli.Result run(ZonedDateTime at, String... args) {
        return new Cli(home).clock(new FakeClock(at)).run(with(args));
    }

    private static String[] with(String... args) {
        return Stream.concat(Stream.of("--catalog", CATALOG.toString()), Stream.of(args)).toArray(String[]::new);
    }

    @Test
    void aPauseAndItsEndAreInTheReport() {
        ZonedDateTime tuesday = FakeClock.EPOCH;
        assertEquals(0, run(tuesday, "plan", "set").code());
        Cli.Result hurt = run(tuesday, Stream.concat(Stream.of(QUICK), Stream.of("--pain-before", "2", "--pain",
                "7")).toArray(String[]::new));
        assertEquals(0, hurt.code(), hurt.dump());
        // Wednesday: not settled yet, so the plan pauses; Thursday: the person lifts the pause
        Cli.Result asked = new Cli(home).clock(new FakeClock(tuesday.plusDays(1))).interactive(true).stdin("n\n")
                .run(with("due"));
        assertEquals(5, asked.code(), asked.dump());
        assertEquals(0, run(tuesday.plusDays(2), "plan", "resume").code());

        Cli.Result md = run(tuesday.plusDays(3), "report", "--md");
        assertEquals(0, md.code(), md.dump());
        String text = md.out().replace("\\", "");
        assertTrue(text.contains("- Paused from Wed Nov 25, 2026 to Thu Nov 26, 2026: after your session on Tue 24"
                + " Nov (pain 7/10 (2 before)), you said on Wed 25 Nov that the pain had not settled"), text);
    }

    @Test
    void aPauseThatLastsIsStillPaused() {
        ZonedDateTime tuesday = FakeClock.EPOCH;
        assertEquals(0, run(tuesday, "plan", "set").code());
        assertEquals(0, run(tuesday, Stream.concat(Stream.of(QUICK), Stream.of("--pain-before", "2", "--pain",
                "7")).toArray(String[]::new)).code());
        new Cli(home).clock(new FakeClock(tuesday.plusDays(1))).interactive(true).stdin("w\n").run(with("due"));
        Path page = home.resolve("r.html");
        Cli.Result html = run(tuesday.plusDays(2), "report", "--html", page.toString());
        assertEquals(0, html.code(), html.dump());
        String text = uncheckedRead(page);
        assertTrue(text.contains("<li class=\"pause\">Paused from Wed Nov 25, 2026, still paused: after your session"
                + " on Tue 24 Nov"), text);
    }

    @Test
    void eachExercisesRatingIsInItsTable() throws IOException {
        assertEquals(0, new Cli(home).clock(new FakeClock(FourWeeks.AFTER)).run("plan", "set", "--start",
                FourWeeks.START.toString()).code());
        HistoryEntry first = FourWeeks.entries("Dead Bug").get(0);
        List<ExerciseResult> rated = new ArrayList<>();
        for (ExerciseResult x : first.result().exercises()) {
            rated.add(x.id().equals("dead-bug") ? x.rated(Rating.HARD) : x);
        }
        SessionResult r = first.result();
        new HistoryFile(home.resolve("data/backplan/history.jsonl")).append(new HistoryEntry(new SessionResult(
                r.start(), r.end(), r.ending(), rated, r.plannedSeconds(), r.activeSeconds(), r.pausedSeconds()),
                first.painBefore(), first.painAfter(), first.planWeek()));
        Cli.Result md = new Cli(home).clock(new FakeClock(FourWeeks.AFTER)).run("report", "--md");
        assertTrue(md.out().contains("| Exercise | Level | Sets | Work | Skipped | Rating |"), md.dump());
        assertTrue(md.out().lines().anyMatch(l -> l.startsWith("| Dead Bug |") && l.endsWith("| hard |")),
                md.dump());
    }

    private static String uncheckedRead(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
