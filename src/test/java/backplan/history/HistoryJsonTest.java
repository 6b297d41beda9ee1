package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One history line to JSON and back, on its own: the exact form written, and why a line cannot be read. */
class HistoryJsonTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, ZoneId.of("Europe/Paris"));

    private static String line(String start, String zone, String extra) {
        return HistoryFileTest.line(start, zone, extra);
    }

    /** Why the codec refuses {@code line}, as a damaged-line report gives it. */
    private static String why(String line) {
        IOException e = assertThrows(IOException.class, () -> HistoryJson.parse(line), line);
        return HistoryJson.reason(e);
    }

    @Test
    void aSessionReadsBackAsItWasWritten() throws Exception {
        HistoryEntry entry = new HistoryEntry(Sessions.at(T, false, null).result(), 6, 5, 1, "abc123");

        String json = HistoryJson.session(entry, false);

        assertTrue(json.startsWith("{\"version\":1,\"id\":\"abc123\",\"start\":\"2026-11-24T07:30+01:00\""), json);
        assertEquals(new HistoryJson.Session(entry, false), HistoryJson.parse(json));
        assertEquals(json, HistoryJson.toJson(entry), "what exports show is the line as the file keeps it");
    }

    @Test
    void aSessionAwaitingItsRatingSaysSoAndAnAmendmentGivesIt() throws Exception {
        HistoryEntry entry = Sessions.at(T, true, null).withId("abc123");

        String json = HistoryJson.session(entry, true);

        assertTrue(json.contains("\"awaits\":\"painAfter\""), json);
        assertEquals(new HistoryJson.Session(entry, true), HistoryJson.parse(json));
        assertFalse(HistoryJson.toJson(entry).contains("awaits"), "exports leave the bookkeeping out");
        assertEquals("{\"amend\":\"abc123\",\"painAfter\":3}", HistoryJson.amendment("abc123", 3));
        assertEquals("{\"amend\":\"abc123\",\"painAfter\":null}", HistoryJson.amendment("abc123", null));
        assertEquals(new HistoryJson.Amendment("abc123", 3), HistoryJson.parse(HistoryJson.amendment("abc123", 3)));
        assertEquals(new HistoryJson.Amendment("abc123", null),
                HistoryJson.parse(HistoryJson.amendment("abc123", null)));
    }

    @Test
    void aLineThatAwaitsButHasItsRatingAwaitsNothing() throws Exception {
        HistoryJson.Line line = HistoryJson.parse(line("2026-11-24T07:30:00Z", "UTC",
                "\"id\":\"aaa\",\"awaits\":\"painAfter\",\"painAfter\":4,"));

        assertEquals(false, ((HistoryJson.Session) line).awaiting());
        assertEquals(4, ((HistoryJson.Session) line).entry().painAfter());
    }

    @Test
    void eachDamagedLineSaysWhyInOneLine() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"start\": oops", "Unrecognized token 'oops': was expecting (JSON String, Number, Array, Object or"
                + " token 'null', 'true' or 'false')"); // Jackson's words, their first line only
        cases.put("[1,2]", "not a JSON object");
        cases.put("{\"version\":1}", "missing start, end, ending or exercises");
        cases.put("{\"version\":1} {}", "more than one JSON value on the line");
        cases.put("{\"amend\":\"aaa\"}", "an amendment without the painAfter it amends");
        cases.put("{\"amend\":\"aaa\",\"painAfter\":11}", "painAfter 11 is not between 0 and 10");
        cases.put("{\"amend\":\"a b\",\"painAfter\":1}",
                "a session id must be a word of up to 64 letters, digits, '-' or '_'");
        cases.put("{\"id\":\"ccc\",\"awaits\":\"painAfter\",\"start\":",
                "Unexpected end-of-input within/between Object entries");
        cases.put(line("2026-11-24T07:30:00Z", "UTC", "\"painBefore\":-1,"), "painBefore -1 is not between 0 and 10");
        cases.put(line("2026-11-24T07:30:00Z", "UTC", "\"planWeek\":999999999,"),
                "planWeek 999999999 is not between -" + SaneValues.MAX_WEEKS + " and " + SaneValues.MAX_WEEKS);
        cases.put(line("2026-11-24T07:30:00Z", "UTC", "\"planWeek\":-3,").replace("\"activeSeconds\":30",
                "\"activeSeconds\":-30"), "activeSeconds -30 is not between 0 and 2147483647");
        cases.put(line("2026-11-24T07:30:00Z", "UTC", "").replace("\"setsDone\":2", "\"setsDone\":1e30"),
                "setsDone 1e30 is not between 0 and 1000");
        cases.put(line("2026-11-24T07:30:00Z", "UTC", "").replace("\"workSeconds\":30", "\"workSeconds\":\"30\""),
                "workSeconds is not a number");
        cases.put(line("2026-11-24T07:30:00Z", "UTC", "").replace("\"completed\",", "\"finished\","),
                "ending must be completed, quit or interrupted");
        cases.put(line("-999999999-01-01T00:00:00Z", "UTC", ""),
                "start -999999999-01-01T00:00:00Z is not within 1900-01-01 to 2199-12-31");
        cases.put(line("1899-12-31T23:59:59Z", "UTC", ""),
                "start 1899-12-31T23:59:59Z is not within 1900-01-01 to 2199-12-31");
        cases.put(line("2200-01-01T00:00:00Z", "UTC", ""),
                "start 2200-01-01T00:00:00Z is not within 1900-01-01 to 2199-12-31");
        cases.put(line("2026-11-24T07:30:", "UTC", ""), "bad time '2026-11-24T07:30:'");
        cases.forEach((line, why) -> assertEquals(why, why(line), line));
    }

    /** A session of {@code n} one-set exercises. */
    private static String exercises(int n) {
        String one = "{\"id\":\"dead-bug\",\"category\":\"abs\",\"setsPlanned\":1000,\"setsDone\":1000,"
                + "\"workSeconds\":2147483647}";
        return line("2026-11-24T07:30:00Z", "UTC", "").replaceFirst("\"exercises\":\\[.*\\]",
                "\"exercises\":[" + String.join(",", java.util.Collections.nCopies(n, one)) + "]");
    }

    @Test
    void aSessionHasAtMostTenThousandExercisesSoItsSetsCannotOverflow() throws Exception {
        HistoryJson.Session most = (HistoryJson.Session) HistoryJson.parse(exercises(SaneValues.MAX_EXERCISES));
        assertEquals(SaneValues.MAX_EXERCISES * 1000, most.entry().result().setsDone());

        assertEquals("more than 10000 exercises in one session", why(exercises(SaneValues.MAX_EXERCISES + 1)));
    }

    @Test
    void aValueAMegabyteLongIsQuotedShort() {
        String huge = "2026-11-24T07:30:" + "9".repeat(1 << 20);

        assertEquals("bad time '" + huge.substring(0, 40) + "…'", why(line(huge, "UTC", "")));
    }

    @Test
    void aFractionIsCutToItsWholePartAndTheEdgesOfTheRangeAreRead() throws Exception {
        HistoryJson.Session s = (HistoryJson.Session) HistoryJson.parse(
                line("2026-11-24T07:30:00Z", "UTC", "\"planWeek\":-3,\"painAfter\":2.5,"));
        assertEquals(2, s.entry().painAfter());
        assertEquals(-3, s.entry().planWeek(), "a week before the plan's start is a real week");

        assertTrue(HistoryJson.parse(line("1900-01-01T00:00:00Z", "UTC", "")) instanceof HistoryJson.Session);
        HistoryJson.Session last = (HistoryJson.Session) HistoryJson.parse(
                line("2199-12-31T23:59:59Z", "Pacific/Kiritimati", ""));
        assertEquals(ZoneId.of("Pacific/Kiritimati"), last.entry().result().start().getZone(),
                "a time is read in its recorded zone");
    }
}
