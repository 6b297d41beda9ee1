package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.app.StrictIcs;
import backplan.session.FakeClock;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan export --ics}: the file parses back with biweekly (which wrote it) and with StrictIcs (which shares
 * nothing with it), with one event per planned session on the plan's days, each with its exercises and an alarm.
 */
class PlanExportTest {

    private static final Path CATALOG = Path.of("src/test/resources/catalogs/fixtures/picks.yaml").toAbsolutePath();
    private static final ZoneId PARIS = FakeClock.EPOCH.getZone();

    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        Cli.Result r = new Cli(home).run(Stream.concat(Stream.of("--catalog", CATALOG.toString()), Stream.of(args))
                .toArray(String[]::new));
        return r;
    }

    private Cli.Result ok(String... args) {
        Cli.Result r = run(args);
        assertEquals(0, r.code(), r.dump());
        return r;
    }

    private static List<VEvent> events(String ics) {
        List<ICalendar> all = Biweekly.parse(ics).all();
        assertEquals(1, all.size(), ics);
        return all.get(0).getEvents();
    }

    private static ZonedDateTime start(VEvent e) {
        return e.getDateStart().getValue().toInstant().atZone(PARIS);
    }

    @Test
    void monWedFriGivesTwelveEventsOnThoseDaysWithAlarms() {
        ok("plan", "set", "--days", "mon,wed,fri", "--pick", "back=bird-dog", "--pick", "back=prone-y-t-raise");
        String ics = ok("plan", "export", "--ics").out();

        List<VEvent> events = events(ics);
        assertEquals(12, events.size());
        Set<String> uids = new HashSet<>();
        for (VEvent e : events) {
            ZonedDateTime at = start(e);
            assertTrue(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).contains(at.getDayOfWeek()),
                    at.toString());
            assertEquals(LocalTime.of(18, 0), at.toLocalTime());
            assertTrue(uids.add(e.getUid().getValue()), "ids differ");
            assertEquals(1, e.getAlarms().size());
            VAlarm alarm = e.getAlarms().get(0);
            assertEquals("DISPLAY", alarm.getAction().getValue());
            assertEquals("-PT15M", alarm.getTrigger().getDuration().toString());
            String description = e.getDescription().getValue();
            assertTrue(description.contains("Bird Dog: 2 × 20 s\nProne Y-T Raise: 2 × 20 s"), description);
            assertTrue(description.contains("Oblique Knee Drop: 2 × 20 s, Level I"), description);
            assertTrue(description.endsWith("Stop at once if you feel sharp pain."), description);
        }
        // within the plan: from Tuesday Nov 24 (today) for 4 weeks, so the first is Wednesday
        assertEquals(LocalDate.of(2026, 11, 25), start(events.get(0)).toLocalDate());
        assertEquals(LocalDate.of(2026, 12, 21), start(events.get(11)).toLocalDate());
        assertTrue(events.get(0).getSummary().getValue().contains("week 1 of 4"));

        StrictIcs.Component cal = StrictIcs.parse(ics.getBytes(StandardCharsets.UTF_8));
        List<StrictIcs.Component> strict = cal.components("VEVENT");
        assertEquals(12, strict.size());
        for (StrictIcs.Component e : strict) {
            List<StrictIcs.Component> alarms = e.components("VALARM");
            assertEquals(1, alarms.size());
            assertEquals("-PT15M", alarms.get(0).one("TRIGGER").value());
            assertEquals("DISPLAY", alarms.get(0).one("ACTION").value());
        }
        assertEquals("20261125T170000Z", strict.get(0).one("DTSTART").value(), "18:00 in Paris, in UTC");
    }

    @Test
    void withoutDaysTheSessionsFallOnMondayWednesdayAndFriday() {
        ok("plan", "set"); // from today, a Tuesday, when a session is due as on any day of a plan without days
        List<VEvent> events = events(ok("plan", "export", "--ics").out());
        assertEquals(12, events.size());
        assertEquals(DayOfWeek.TUESDAY, start(events.get(0)).getDayOfWeek(), "today's, since one is due today");
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), events.stream().skip(1)
                .map(e -> start(e).getDayOfWeek()).collect(java.util.stream.Collectors.toSet()));
        ok("plan", "set", "--per-week", "2");
        assertEquals(8, events(ok("plan", "export", "--ics").out()).size(), "two a week: Monday and Thursday");
    }

    @Test
    void aFileTheReminderAndTheTimeOfDay() throws IOException {
        ok("plan", "set", "--days", "tue,sat", "--start", "2027-03-22");
        Path file = home.resolve("plan.ics");
        Cli.Result r = ok("plan", "export", "--ics", file.toString(), "--remind", "1h30m", "--at", "7:30");
        assertEquals("", r.out());
        assertTrue(r.err().contains("Wrote 8 sessions to " + file), r.dump());
        byte[] bytes = Files.readAllBytes(file);
        StrictIcs.Component cal = StrictIcs.parse(bytes);
        List<StrictIcs.Component> events = cal.components("VEVENT");
        assertEquals("-PT1H30M", events.get(0).components("VALARM").get(0).one("TRIGGER").value());
        // Paris moves to summer time on Sunday 2027-03-28: 07:30 is 06:30Z before and 05:30Z after
        assertEquals("20270323T063000Z", events.get(0).one("DTSTART").value());
        assertEquals("20270330T053000Z", events.get(2).one("DTSTART").value());
        assertEquals(8, events(new String(bytes, StandardCharsets.UTF_8)).size());
    }

    @Test
    void theFileMayStandBeforeOrAfterIcs() throws IOException {
        ok("plan", "set");
        Path after = home.resolve("after.ics");
        Path before = home.resolve("before.ics");
        ok("plan", "export", "--ics", after.toString());
        Cli.Result r = ok("plan", "export", before.toString(), "--ics", "--at", "7:30");
        assertTrue(r.err().contains("Wrote 12 sessions to " + before), r.dump());
        assertEquals(12, events(Files.readString(before)).size());
        assertEquals(12, events(Files.readString(after)).size());

        Cli.Result noFormat = run("plan", "export", before.toString());
        assertEquals(2, noFormat.code(), noFormat.dump());
        assertEquals("backplan: plan export needs the format: --ics (iCalendar), as in 'backplan plan export --ics "
                + before + "'\n", noFormat.err());
        Cli.Result two = run("plan", "export", "--ics", after.toString(), before.toString());
        assertEquals(2, two.code(), two.dump());
        assertEquals("backplan: plan export writes one file, not both '" + after + "' and '" + before + "'\n",
                two.err());
    }

    @Test
    void theSessionsLengthFollowsTheWeekAndTheLevel() {
        ok("plan", "set", "--level", "oblique-knee-drop=2");
        VEvent first = events(ok("plan", "export", "--ics").out()).get(0);
        assertTrue(first.getDescription().getValue().contains("Oblique Knee Drop: 3 × 30 s, Level II"),
                first.getDescription().getValue());
        assertTrue(first.getDuration().getValue().toMillis() > 0);
    }

    @Test
    void withoutAPlanOrAFormatItSaysWhat() {
        Cli.Result none = run("plan", "export", "--ics");
        assertEquals(1, none.code(), none.dump());
        assertEquals("backplan: there is no plan to export; 'backplan plan set' makes one\n", none.err());
        Cli.Result noFormat = run("plan", "export");
        assertEquals(2, noFormat.code(), noFormat.dump());
        assertEquals("backplan: plan export needs the format: --ics (iCalendar), as in 'backplan plan export --ics'\n",
                noFormat.err(), "missing, not 'needs a value'");
        ok("plan", "set");
        for (String[] bad : List.of(new String[] {"--remind", "2d"}, new String[] {"--at", "25:00"},
                new String[] {"--remind", "25h"})) {
            Cli.Result r = run(Stream.concat(Stream.of("plan", "export", "--ics"), Stream.of(bad))
                    .toArray(String[]::new));
            assertEquals(2, r.code(), r.dump());
        }
    }
}
