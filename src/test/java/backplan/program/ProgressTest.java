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
    void sessionsCountInTheWeekOfTheDayTheyWereDoneOnWhereTheyWereDone() {
        // One instant, 22:30 UTC on Monday Nov 30: done in London it is Monday's, the last day of week 1; done in
        // Tokyo it is 07:30 on Tuesday Dec 1, week 2. Where it is read from changes neither.
        ZonedDateTime instant = ZonedDateTime.of(2026, 11, 30, 22, 30, 0, 0, ZoneId.of("UTC"));
        HistoryEntry london = Sessions.at(instant.withZoneSameInstant(ZoneId.of("Europe/London")), true, null);
        HistoryEntry tokyo = Sessions.at(instant.withZoneSameInstant(ZoneId.of("Asia/Tokyo")), true, null);

        Progress p = Progress.of(PLAN, List.of(london), LocalDate.of(2026, 12, 2));
        assertEquals(1, p.weeks().get(0).done());
        assertEquals(0, p.weeks().get(1).done());
        Progress t = Progress.of(PLAN, List.of(tokyo), LocalDate.of(2026, 12, 2));
        assertEquals(0, t.weeks().get(0).done());
        assertEquals(1, t.weeks().get(1).done());
        assertEquals(LocalDate.of(2026, 12, 1), tokyo.day());
    }

    @Test
    void aDaylightSavingChangeDoesNotMoveWeekBoundaries() {
        // Europe/Paris leaves summer time on 2026-10-25; a plan across it keeps 7-day weeks.
        Plan autumn = new Plan(LocalDate.of(2026, 10, 20), 3, 4, Map.of());
        List<HistoryEntry> entries = List.of(
                on(LocalDate.of(2026, 10, 26), LocalTime.of(0, 15), true, null), // last day of week 1, after DST
                on(LocalDate.of(2026, 10, 27), LocalTime.of(0, 15), true, null), // first day of week 2
                on(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), true, null)); // the repeated hour
        Progress p = Progress.of(autumn, entries, LocalDate.of(2026, 10, 30));
        assertEquals(2, p.weeks().get(0).done());
        assertEquals(1, p.weeks().get(1).done());
        assertEquals(Progress.Day.DONE, p.weeks().get(0).days().get(5)); // Oct 25
        assertEquals(Progress.Day.DONE, p.weeks().get(0).days().get(6)); // Oct 26
    }

    @Test
    void calendarMarksDonePartialNoneAndFuture() {
        Progress p = Progress.of(PLAN, List.of(on("2026-11-24", true), on("2026-11-25", false),
                on("2026-11-25", false), on("2026-11-27", false), on("2026-11-27", true)),
                LocalDate.of(2026, 11, 28));
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
        assertEquals(2, Progress.of(PLAN, e, LocalDate.of(2026, 12, 9)).streak());
        // once week 3 is over unmet, the streak is broken
        assertEquals(0, Progress.of(PLAN, e, LocalDate.of(2026, 12, 16)).streak());
    }

    @Test
    void activeTimeIsSummedPerCategoryAndPainKeepsItsOrder() {
        Progress p = Progress.of(PLAN, List.of(on(LocalDate.of(2026, 11, 24), LocalTime.NOON, true, 6),
                on(LocalDate.of(2026, 11, 26), LocalTime.NOON, true, 4)), LocalDate.of(2026, 11, 27));
        assertEquals(270L, p.activeSecondsByCategory().get("abs"));
        assertEquals(120L, p.activeSecondsByCategory().get("stretch"));
        assertEquals(60L, p.activeSecondsByCategory().get("glutes"));
        assertEquals(List.of(6, 4), p.pain());
    }

    @Test
    void totalsOfValuesNearTheIntRangeAddUpExactly() {
        // an edited history: every session says it worked 2^31 - 1 seconds in each category, three a day
        List<HistoryEntry> big = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HistoryEntry e = on(LocalDate.of(2026, 11, 24 + i / 3), LocalTime.NOON, true, 2);
            List<backplan.session.ExerciseResult> ex = e.result().exercises().stream()
                    .map(x -> new backplan.session.ExerciseResult(x.id(), x.name(), x.category(), x.setsPlanned(),
                            x.setsDone(), Integer.MAX_VALUE, 0, null, null)).toList();
            big.add(new HistoryEntry(new backplan.session.SessionResult(e.result().start(), e.result().end(),
                    e.result().ending(), ex, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE), null, 2, 1));
        }
        long six = 6L * Integer.MAX_VALUE;

        Progress p = Progress.of(PLAN, big, LocalDate.of(2026, 11, 27));

        assertEquals(2, p.counted(), "six sessions on two days: at most one a day counts");
        for (String c : backplan.catalog.Category.keys()) {
            assertEquals(six, p.activeSecondsByCategory().get(c), c);
        }
        String text = String.join("\n", new backplan.text.ProgressText(true, backplan.text.TextLayout.UNLIMITED).progress(p));
        assertTrue(text.contains("  abs       " + six / 60 + " min " + six % 60 + " s"), text);
        java.io.StringWriter json = new java.io.StringWriter();
        backplan.text.Json.write(json, false, g -> backplan.text.Json.progress(g, p));
        assertTrue(json.toString().contains("\"abs\":" + six), json.toString());
    }

    @Test
    void dueWhenTheWeekNeedsASessionAndNoneWasDoneToday() {
        LocalDate thu = LocalDate.of(2026, 11, 26);
        assertTrue(due(PLAN, List.of(), thu).due());
        assertTrue(due(PLAN, List.of(on("2026-11-24", true)), thu).due());
        assertFalse(due(PLAN, List.of(on("2026-11-26", true)), thu).due(), "done today");
        assertTrue(due(PLAN, List.of(on("2026-11-26", false)), thu).due(), "a quit one is no done");
        List<HistoryEntry> three = List.of(on("2026-11-24", true), on("2026-11-25", true), on("2026-11-26", true));
        Schedule.Due met = due(PLAN, three, thu.plusDays(1));
        assertFalse(met.due());
        assertTrue(met.reason().contains("goal is met"), met.reason());
        List<HistoryEntry> twoOnOneDay = List.of(on("2026-11-24", true), on("2026-11-25", true),
                on("2026-11-25", true));
        Schedule.Due notMet = due(PLAN, twoOnOneDay, thu);
        assertTrue(notMet.due(), "two sessions on one day count once: " + notMet.reason());
        assertTrue(notMet.reason().contains("2 of 3 sessions done"), notMet.reason());
        assertFalse(due(PLAN, List.of(), LocalDate.of(2026, 11, 20)).due(), "before the start");
        assertFalse(due(PLAN, List.of(), LocalDate.of(2026, 12, 22)).due(), "after the end");
    }

    // ---- what counts ----

    @Test
    void onlySessionsThatCountFillTheWeekTheStreakAndDue() {
        LocalDate tue = LocalDate.of(2026, 11, 24);
        // a quit session of one set: recorded, not counted
        List<HistoryEntry> quit = List.of(on("2026-11-24", false), on("2026-11-24", false), on("2026-11-24", false));
        Progress p = Progress.of(PLAN, quit, tue);
        assertEquals(0, p.weeks().get(0).done());
        assertEquals(3, p.weeks().get(0).partial());
        assertEquals(3, p.sessions());
        assertEquals(0, p.counted());
        assertEquals(Progress.Day.PARTIAL, p.weeks().get(0).days().get(0));
        assertTrue(due(PLAN, quit, tue).due(), "three sessions that do not count leave one due");
    }

    // ---- fixed days ----

    private static final Plan MWF = new Plan(LocalDate.of(2026, 11, 23), 3, 4, Map.of(), Map.of(),
            java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY,
                    java.time.DayOfWeek.FRIDAY)); // from Monday Nov 23

    @Test
    void withDaysASessionIsDueOnThemAndAfterOneWasMissed() {
        LocalDate mon = LocalDate.of(2026, 11, 23);
        assertTrue(due(MWF, List.of(), mon).due(), "Monday");
        Schedule.Due tue = due(MWF, List.of(on("2026-11-23", true)), mon.plusDays(1));
        assertFalse(tue.due(), "Tuesday after Monday's");
        assertTrue(tue.reason().contains("not one of the plan's days, Mon, Wed, Fri"), tue.reason());
        assertTrue(due(MWF, List.of(on("2026-11-23", true)), mon.plusDays(2)).due(), "Wednesday");
        Schedule.Due missed = due(MWF, List.of(on("2026-11-23", true)), mon.plusDays(3));
        assertTrue(missed.due(), "Thursday, Wednesday's was missed");
        assertTrue(missed.reason().contains("missed day"), missed.reason());
        Schedule.Due notCounted = due(MWF, List.of(on("2026-11-23", false)), mon.plusDays(1));
        assertTrue(notCounted.due(), "Monday's session did not count: still due on Tuesday");
        assertFalse(due(MWF, List.of(on("2026-11-23", true), on("2026-11-25", true),
                on("2026-11-27", true)), mon.plusDays(6)).due(), "the week's three are done");
        assertFalse(due(MWF, List.of(), mon.minusDays(1)).due(), "before the start");
    }

    @Test
    void aMissedDayStaysDueOnlyWithinItsWeek() {
        // nothing done in week 1: on the next Monday (week 2) one session is due, not four
        Progress.Tally tally = new Progress.Tally();
        LocalDate nextMon = LocalDate.of(2026, 11, 30);
        assertTrue(Schedule.due(MWF, tally, nextMon).due());
        tally.accept(on("2026-11-30", true));
        assertFalse(Schedule.due(MWF, tally, nextMon.plusDays(1)).due(), "Tuesday of week 2");
    }

    @Test
    void theNextSessionIsTheNextDayOneIsDue() {
        Progress.Tally tally = new Progress.Tally();
        LocalDate mon = LocalDate.of(2026, 11, 23);
        assertEquals(java.util.Optional.of(mon), Schedule.next(MWF, tally, mon));
        tally.accept(on("2026-11-23", true));
        assertEquals(java.util.Optional.of(mon.plusDays(2)), Schedule.next(MWF, tally, mon), "Wednesday");
        assertEquals(java.util.Optional.of(mon.plusDays(1)), Schedule.next(PLAN, tally, mon.plusDays(1)),
                "without days: any day the week still needs one");
        assertEquals(java.util.Optional.of(MWF.start()), Schedule.next(MWF, new Progress.Tally(),
                mon.minusDays(10)), "before the plan: its first day");
        assertEquals(java.util.Optional.empty(), Schedule.next(MWF, tally, mon.plusWeeks(4)), "the plan ended");
    }

    // ---- levels and pain ----

    private static HistoryEntry leveled(String day, int setsDone, Integer before, Integer after) {
        return leveled(day, setsDone, before, after, backplan.session.Rating.FINE);
    }

    private static HistoryEntry leveled(String day, int setsDone, Integer before, Integer after,
            backplan.session.Rating rating) {
        HistoryEntry full = on(day, true);
        List<backplan.session.ExerciseResult> ex = new java.util.ArrayList<>(full.result().exercises());
        ex.set(3, new backplan.session.ExerciseResult("oblique-knee-drop", "Oblique Knee Drop", "obliques", 2,
                setsDone, 30, 0, 30, 1, 0, rating));
        backplan.session.SessionResult r = new backplan.session.SessionResult(full.result().start(),
                full.result().end(), full.result().ending(), ex, 600, full.result().activeSeconds(), 0);
        return new HistoryEntry(r, before, after, 1);
    }

    private static boolean ready(List<HistoryEntry> entries, LocalDate today) {
        Progress.Tally t = new Progress.Tally();
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
    void levelTwoNeedsEasyOrFineRatingsAndNoFlare() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        var easy = backplan.session.Rating.EASY;
        assertTrue(ready(List.of(leveled("2026-11-24", 2, 3, 3, easy), leveled("2026-11-26", 2, 3, 2, easy),
                leveled("2026-11-28", 2, 2, 2)), day), "easy and fine both build");
        for (var r : java.util.Arrays.asList(backplan.session.Rating.HARD, backplan.session.Rating.HURT, null)) {
            assertFalse(ready(List.of(leveled("2026-11-24", 2, 3, 3), leveled("2026-11-26", 2, 3, 2),
                    leveled("2026-11-28", 2, 2, 2, r)), day), "rated " + r);
        }
        assertFalse(ready(List.of(leveled("2026-11-24", 2, 3, 3), leveled("2026-11-26", 2, 3, 2),
                leveled("2026-11-28", 2, 7, 7)), day), "pain 7 after asks about it: no level up");
        // three the same day count once: the two after the first do not make a run
        assertFalse(ready(List.of(leveled("2026-11-28", 2, 2, 2), sameDay(leveled("2026-11-28", 2, 2, 2)),
                sameDay(leveled("2026-11-28", 2, 2, 2))), day), "one counted session, not three");
    }

    /** The same session, marked as a second one that day. */
    private static HistoryEntry sameDay(HistoryEntry e) {
        return new HistoryEntry(e.result(), e.painBefore(), e.painAfter(), e.planWeek(), null,
                backplan.history.Verdict.sameDay());
    }

    @Test
    void withoutARatingBeforeTheLastRatingAfterStandsForIt() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        // 3 after the first, then 3 and 2 after the next ones: none higher than the one before
        assertTrue(ready(List.of(leveled("2026-11-24", 2, 3, 3), leveled("2026-11-26", 2, null, 3),
                leveled("2026-11-28", 2, null, 2)), day));
        // ratings after only, going 2, 4, 6: each above the last, so pain rises in 2 of the last 3
        Progress.Tally t = new Progress.Tally();
        List.of(leveled("2026-11-24", 2, null, 2), leveled("2026-11-26", 2, null, 4), leveled("2026-11-28", 2, null,
                6)).forEach(t);
        assertTrue(t.painAlert(PLAN, day).isPresent());
        assertFalse(t.readyForNextLevel("oblique-knee-drop", PLAN, day), "never while pain calls for a pause");
    }

    @Test
    void progressCarriesTheLevelsDoneAndThePainAlert() {
        List<HistoryEntry> e = List.of(leveled("2026-11-24", 2, 2, 4), leveled("2026-11-26", 2, 2, 4));
        Progress p = Progress.of(PLAN, e, LocalDate.of(2026, 11, 27));
        assertEquals(Map.of("Oblique Knee Drop", new java.util.TreeMap<>(Map.of(1, 2))), p.levels());
        assertTrue(p.painAlert().contains("2 of your last 2"), p.painAlert());
    }

    /** The schedule's answer for {@code day} with {@code entries} as the history. */
    private static Schedule.Due due(Plan plan, List<HistoryEntry> entries, LocalDate day) {
        Progress.Tally tally = new Progress.Tally();
        entries.forEach(tally);
        return Schedule.due(plan, tally, day);
    }
}
