package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.history.HistoryFile;
import backplan.history.Sessions;
import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} and the {@code --json} of {@code status}, {@code due}, {@code plan} and {@code config}. The plan
 * runs Mon/Wed/Fri from Monday 2026-11-23; the fake clock starts on Tuesday 2026-11-24, 07:00, Paris.
 */
class StatusCommandTest {

    private static final ZonedDateTime MONDAY = FakeClock.EPOCH.minusDays(1).withHour(18);

    @TempDir
    Path home;

    private Cli.Result run(ZonedDateTime at, String... args) {
        Cli.Result r = new Cli(home).clock(new FakeClock(at)).run(args);
        return r;
    }

    private String status(ZonedDateTime at) {
        Cli.Result r = run(at, "status");
        assertEquals(0, r.code(), r.dump());
        assertEquals("", r.err());
        return r.out();
    }

    private void session(ZonedDateTime at) throws IOException {
        new HistoryFile(home.resolve("data/backplan/history.jsonl")).append(Sessions.at(at, true, null));
    }

    @Test
    void oneShortLineForEveryKindOfDay() throws IOException {
        assertEquals("due · 0/3\n", status(FakeClock.EPOCH), "no plan: 3 a week");
        assertEquals(0, run(FakeClock.EPOCH, "plan", "set", "--days", "mon,wed,fri", "--start", "2026-11-23").code());
        assertEquals("plan starts Mon Nov 23\n", status(MONDAY.minusDays(2)));
        assertEquals("due · wk 1 · 0/3\n", status(MONDAY));
        session(MONDAY);
        assertEquals("done today · wk 1 · 1/3\n", status(MONDAY.plusHours(1)));
        assertEquals("rest day · wk 1 · 1/3\n", status(FakeClock.EPOCH));
        assertEquals("due · wk 1 · 1/3\n", status(MONDAY.plusDays(2)));
        session(MONDAY.plusDays(2));
        session(MONDAY.plusDays(4));
        assertEquals("week done · wk 1 · 3/3\n", status(MONDAY.plusDays(5)));
        assertEquals("plan ended · renew\n", status(MONDAY.plusWeeks(5)));
    }

    @Test
    void aStatusAsksTheFilesOnlyWhenOneOfThemOrTheDayChanged() throws IOException {
        assertEquals(0, run(FakeClock.EPOCH, "plan", "set", "--days", "mon,wed,fri", "--start", "2026-11-23").code());
        assertEquals("due · wk 1 · 0/3\n", status(MONDAY));
        Path cache = home.resolve("cache/backplan/status");
        String kept = Files.readString(cache);
        assertTrue(kept.endsWith("\n\ndue · wk 1 · 0/3\n"), kept);
        // nothing it reads has changed: the line comes from the cache (here, one planted in it)
        Files.writeString(cache, kept.replace("\n\ndue · wk 1 · 0/3\n", "\n\nfrom the cache\n"));
        assertEquals("from the cache\n", status(MONDAY.plusHours(1)));
        // a session recorded, another day, or a broken cache: the files are read again
        session(MONDAY.plusHours(2));
        assertEquals("done today · wk 1 · 1/3\n", status(MONDAY.plusHours(3)));
        assertEquals("due · wk 1 · 1/3\n", status(MONDAY.plusDays(2)));
        Files.writeString(cache, "not a cache");
        assertEquals("due · wk 1 · 1/3\n", status(MONDAY.plusDays(2)));
    }

    @Test
    void aPlanWaitingOnPainIsNoRestDay() throws IOException {
        assertEquals(0, run(FakeClock.EPOCH, "plan", "set", "--days", "mon,wed,fri", "--start", "2026-11-23").code());
        // pain 7 after a session: the next one waits for the answer whether it settled
        new HistoryFile(home.resolve("data/backplan/history.jsonl")).append(Sessions.at(MONDAY, true, 7));
        String line = status(MONDAY.plusDays(2));
        assertTrue(line.startsWith("check in: pain · wk 1 · "), line);
        Cli.Result due = run(MONDAY.plusDays(2), "due");
        assertEquals(5, due.code(), "the same answer as due's: " + due.dump());
    }

    @Test
    void statusAndDueSayTheSameInJson() throws IOException {
        assertEquals(0, run(FakeClock.EPOCH, "plan", "set", "--days", "mon,wed,fri", "--start", "2026-11-23").code());
        session(MONDAY);
        Cli.Result status = run(MONDAY.plusDays(2), "status", "--json");
        assertEquals("{\"due\":true,\"reason\":\"a session is due today (week 1 of 4: 1 of 3 sessions done)\","
                + "\"status\":\"due · wk 1 · 1/3\",\"today\":\"2026-11-25\",\"planned\":true,\"doneToday\":false,"
                + "\"week\":1,\"done\":1,\"goal\":3,\"weeks\":4,\"ended\":false,\"lastRecorded\":\"2026-11-23T17:06:00Z\"}\n",
                status.out(), status.dump());
        Cli.Result due = run(MONDAY.plusDays(1), "due", "--json");
        assertEquals(1, due.code(), "the exit code stays due's");
        assertTrue(due.out().contains("\"due\" : false"), due.dump());
        assertTrue(due.out().contains("\"status\" : \"rest day · wk 1 · 1/3\""), due.dump());
    }

    @Test
    void planAndConfigInJson() {
        assertEquals("{\"set\":false}\n", run(FakeClock.EPOCH, "plan", "--json").out());
        assertEquals(0, run(FakeClock.EPOCH, "plan", "set", "--days", "mon,wed,fri", "--start", "2026-11-23").code());
        Cli.Result plan = run(FakeClock.EPOCH, "plan", "--json");
        assertEquals(0, plan.code(), plan.dump());
        assertTrue(plan.out().contains("\"days\" : [ \"mon\", \"wed\", \"fri\" ]"), plan.dump());
        assertTrue(plan.out().contains("\"next\" : \"2026-11-24\""), plan.dump());
        assertTrue(plan.out().contains("\"category\" : \"mobility\""), plan.dump());
        Cli.Result config = run(FakeClock.EPOCH, "config", "--json");
        assertTrue(config.out().contains("\"sound\" : {\n      \"value\" : \"auto\",\n      \"default\" : true,"),
                config.dump());
        assertTrue(config.out().contains("\"lead-in\" : {\n      \"value\" : 10,"), config.dump());
    }
}
