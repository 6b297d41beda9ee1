package backplan.history;

import backplan.session.ExerciseResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the person stands against the plan, computed from the history: sessions per week against the goal, a mark
 * per day, the streak of weeks that met the goal, active time per category and the pain trend.
 *
 * @param plan        the plan, or a stand-in (3 a week, weeks from Monday) when none is set
 * @param planned     whether {@code plan} is the user's own
 * @param currentWeek the plan week that contains today (may lie outside 1..weeks)
 * @param pain        pain ratings after sessions, oldest first
 */
public record Progress(
        Plan plan,
        boolean planned,
        LocalDate today,
        int currentWeek,
        List<Week> weeks,
        int streak,
        Map<String, Integer> activeSecondsByCategory,
        List<Integer> pain,
        int sessions,
        int completed) {

    /** A mark for one day of the calendar. */
    public enum Day {
        DONE,
        PARTIAL,
        NONE,
        FUTURE
    }

    /**
     * One plan week.
     *
     * @param done    completed sessions in the week
     * @param partial sessions stopped early
     */
    public record Week(int number, LocalDate start, int done, int partial, int goal, List<Day> days) {

        public boolean metGoal() {
            return done >= goal;
        }
    }

    /** Computes progress in the user's time zone: a session belongs to the day it started on, there. */
    public static Progress of(Plan plan, List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        boolean planned = plan != null;
        if (plan == null) {
            plan = standIn(entries, today, zone);
        }
        int weekCount = plan.weeks();
        int[] done = new int[weekCount + 1];
        int[] partial = new int[weekCount + 1];
        Map<LocalDate, Day> byDay = new LinkedHashMap<>();
        Map<String, Integer> active = new LinkedHashMap<>();
        for (String c : backplan.catalog.Category.keys()) {
            active.put(c, 0);
        }
        List<Integer> pain = new ArrayList<>();
        int completed = 0;
        for (HistoryEntry e : entries) {
            LocalDate day = e.result().start().withZoneSameInstant(zone).toLocalDate();
            boolean complete = e.result().completed();
            completed += complete ? 1 : 0;
            int week = plan.weekOf(day);
            if (week >= 1 && week <= weekCount) {
                if (complete) {
                    done[week]++;
                } else {
                    partial[week]++;
                }
                for (ExerciseResult x : e.result().exercises()) {
                    active.merge(x.category(), x.workSeconds(), Integer::sum);
                }
            }
            byDay.merge(day, complete ? Day.DONE : Day.PARTIAL, (a, b) -> a == Day.DONE || b == Day.DONE
                    ? Day.DONE : Day.PARTIAL);
            if (e.painAfter() != null) {
                pain.add(e.painAfter());
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (int w = 1; w <= weekCount; w++) {
            LocalDate start = plan.weekStart(w);
            List<Day> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(d);
                days.add(date.isAfter(today) ? Day.FUTURE : byDay.getOrDefault(date, Day.NONE));
            }
            weeks.add(new Week(w, start, done[w], partial[w], plan.perWeek(), days));
        }
        int current = plan.weekOf(today);
        int streak = 0;
        int from = Math.min(current, weekCount);
        if (from >= 1 && !weeks.get(from - 1).metGoal()) {
            from--; // the week in progress has not failed yet
        }
        for (int w = from; w >= 1 && weeks.get(w - 1).metGoal(); w--) {
            streak++;
        }
        return new Progress(plan, planned, today, current, weeks, streak, active, pain, entries.size(), completed);
    }

    /** Without a plan: 3 sessions a week, in weeks from the Monday of the first session up to this week. */
    private static Plan standIn(List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        LocalDate first = entries.stream().map(e -> e.result().start().withZoneSameInstant(zone).toLocalDate())
                .min(LocalDate::compareTo).orElse(today);
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Plan probe = new Plan(monday, Plan.DEFAULT_PER_WEEK, 1, Map.of());
        return new Plan(monday, Plan.DEFAULT_PER_WEEK, Math.max(1, probe.weekOf(today)), Map.of());
    }

    /**
     * Whether a session is due today: the plan is running, this week still needs a session, and none was
     * completed today.
     */
    public static Due due(Plan plan, List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        Plan p = plan != null ? plan
                : new Plan(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Plan.DEFAULT_PER_WEEK, 1,
                        Map.of());
        int week = p.weekOf(today);
        if (week < 1) {
            return new Due(false, "the plan starts on " + p.start());
        }
        if (week > p.weeks()) {
            return new Due(false, "the plan ended on " + p.end().minusDays(1) + "; set a new one with 'backplan"
                    + " plan set'");
        }
        LocalDate weekStart = p.weekStart(week);
        int doneThisWeek = 0;
        boolean doneToday = false;
        for (HistoryEntry e : entries) {
            if (!e.result().completed()) {
                continue;
            }
            LocalDate day = e.result().start().withZoneSameInstant(zone).toLocalDate();
            if (!day.isBefore(weekStart) && day.isBefore(weekStart.plusDays(7))) {
                doneThisWeek++;
            }
            doneToday |= day.equals(today);
        }
        String where = (plan == null ? "this week" : "week " + week + " of " + p.weeks()) + ": " + doneThisWeek
                + " of " + p.perWeek() + " sessions done";
        if (doneToday) {
            return new Due(false, "done today (" + where + ")");
        }
        if (doneThisWeek >= p.perWeek()) {
            return new Due(false, "this week's goal is met (" + where + ")");
        }
        return new Due(true, "a session is due today (" + where + ")");
    }

    /** The answer of {@code backplan due}. */
    public record Due(boolean due, String reason) {}
}
