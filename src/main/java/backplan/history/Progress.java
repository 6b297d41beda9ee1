package backplan.history;

import backplan.catalog.Category;
import backplan.session.ExerciseResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        Map<String, Long> activeSecondsByCategory,
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

    /**
     * The history boiled down to days, fed one entry at a time so a long history is never held in memory: per day
     * the sessions completed and stopped early and the seconds of work per category; the pain ratings in order.
     */
    public static final class Tally implements Consumer<HistoryEntry> {

        private static final List<String> CATEGORIES = Category.keys();

        /**
         * One day's sessions.
         *
         * @param workSeconds seconds of work per category, in the order of {@link Category#keys()}; long, since a
         *                    day may hold any number of sessions
         */
        private record DayTally(int completed, int partial, long[] workSeconds) {

            static DayTally of(HistoryEntry e) {
                long[] work = new long[CATEGORIES.size()];
                for (ExerciseResult x : e.result().exercises()) {
                    int c = CATEGORIES.indexOf(x.category());
                    if (c >= 0) {
                        work[c] += x.workSeconds();
                    }
                }
                boolean complete = e.result().completed();
                return new DayTally(complete ? 1 : 0, complete ? 0 : 1, work);
            }

            DayTally plus(DayTally o) {
                long[] work = workSeconds.clone();
                for (int c = 0; c < work.length; c++) {
                    work[c] += o.workSeconds[c];
                }
                return new DayTally(completed + o.completed, partial + o.partial, work);
            }
        }

        private final ZoneId zone;
        private final Map<LocalDate, DayTally> days = new HashMap<>();
        private final List<Integer> pain = new ArrayList<>();
        private int sessions;
        private int completed;

        /** @param zone the user's time zone: a session belongs to the day it started on, there */
        public Tally(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public void accept(HistoryEntry e) {
            LocalDate day = e.result().start().withZoneSameInstant(zone).toLocalDate();
            days.merge(day, DayTally.of(e), DayTally::plus);
            sessions++;
            completed += e.result().completed() ? 1 : 0;
            if (e.painAfter() != null) {
                pain.add(e.painAfter());
            }
        }

        int completedOn(LocalDate day) {
            DayTally d = days.get(day);
            return d == null ? 0 : d.completed();
        }

        /**
         * Where things stand on {@code today} against {@code plan} (or the stand-in when it is null). The weeks
         * shown run from the plan's start, or from the first session's Monday; the history's dates lie within
         * {@link SaneValues}, so however a file was edited this walks a bounded number of days.
         */
        public Progress against(Plan plan, LocalDate today) {
            boolean planned = plan != null;
            if (plan == null) {
                LocalDate first = days.keySet().stream().min(LocalDate::compareTo).orElse(today);
                // A session dated after today (an edited file, a clock set wrong) starts no calendar in the future.
                LocalDate monday = (first.isAfter(today) ? today : first)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                int weeks = Math.max(1, new Plan(monday, Plan.DEFAULT_PER_WEEK, 1, Map.of()).weekOf(today));
                plan = new Plan(monday, Plan.DEFAULT_PER_WEEK, weeks, Map.of());
            }
            Map<String, Long> active = new LinkedHashMap<>();
            CATEGORIES.forEach(c -> active.put(c, 0L));
            List<Week> weeks = new ArrayList<>();
            for (int w = 1; w <= plan.weeks(); w++) {
                LocalDate start = plan.weekStart(w);
                List<Day> marks = new ArrayList<>();
                int done = 0;
                int partial = 0;
                for (int i = 0; i < 7; i++) {
                    LocalDate date = start.plusDays(i);
                    DayTally d = days.get(date);
                    if (d != null) {
                        done += d.completed();
                        partial += d.partial();
                        for (int c = 0; c < CATEGORIES.size(); c++) {
                            active.merge(CATEGORIES.get(c), d.workSeconds()[c], Long::sum);
                        }
                    }
                    marks.add(date.isAfter(today) ? Day.FUTURE
                            : d == null ? Day.NONE : d.completed() > 0 ? Day.DONE : Day.PARTIAL);
                }
                weeks.add(new Week(w, start, done, partial, plan.perWeek(), marks));
            }
            int current = plan.weekOf(today);
            int streak = 0;
            int from = Math.min(current, plan.weeks());
            if (from >= 1 && !weeks.get(from - 1).metGoal()) {
                from--; // the week in progress has not failed yet
            }
            for (int w = from; w >= 1 && weeks.get(w - 1).metGoal(); w--) {
                streak++;
            }
            return new Progress(plan, planned, today, current, weeks, streak, active, List.copyOf(pain), sessions,
                    completed);
        }
    }

    /** Computes progress from entries already in memory. */
    static Progress of(Plan plan, List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        Tally tally = new Tally(zone);
        entries.forEach(tally);
        return tally.against(plan, today);
    }

    static Due due(Plan plan, List<HistoryEntry> entries, LocalDate today, ZoneId zone) {
        Tally tally = new Tally(zone);
        entries.forEach(tally);
        return due(plan, tally, today);
    }

    /**
     * Whether a session is due today: the plan is running, this week still needs a session, and none was
     * completed today. Without a plan: 3 sessions per calendar week (Monday to Sunday).
     */
    public static Due due(Plan plan, Tally tally, LocalDate today) {
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
        for (int i = 0; i < 7; i++) {
            doneThisWeek += tally.completedOn(weekStart.plusDays(i));
        }
        String where = (plan == null ? "this week" : "week " + week + " of " + p.weeks()) + ": " + doneThisWeek
                + " of " + p.perWeek() + " sessions done";
        if (tally.completedOn(today) > 0) {
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
