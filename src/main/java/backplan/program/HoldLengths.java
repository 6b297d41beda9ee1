package backplan.program;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Prescription;
import backplan.catalog.SecondsRange;
import backplan.history.HistoryEntry;
import backplan.session.ExerciseResult;
import backplan.session.Rating;
import backplan.session.WorkLengths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long each hold lasts, earned from the history rather than dated by the calendar, fed one session at a time.
 * Per exercise and level, a hold starts at the low end of its prescription and steps up one length (10 s, or 5 s
 * for short holds: 30 → 40 → 50 → 60, never past the top) after {@value #SESSIONS} counted sessions at its current
 * length that did every set and in which the person rated it neither "hard" nor "hurt" and the pain did not flare
 * ({@link Standing#flared}). A "hard" or a flare starts that count again; a "hurt" steps the hold back one length,
 * even below the low end. Weeks without sessions change nothing, so a missed week never jumps ahead.
 */
public final class HoldLengths implements WorkLengths {

    /** Good sessions at one length that earn the next. */
    public static final int SESSIONS = 3;

    /**
     * One session's say on one exercise.
     *
     * @param counted     the session counts toward the plan and every set of the exercise was done
     * @param flared      the session's pain went up enough to ask about it
     * @param plannedWork seconds of work the session planned for it, or null when not known
     */
    private record Done(Rating rating, boolean counted, boolean flared, Integer plannedWork, int sets) {}

    /** Per exercise id and level, what each session said of it, oldest first. */
    private final Map<String, List<Done>> done = new HashMap<>();
    /** Per exercise id, the rating of the last session that did it (null when not rated). */
    private final Map<String, Rating> lastRating = new HashMap<>();
    /** Per exercise id, the level the last session that did it did it at (absent without levels). */
    private final Map<String, Integer> lastLevel = new HashMap<>();

    /**
     * Where one exercise's hold stands.
     *
     * @param seconds the length of each hold now
     * @param next    the length that comes next, or null at the top
     * @param toNext  good sessions still needed for {@code next}
     * @param low     the low end of the prescription: a hold below it was stepped back after a "hurt"
     */
    public record Hold(int seconds, Integer next, int toNext, int low) {

        /** Whether there is anything to say beyond the length: a range to grow in, or a step back. */
        public boolean growing() {
            return next != null || eased() || seconds > low;
        }

        /** Whether a "hurt" put the hold below its prescription's low end. */
        public boolean eased() {
            return seconds < low;
        }

        /**
         * "40 s holds; 2 more sessions without 'hard' or 'hurt' to 50 s", "60 s holds, the top of its range";
         * for a fixed length that was never stepped back, just "30 s holds".
         */
        public String describe() {
            String now = seconds + " s holds" + (eased() ? " (stepped back after a 'hurt')" : "");
            if (next == null) {
                return now + (seconds > low ? ", the top of its range" : "");
            }
            return now + "; " + toNext + " more " + (toNext == 1 ? "session" : "sessions")
                    + " without 'hard' or 'hurt' to " + next + " s";
        }
    }

    /**
     * One session, in the order of the history.
     *
     * @param before the pain rating before it (see {@link Progress.Tally}), or null
     */
    void add(HistoryEntry e, Integer before) {
        boolean flared = e.painAfter() != null && Standing.flared(before, e.painAfter());
        for (ExerciseResult x : e.result().exercises()) {
            if (x.setsDone() == 0 && x.partialSets() == 0 && x.workSeconds() == 0) {
                continue; // skipped: it says nothing of the hold
            }
            done.computeIfAbsent(key(x.id(), x.level()), k -> new ArrayList<>()).add(new Done(x.rating(),
                    e.counts() && x.completed(), flared, x.plannedWorkSeconds(), x.setsPlanned()));
            lastRating.put(x.id(), x.rating());
            if (x.level() != null) {
                lastLevel.put(x.id(), x.level());
            } else {
                lastLevel.remove(x.id());
            }
        }
    }

    /** Whether any session did the exercise. */
    public boolean done(String id) {
        return lastRating.containsKey(id);
    }

    /** The level the last session that did the exercise did it at, or empty (never done, or no levels). */
    public Optional<Integer> lastLevel(String id) {
        return Optional.ofNullable(lastLevel.get(id));
    }

    /** Whether the last session that did the exercise rated it "hurt". */
    public boolean hurtLastTime(String id) {
        return lastRating.get(id) == Rating.HURT;
    }

    @Override
    public int secondsFor(Exercise exercise, Level level, SecondsRange range) {
        return hold(exercise, level, range).seconds();
    }

    /**
     * Where the exercise's hold stands at {@code level} (null for an exercise without levels), when it is timed;
     * empty for one counted only in reps.
     */
    public Optional<Hold> hold(Exercise exercise, Level level) {
        Prescription p = level != null ? level.prescription() : exercise.prescription();
        return p.timed().map(range -> hold(exercise, level, range));
    }

    /** Where the exercise's hold stands at {@code level} (null for an exercise without levels). */
    public Hold hold(Exercise exercise, Level level, SecondsRange range) {
        Prescription p = level != null ? level.prescription() : exercise.prescription();
        int sides = p.perSide() ? 2 : 1;
        int step = 0;
        int good = 0;
        for (Done d : done.getOrDefault(key(exercise.id(), level == null ? null : level.number()), List.of())) {
            int now = length(range, step);
            if (d.rating() == Rating.HURT) {
                step = Math.max(bottom(range), step - 1);
                good = 0;
            } else if (d.rating() == Rating.HARD || d.flared()) {
                good = 0;
            } else if (d.counted() && atLeast(d, now, sides)) {
                good++;
                if (good >= SESSIONS && step < top(range)) {
                    step++;
                    good = 0;
                }
            }
        }
        int seconds = length(range, step);
        return step < top(range) ? new Hold(seconds, length(range, step + 1), SESSIONS - good, range.min())
                : new Hold(seconds, null, 0, range.min());
    }

    /** Whether the session held each set at least {@code seconds} (a session that does not say is taken at its word). */
    private static boolean atLeast(Done d, int seconds, int sides) {
        return d.plannedWork() == null || d.sets() <= 0 || d.plannedWork() >= (long) seconds * d.sets() * sides;
    }

    private static String key(String id, Integer level) {
        return level == null ? id : id + "@" + level;
    }

    /** The length of one step: 10 s, or 5 s for holds under 20 s or a range that 10 s steps would not meet. */
    static int stepOf(SecondsRange range) {
        return range.min() >= 20 && (range.max() - range.min()) % 10 == 0 ? 10 : 5;
    }

    /** The hold {@code step} steps from the low end: never above the top, never below one step. */
    static int length(SecondsRange range, int step) {
        int s = stepOf(range);
        int seconds = range.min() + step * s;
        return step >= 0 ? Math.min(range.max(), seconds) : Math.max(Math.min(s, range.min()), seconds);
    }

    /** Steps from the low end to the top. */
    private static int top(SecondsRange range) {
        int s = stepOf(range);
        return (range.max() - range.min() + s - 1) / s;
    }

    /** Steps below the low end a "hurt" may go (negative). */
    private static int bottom(SecondsRange range) {
        int s = stepOf(range);
        return -Math.max(0, (range.min() - Math.min(s, range.min())) / s);
    }
}
