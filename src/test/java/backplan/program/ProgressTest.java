package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.history.HistoryEntry;
import backplan.history.Sessions;
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
        Progress p = progress(PLAN, List.of(lateSunday), LocalDate.of(2026, 12, 2), PARIS);
        // 22:30 UTC on Nov 30 is 23:30 in Paris, Nov 30: week 1
        assertEquals(1, p.weeks().get(0).done());
        assertEquals(0, p.weeks().get(1).done());
        Progress tokyo = progress(PLAN, List.of(lateSunday), LocalDate.of(2026, 12, 2), ZoneId.of("Asia/Tokyo"));
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
        Progress p = progress(autumn, entries, LocalDate.of(2026, 10, 30), PARIS);
        assertEquals(2, p.weeks().get(0).done());
        assertEquals(1, p.weeks().get(1).done());
        assertEquals(Progress.Day.DONE, p.weeks().get(0).days().get(5)); // Oct 25
        assertEquals(Progress.Day.DONE, p.weeks().get(0).days().get(6)); // Oct 26
    }

    @Test
    void calendarMarksDonePartialNoneAndFuture() {
        Progress p = progress(PLAN, List.of(on("2026-11-24", true), on("2026-11-25", false),
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
        assertEquals(2, progress(PLAN, e, LocalDate.of(2026, 12, 9), PARIS).streak());
        // once week 3 is over unmet, the streak is broken
        assertEquals(0, progress(PLAN, e, LocalDate.of(2026, 12, 16), PARIS).streak());
    }

    @Test
    void activeTimeIsSummedPerCategoryAndPainKeepsItsOrder() {
        Progress p = progress(PLAN, List.of(on(LocalDate.of(2026, 11, 24), LocalTime.NOON, true, 6),
                on(LocalDate.of(2026, 11, 26), LocalTime.NOON, true, 4)), LocalDate.of(2026, 11, 27), PARIS);
        assertEquals(270L, p.activeSecondsByCategory().get("abs"));
        assertEquals(120L, p.activeSecondsByCategory().get("stretch"));
        assertEquals(60L, p.activeSecondsByCategory().get("glutes"));
        assertEquals(List.of(6, 4), p.pain());
    }

    @Test
    void dueWhenTheWeekNeedsASessionAndNoneWasDoneToday() {
        LocalDate thu = LocalDate.of(2026, 11, 26);
        assertTrue(due(PLAN, List.of(), thu, PARIS).due());
        assertTrue(due(PLAN, List.of(on("2026-11-24", true)), thu, PARIS).due());
        assertFalse(due(PLAN, List.of(on("2026-11-26", true)), thu, PARIS).due(), "done today");
        assertTrue(due(PLAN, List.of(on("2026-11-26", false)), thu, PARIS).due(), "a quit one is no done");
        List<HistoryEntry> three = List.of(on("2026-11-24", true), on("2026-11-25", true), on("2026-11-25", true));
        Progress.Due met = due(PLAN, three, thu, PARIS);
        assertFalse(met.due());
        assertTrue(met.reason().contains("goal is met"), met.reason());
        assertFalse(due(PLAN, List.of(), LocalDate.of(2026, 11, 20), PARIS).due(), "before the start");
        assertFalse(due(PLAN, List.of(), LocalDate.of(2026, 12, 22), PARIS).due(), "after the end");
    }

    // ---- what counts ----

    @Test
    void onlySessionsThatCountFillTheWeekTheStreakAndDue() {
        LocalDate tue = LocalDate.of(2026, 11, 24);
        // a quit session of one set: recorded, not counted
        List<HistoryEntry> quit = List.of(on("2026-11-24", false), on("2026-11-24", false), on("2026-11-24", false));
        Progress p = progress(PLAN, quit, tue, PARIS);
        assertEquals(0, p.weeks().get(0).done());
        assertEquals(3, p.weeks().get(0).partial());
        assertEquals(3, p.sessions());
        assertEquals(0, p.counted());
        assertEquals(Progress.Day.PARTIAL, p.weeks().get(0).days().get(0));
        assertTrue(due(PLAN, quit, tue, PARIS).due(), "three sessions that do not count leave one due");
    }

    // ---- fixed days ----

    private static final Plan MWF = new Plan(LocalDate.of(2026, 11, 23), 3, 4, Map.of(), Map.of(),
            java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY,
                    java.time.DayOfWeek.FRIDAY)); // from Monday Nov 23

    @Test
    void withDaysASessionIsDueOnThemAndAfterOneWasMissed() {
        LocalDate mon = LocalDate.of(2026, 11, 23);
        assertTrue(due(MWF, List.of(), mon, PARIS).due(), "Monday");
        Progress.Due tue = due(MWF, List.of(on("2026-11-23", true)), mon.plusDays(1), PARIS);
        assertFalse(tue.due(), "Tuesday after Monday's");
        assertTrue(tue.reason().contains("not one of the plan's days, Mon, Wed, Fri"), tue.reason());
        assertTrue(due(MWF, List.of(on("2026-11-23", true)), mon.plusDays(2), PARIS).due(), "Wednesday");
        Progress.Due missed = due(MWF, List.of(on("2026-11-23", true)), mon.plusDays(3), PARIS);
        assertTrue(missed.due(), "Thursday, Wednesday's was missed");
        assertTrue(missed.reason().contains("missed day"), missed.reason());
        Progress.Due notCounted = due(MWF, List.of(on("2026-11-23", false)), mon.plusDays(1), PARIS);
        assertTrue(notCounted.due(), "Monday's session did not count: still due on Tuesday");
        assertFalse(due(MWF, List.of(on("2026-11-23", true), on("2026-11-25", true),
                on("2026-11-27", true)), mon.plusDays(6), PARIS).due(), "the week's three are done");
        assertFalse(due(MWF, List.of(), mon.minusDays(1), PARIS).due(), "before the start");
    }

    @Test
    void aMissedDayStaysDueOnlyWithinItsWeek() {
        // nothing done in week 1: on the next Monday (week 2) one session is due, not four
        Progress.Tally tally = new Progress.Tally(PARIS);
        LocalDate nextMon = LocalDate.of(2026, 11, 30);
        assertTrue(Progress.due(MWF, tally, nextMon).due());
        tally.accept(on("2026-11-30", true));
        assertFalse(Progress.due(MWF, tally, nextMon.plusDays(1)).due(), "Tuesday of week 2");
    }

    @Test
    void theNextSessionIsTheNextDayOneIsDue() {
        Progress.Tally tally = new Progress.Tally(PARIS);
        LocalDate mon = LocalDate.of(2026, 11, 23);
        assertEquals(java.util.Optional.of(mon), Progress.nextSession(MWF, tally, mon));
        tally.accept(on("2026-11-23", true));
        assertEquals(java.util.Optional.of(mon.plusDays(2)), Progress.nextSession(MWF, tally, mon), "Wednesday");
        assertEquals(java.util.Optional.of(mon.plusDays(1)), Progress.nextSession(PLAN, tally, mon.plusDays(1)),
                "without days: any day the week still needs one");
        assertEquals(java.util.Optional.of(MWF.start()), Progress.nextSession(MWF, new Progress.Tally(PARIS),
                mon.minusDays(10)), "before the plan: its first day");
        assertEquals(java.util.Optional.empty(), Progress.nextSession(MWF, tally, mon.plusWeeks(4)), "the plan ended");
    }

    // ---- levels and pain ----

    private static HistoryEntry leveled(String day, int setsDone, Integer before, Integer after) {
        HistoryEntry full = on(day, true);
        List<backplan.session.ExerciseResult> ex = new java.util.ArrayList<>(full.result().exercises());
        ex.set(3, new backplan.session.ExerciseResult("oblique-knee-drop", "Oblique Knee Drop", "obliques", 2,
                setsDone, 30, 0, 30, 1));
        backplan.session.SessionResult r = new backplan.session.SessionResult(full.result().start(),
                full.result().end(), full.result().ending(), ex, 600, full.result().activeSeconds(), 0);
        return new HistoryEntry(r, before, after, 1);
    }

    private static boolean ready(List<HistoryEntry> entries, LocalDate today) {
        Progress.Tally t = new Progress.Tally(PARIS);
        entries.forEach(t);
        return t.readyForNextLevel("oblique-knee-drop", PLAN, today);
    }

    @Test
    void threeGoodLevelOneSessionsInARowSuggestLevelTwo() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        List<HistoryEntry> three = List.of(leveled("2026-11-24", 2, 3, 3), leveled("2026-11-26", 2, 3, 2),
                leveled("2026-11-28", 2, 2, 2));
        assertTrue(ready(three, day));
        assertFalse(ready(three.subList(0, 2), day), "two are not enough");
        assertFalse(ready(List.of(three.get(0), leveled("2026-11-26", 1, 3, 2), three.get(2)), day),
                "a set not done");
        assertFalse(ready(List.of(three.get(0), three.get(1), leveled("2026-11-28", 2, 2, 3)), day),
                "more pain after than before");
        assertFalse(ready(List.of(three.get(0), three.get(1), leveled("2026-11-28", 2, null, null)), day),
                "no rating: nothing says the pain did not rise");
        List<HistoryEntry> fourth = new java.util.ArrayList<>(three);
        fourth.add(0, leveled("2026-11-23", 1, 3, 3));
        assertTrue(ready(fourth, day), "only the last three count");
    }

    @Test
    void withoutARatingBeforeTheLastRatingAfterStandsForIt() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        // 3 after the first, then 3 and 2 after the next ones: none higher than the one before
        assertTrue(ready(List.of(leveled("2026-11-24", 2, 3, 3), leveled("2026-11-26", 2, null, 3),
                leveled("2026-11-28", 2, null, 2)), day));
        // ratings after only, going 2, 4, 6: each above the last, so pain rises in 2 of the last 3
        Progress.Tally t = new Progress.Tally(PARIS);
        List.of(leveled("2026-11-24", 2, null, 2), leveled("2026-11-26", 2, null, 4), leveled("2026-11-28", 2, null,
                6)).forEach(t);
        assertTrue(t.painAlert(PLAN, day).isPresent());
        assertFalse(t.readyForNextLevel("oblique-knee-drop", PLAN, day), "never while pain calls for a pause");
    }

    @Test
    void progressCarriesTheLevelsDoneAndThePainAlert() {
        List<HistoryEntry> e = List.of(leveled("2026-11-24", 2, 2, 4), leveled("2026-11-26", 2, 2, 4));
        Progress p = progress(PLAN, e, LocalDate.of(2026, 11, 27), PARIS);
        assertEquals(Map.of("Oblique Knee Drop", new java.util.TreeMap<>(Map.of(1, 2))), p.levels());
        assertTrue(p.painAlert().contains("2 of your last 2"), p.painAlert());
    }

    /** Progress from entries in memory, through the tally the commands fill as they read the history. */
    private static Progress progress(Plan plan, List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        return tally(entries, zone).against(plan, today);
    }

    private static Progress.Due due(Plan plan, List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        return Progress.due(plan, tally(entries, zone), today);
    }

    private static Progress.Tally tally(List<HistoryEntry> entries, ZoneId zone) {
        Progress.Tally tally = new Progress.Tally(zone);
        entries.forEach(tally);
        return tally;
    }
}
