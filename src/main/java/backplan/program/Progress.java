package backplan.program;

import backplan.catalog.Category;
import backplan.history.HistoryEntry;
import backplan.history.SaneValues;
import backplan.history.Verdict;
import backplan.session.ExerciseResult;
import backplan.session.Rating;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Where the person stands against the plan, computed from the history: sessions per week against the goal, a mark
 * per day, the streak of weeks that met the goal, active time per category, the levels done and the pain trend.
 * Only sessions that count toward the plan ({@link Verdict}) fill a week or a streak; the others are marked.
 *
 * @param plan        the plan, or a stand-in (3 a week, weeks from Monday) when none is set
 * @param planned     whether {@code plan} is the user's own
 * @param currentWeek the plan week that contains today (may lie outside 1..weeks)
 * @param pain        pain ratings after sessions, oldest first
 * @param completed   sessions that ran to their end (counted or not)
 * @param counted     sessions that count toward the plan (at most one a day)
 * @param levels      per exercise name (in the order first seen), the sessions done at each level
 * @param ratings     per exercise name (in the order first rated), how often it was rated easy, fine, hard, hurt
 * @param painAlert   why the ratings call for a pause (see {@link PainTrend}), or null
 * @param standing    whether the plan may go on, with what the person reported ({@link Standing})
 * @param holds       per exercise, where its hold stands and what earns the next length; empty when not known
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
        int completed,
        int counted,
        Map<String, SortedMap<Integer, Integer>> levels,
        Map<String, Map<Rating, Integer>> ratings,
        String painAlert,
        Standing standing,
        List<String> holds) {

    /** Whether the person's own plan has run all its weeks by today. */
    public boolean ended() {
        return planned && plan.endedBy(today);
    }

    /** The same, with where the plan stands with the person's back. */
    public Progress with(Standing value) {
        return new Progress(plan, planned, today, currentWeek, weeks, streak, activeSecondsByCategory, pain, sessions,
                completed, counted, levels, ratings, painAlert, value, holds);
    }

    /** The same, with a line per exercise on its hold ("Bird Dog: 30 s holds; 3 more sessions ..."). */
    public Progress withHolds(List<String> lines) {
        return new Progress(plan, planned, today, currentWeek, weeks, streak, activeSecondsByCategory, pain, sessions,
                completed, counted, levels, ratings, painAlert, standing, List.copyOf(lines));
    }

    /** A mark for one day of the calendar. */
    public enum Day {
        /** A session that counts toward the plan. */
        DONE,
        /** Only sessions that do not count. */
        PARTIAL,
        NONE,
        FUTURE
    }

    /**
     * One plan week.
     *
     * @param done    sessions in the week that count toward the plan
     * @param partial sessions recorded in the week that do not count
     */
    public record Week(int number, LocalDate start, int done, int partial, int goal, List<Day> days) {

        public boolean metGoal() {
            return done >= goal;
        }
    }

    /**
     * The history boiled down to days, fed one entry at a time so a long history is never held in memory: per day
     * the sessions that count and those that do not, and the seconds of work per category; the pain ratings in
     * order, the pain trend and how each exercise's Level I sessions went.
     *
     * <p>Where a rule compares the pain after a session with the pain before it, "before" is the rating given
     * before that session ({@code --pain-before}), else the rating after the session before it: the last word on
     * how the back was as this session began.
     */
    public static final class Tally implements Consumer<HistoryEntry> {

        private static final List<String> CATEGORIES = Category.keys();

        /**
         * One day's sessions.
         *
         * @param workSeconds seconds of work per category, in the order of {@link Category#keys()}; long, since a
         *                    day may hold any number of sessions
         */
        @SuppressWarnings("ArrayRecordComponent") // a private tally, never compared or hashed
        private record DayTally(int counted, int partial, long[] workSeconds) {

            static DayTally of(HistoryEntry e) {
                long[] work = new long[CATEGORIES.size()];
                for (ExerciseResult x : e.result().exercises()) {
                    int c = CATEGORIES.indexOf(x.category());
                    if (c >= 0) {
                        work[c] += x.workSeconds();
                    }
                }
                boolean counts = e.counts();
                return new DayTally(counts ? 1 : 0, counts ? 0 : 1, work);
            }

            DayTally plus(DayTally o) {
                long[] work = workSeconds.clone();
                for (int c = 0; c < work.length; c++) {
                    work[c] += o.workSeconds[c];
                }
                return new DayTally(counted + o.counted, partial + o.partial, work);
            }
        }

        private final Map<LocalDate, DayTally> days = new HashMap<>();
        private final List<Integer> pain = new ArrayList<>();
        private final PainTrend painTrend = new PainTrend();
        private final LevelReadiness readiness = new LevelReadiness();
        private final HoldLengths holds = new HoldLengths();
        private final Map<String, Map<Rating, Integer>> ratings = new LinkedHashMap<>();
        private final Map<String, SortedMap<Integer, Integer>> levels = new LinkedHashMap<>();
        private Integer lastRating;
        private Standing.Flare lastFlare;
        private java.time.ZonedDateTime lastRated;
        private java.time.ZonedDateTime lastRise;
        private int sessions;
        private int completed;

        @Override
        public void accept(HistoryEntry e) {
            LocalDate day = e.day(); // the date where it was done, whatever the zone it is read in
            days.merge(day, DayTally.of(e), DayTally::plus);
            sessions++;
            completed += e.result().completed() ? 1 : 0;
            if (e.painAfter() != null) {
                pain.add(e.painAfter());
            }
            Integer before = e.painBefore() != null ? e.painBefore() : lastRating;
            painTrend.add(day, before, e.painAfter());
            readiness.add(e, before);
            holds.add(e, before);
            if (e.painAfter() != null) {
                lastRating = e.painAfter();
                if (lastRated == null || !e.result().end().isBefore(lastRated)) {
                    lastRated = e.result().end();
                    if (before != null && e.painAfter() > before) {
                        lastRise = e.result().end();
                    }
                    lastFlare = Standing.flared(before, e.painAfter())
                            ? new Standing.Flare(e.result().start(), e.result().end(), before, e.painAfter())
                            : null;
                }
            }
            for (ExerciseResult x : e.result().exercises()) {
                if (x.level() != null && x.setOrSideDone()) {
                    levels.computeIfAbsent(x.name(), k -> new TreeMap<>()).merge(x.level(), 1, Integer::sum);
                }
                if (x.rating() != null) {
                    ratings.computeIfAbsent(x.name(), k -> new EnumMap<>(Rating.class)).merge(x.rating(), 1,
                            Integer::sum);
                }
            }
        }

        /** How long each hold lasts now, as the sessions so far earned it (see {@link HoldLengths}). */
        public HoldLengths holds() {
            return holds;
        }

        /** Whether a session that counts toward the plan was done on the day. */
        public boolean countedOn(LocalDate day) {
            DayTally d = days.get(day);
            return d != null && d.counted() > 0;
        }

        /** The last rated session, when its pain went up enough to ask about it before the next one; else null. */
        public Standing.Flare lastFlare() {
            return lastFlare;
        }

        /** When the last session whose pain after was higher than before it ended, or null. */
        public java.time.ZonedDateTime lastRise() {
            return lastRise;
        }

        /** When the last session with a rating after it ended, or null. */
        public java.time.ZonedDateTime lastRated() {
            return lastRated;
        }

        /** Why the pain ratings call for a pause on {@code today}, or empty (see {@link PainTrend}). */
        public Optional<String> painAlert(Plan plan, LocalDate today) {
            return painTrend.alert(plan, today);
        }

        /**
         * Whether the exercise has gone well at Level I three sessions running (see {@link LevelReadiness}); never
         * while the pain ratings call for a pause.
         */
        public boolean readyForNextLevel(String id, Plan plan, LocalDate today) {
            return readiness.ready(id) && painAlert(plan, today).isEmpty();
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
                        done += d.counted() > 0 ? 1 : 0; // at most one a day counts
                        partial += d.partial() + Math.max(0, d.counted() - 1);
                        for (int c = 0; c < CATEGORIES.size(); c++) {
                            active.merge(CATEGORIES.get(c), d.workSeconds()[c], Long::sum);
                        }
                    }
                    marks.add(date.isAfter(today) ? Day.FUTURE
                            : d == null ? Day.NONE : d.counted() > 0 ? Day.DONE : Day.PARTIAL);
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
            Map<String, SortedMap<Integer, Integer>> levelCopy = new LinkedHashMap<>();
            levels.forEach((name, byLevel) -> levelCopy.put(name, Collections.unmodifiableSortedMap(
                    new TreeMap<>(byLevel))));
            int counted = (int) days.values().stream().filter(d -> d.counted() > 0).count();
            Map<String, Map<Rating, Integer>> ratingCopy = new LinkedHashMap<>();
            ratings.forEach((name, byRating) -> ratingCopy.put(name, Collections.unmodifiableMap(
                    new EnumMap<>(byRating))));
            return new Progress(plan, planned, today, current, weeks, streak, active, List.copyOf(pain), sessions,
                    completed, counted, Collections.unmodifiableMap(levelCopy),
                    Collections.unmodifiableMap(ratingCopy), painAlert(planned ? plan : null, today).orElse(null),
                    Standing.READY, List.of());
        }
    }

    /** Computes progress from entries already in memory. */
    public static Progress of(Plan plan, List<HistoryEntry> entries, LocalDate today) {
        Tally tally = new Tally();
        entries.forEach(tally);
        return tally.against(plan, today);
    }
}
