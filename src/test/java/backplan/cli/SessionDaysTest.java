package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.session.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which day a session belongs to, seen from another zone than the one it was done in (travel): the date where it
 * was done, the same in the history table, {@code history --since}, the CSV, {@code progress} and {@code due}. Across
 * the date line and the nights daylight saving time begins and ends.
 */
class SessionDaysTest {

    @TempDir
    Path home;

    /** A whole session that counts, started at {@code start} (with its offset) in {@code zone}. */
    private static String session(String start, String zone) {
        return "{\"version\":1,\"start\":\"" + start + "\",\"end\":\"" + start + "\",\"zone\":\"" + zone + "\","
                + "\"ending\":\"completed\",\"completed\":true,\"counts\":true,\"plannedSeconds\":40,"
                + "\"activeSeconds\":30,\"pausedSeconds\":0,\"exercises\":[{\"id\":\"dead-bug\",\"name\":\"Dead Bug\","
                + "\"category\":\"abs\",\"setsPlanned\":1,\"setsDone\":1,\"workSeconds\":30,\"skippedSteps\":0,"
                + "\"completed\":true}]}";
    }

    private void history(String... lines) throws Exception {
        Path file = home.resolve("data/backplan/history.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Cli.Result run(ZonedDateTime now, String... args) {
        Cli.Result r = new Cli(home).clock(new FakeClock(now)).run(args);
        assertTrue(r.code() == 0 || r.code() == 1 && args[0].equals("due"), r.dump());
        return r;
    }

    /** The rows of the history table, without its header. */
    private List<String> rows(ZonedDateTime now, String... args) {
        return run(now, args).out().lines().skip(1).filter(l -> l.matches("\\d{4}-.*")).toList();
    }

    @Test
    void aSessionAcrossTheDateLineKeepsTheDayItWasDoneOnEverywhere() throws Exception {
        // Monday 08:00 on Kiritimati (UTC+14) is Sunday 07:00 in Pago Pago (UTC-11), where it is read
        history(session("2026-11-30T08:00+14:00", "Pacific/Kiritimati"));
        ZonedDateTime mondayInPagoPago = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneId.of("Pacific/Pago_Pago"));

        List<String> all = rows(mondayInPagoPago, "history");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).startsWith("2026-11-30 08:00"), all.get(0));
        assertEquals(all, rows(mondayInPagoPago, "history", "--since", "2026-11-30"), "the row shown is on its day");
        assertEquals(List.of(), rows(mondayInPagoPago, "history", "--since", "2026-12-01"));
        String csv = run(mondayInPagoPago, "history", "--csv").out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(csv.startsWith("2026-11-30T08:00+14:00,"), csv);

        Cli.Result due = run(mondayInPagoPago, "due");
        assertEquals(1, due.code(), due.dump());
        assertTrue(due.out().startsWith("Not due: done today"), due.dump());
        Cli.Result sunday = run(mondayInPagoPago.minusDays(1), "due");
        assertEquals(0, sunday.code(), "not on the Sunday before it\n" + sunday.dump());

        String progress = run(mondayInPagoPago, "progress", "--json").out();
        assertTrue(progress.contains("\"start\" : \"2026-11-30\""), "the calendar starts on its week\n" + progress);
        assertTrue(progress.contains("\"days\" : [ \"done\", \"future\","), "Monday is marked done\n" + progress);
    }

    @Test
    void aSessionOnTheNightsTheClocksChangeBelongsToItsOwnDate() throws Exception {
        history(
                // Paris, half an hour before summer time begins at 02:00: 23:30 the day before in UTC
                session("2026-03-29T00:30+01:00", "Europe/Paris"),
                // the hour Paris lives twice when summer time ends, the second time round
                session("2026-10-25T02:30+01:00", "Europe/Paris"),
                // New York, the hour that does not exist is skipped: 03:30 EDT is 07:30 UTC
                session("2026-03-08T03:30-04:00", "America/New_York"));
        // read from Los Angeles, where each is still the evening (or night) before
        ZoneId la = ZoneId.of("America/Los_Angeles");

        List<String> all = rows(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, la), "history");
        assertEquals(List.of("2026-03-29 00:30", "2026-10-25 02:30", "2026-03-08 03:30"),
                all.stream().map(r -> r.substring(0, 16)).toList());
        for (String day : List.of("2026-03-29", "2026-10-25", "2026-03-08")) {
            List<String> since = rows(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, la), "history", "--since", day);
            assertTrue(since.stream().anyMatch(r -> r.startsWith(day)), day + " is shown from its day: " + since);
            List<String> after = rows(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, la), "history", "--since",
                    java.time.LocalDate.parse(day).plusDays(1).toString());
            assertTrue(after.stream().noneMatch(r -> r.startsWith(day)), day + " is not after its day: " + after);
        }
        // the Sunday of the autumn change, seen from Los Angeles on that Sunday: done today
        Cli.Result due = run(ZonedDateTime.of(2026, 10, 25, 20, 0, 0, 0, la), "due");
        assertTrue(due.out().startsWith("Not due: done today"), due.dump());
    }
}
