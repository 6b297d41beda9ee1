package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Plan PLAN = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of());

    private static HistoryEntry on(LocalDate day, LocalTime time, boolean completed, Integer pain) {
        return Sessions.at(ZonedDateTime.of(day, time, PARIS), completed, pain);
    }

    private static HistoryEntry on(String day, boolean completed) {
        return on(LocalDate.parse(day), LocalTime.of(7, 0), completed, null);
    }

    @Test
    void weeksCountFromThePlansStartNotFromMonday() {
        assertEquals(1, PLAN.weekOf(LocalDate.of(2026, 11, 24)));
        assertEquals(1, PLAN.weekOf(LocalDate.of(2026, 11, 30)));
        assertEquals(2, PLAN.weekOf(LocalDate.of(2026, 12, 1)));
        assertEquals(0, PLAN.weekOf(LocalDate.of(2026, 11, 23)));
        assertEquals(5, PLAN.weekOf(LocalDate.of(2026, 12, 22)));
    }

    @Test
    void sessionsCountInTheWeekOfTheirLocalStartDay() {
        // 23:30 in Paris on Monday Nov 30 is 22:30 UTC: still week 1 for someone in Paris.
        HistoryEntry lateSunday = Sessions.at(ZonedDateTime.of(2026, 11, 30, 22, 30, 0, 0, ZoneId.of("UTC"))
                .withZoneSameInstant(ZoneId.of("UTC")), true, null);
        Progress p = Progress.of(PLAN, List.of(lateSunday), LocalDate.of(2026, 12, 2), PARIS);
        // 22:30 UTC on Nov 30 is 23:30 in Paris, Nov 30: week 1
        assertEquals(1, p.weeks().get(0).done());
        assertEquals(0, p.weeks().get(1).done());
        Progress tokyo = Progress.of(PLAN, List.of(lateSunday), LocalDate.of(2026, 12, 2), ZoneId.of("Asia/Tokyo"));
        // ... and 07:30 on Dec 1 in Tokyo: week 2
        assertEquals(0, tokyo.weeks().get(0).done());
        assertEquals(1, tokyo.weeks().get(1).done());
    }

    @Test
    void aDaylightSavingChangeDoesNotMoveWeekBoundaries() {
        // Europe/Paris leaves summer time on 2026-10-25; a plan across it keeps 7-day weeks.
        Plan autumn = new Plan(LocalDate.of(2026, 10, 20), 3, 4, Map.of());
        List<HistoryEntry> entries = List.of(
                on(LocalDate.of(2026, 10, 26), LocalTime.of(0, 15), true, null), // last day of week 1, after DST
                on(LocalDate.of(2026, 10, 27), LocalTime.of(0, 15), true, null), // first day of week 2
                on(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), true, null)); // the repeated hour
        Progress p = Progress.of(autumn, entries, LocalDate.of(2026, 10, 30), PARIS);
        assertEquals(2, p.weeks().get(0).done());
        assertEquals(1, p.weeks().get(1).done());
        assertEquals(Progress.Day.DONE, p.weeks().get(0).days().get(5)); // Oct 25
        assertEquals(Progress.Day.DONE, p.weeks().get(0).days().get(6)); // Oct 26
    }

    @Test
    void calendarMarksDonePartialNoneAndFuture() {
        Progress p = Progress.of(PLAN, List.of(on("2026-11-24", true), on("2026-11-25", false),
                on("2026-11-25", false), on("2026-11-27", false), on("2026-11-27", true)),
                LocalDate.of(2026, 11, 28), PARIS);
        assertEquals(List.of(Progress.Day.DONE, Progress.Day.PARTIAL, Progress.Day.NONE, Progress.Day.DONE,
                Progress.Day.NONE, Progress.Day.FUTURE, Progress.Day.FUTURE), p.weeks().get(0).days());
        assertEquals(2, p.weeks().get(0).done());
        assertEquals(3, p.weeks().get(0).partial());
        assertEquals(5, p.sessions());
        assertEquals(2, p.completed());
    }

    @Test
    void theStreakCountsWeeksThatMetTheGoalUpToNow() {
        List<HistoryEntry> e = List.of(on("2026-11-24", true), on("2026-11-25", true), on("2026-11-26", true),
                on("2026-12-01", true), on("2026-12-02", true), on("2026-12-03", true),
                on("2026-12-08", true));
        // week 3 is in progress with 1 of 3: the streak is the two full weeks before it
        assertEquals(2, Progress.of(PLAN, e, LocalDate.of(2026, 12, 9), PARIS).streak());
        // once week 3 is over unmet, the streak is broken
        assertEquals(0, Progress.of(PLAN, e, LocalDate.of(2026, 12, 16), PARIS).streak());
    }

    @Test
    void activeTimeIsSummedPerCategoryAndPainKeepsItsOrder() {
        Progress p = Progress.of(PLAN, List.of(on(LocalDate.of(2026, 11, 24), LocalTime.NOON, true, 6),
                on(LocalDate.of(2026, 11, 26), LocalTime.NOON, true, 4)), LocalDate.of(2026, 11, 27), PARIS);
        assertEquals(270L, p.activeSecondsByCategory().get("abs"));
        assertEquals(120L, p.activeSecondsByCategory().get("stretch"));
        assertEquals(60L, p.activeSecondsByCategory().get("glutes"));
        assertEquals(List.of(6, 4), p.pain());
    }

    @Test
    void dueWhenTheWeekNeedsASessionAndNoneWasDoneToday() {
        LocalDate thu = LocalDate.of(2026, 11, 26);
        assertTrue(Progress.due(PLAN, List.of(), thu, PARIS).due());
        assertTrue(Progress.due(PLAN, List.of(on("2026-11-24", true)), thu, PARIS).due());
        assertFalse(Progress.due(PLAN, List.of(on("2026-11-26", true)), thu, PARIS).due(), "done today");
        assertTrue(Progress.due(PLAN, List.of(on("2026-11-26", false)), thu, PARIS).due(), "a quit one is no done");
        List<HistoryEntry> three = List.of(on("2026-11-24", true), on("2026-11-25", true), on("2026-11-25", true));
        Progress.Due met = Progress.due(PLAN, three, thu, PARIS);
        assertFalse(met.due());
        assertTrue(met.reason().contains("goal is met"), met.reason());
        assertFalse(Progress.due(PLAN, List.of(), LocalDate.of(2026, 11, 20), PARIS).due(), "before the start");
        assertFalse(Progress.due(PLAN, List.of(), LocalDate.of(2026, 12, 22), PARIS).due(), "after the end");
    }
}
