package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.program.Plan;
import biweekly.Biweekly;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The iCalendar text itself: folded by octets, never inside a character, and read back whole. */
class CalendarExportTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 7, 0, 0, 0, ZoneId.of("Asia/Tokyo"));

    @Test
    void longLinesOfWideCharactersFoldWithin75OctetsAndUnfoldToTheSame() throws Exception {
        String name = "背中を伸ばす体操 with a long name, 😀 and ×, repeated: 背中を伸ばす体操 背中を伸ばす体操";
        List<String> lines = List.of(name + ": 3 × 30 s", "Stop at once if you feel sharp pain.");
        PlannedSessions.Session s = new PlannedSessions.Session(LocalDate.of(2026, 11, 25), 1,
                NOW.plusDays(1), 17, lines);
        Plan plan = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of());
        String ics = CalendarExport.write(plan, List.of(s), 900, NOW);
        StrictIcs.Component cal = StrictIcs.parse(ics.getBytes(StandardCharsets.UTF_8)); // every line <= 75 octets
        StrictIcs.Component event = cal.components("VEVENT").get(0);
        assertEquals(String.join("\n", lines), event.one("DESCRIPTION").text());
        assertEquals(String.join("\n", lines), Biweekly.parse(ics).first().getEvents().get(0).getDescription()
                .getValue());
        assertTrue(ics.lines().anyMatch(l -> l.startsWith(" ")), "something was folded");
    }

    @Test
    void foldingCutsAtCharactersNotBytes() {
        String line = "X:" + "é".repeat(50); // 2 + 100 octets
        String folded = CalendarExport.fold(line + "\r\n");
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(line, folded.replace("\r\n ", "").strip());
        assertEquals("X:short\r\n", CalendarExport.fold("X:short\r\n"));
    }

    @Test
    void theStrictReaderRefusesWhatRfc5545Forbids() {
        String ok = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                + "DTSTAMP:20261124T060000Z\r\nDTSTART:20261124T060000Z\r\nDESCRIPTION:a\\, b\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        StrictIcs.parse(ok.getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of(ok.replace("\r\n", "\n"), ok.replace("a\\, b", "a, b"),
                ok.replace("END:VEVENT\r\n", ""), ok.replace("UID:1\r\n", ""),
                ok.replace("DTSTART:20261124T060000Z", "DTSTART:20261124"),
                ok.replace("a\\, b", "x".repeat(70)), ok.replace("VERSION:2.0", "VERSION:1.0"))) {
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> StrictIcs.parse(bad.getBytes(StandardCharsets.UTF_8)), bad);
        }
    }
}
