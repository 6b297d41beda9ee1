package backplan.program;

import java.time.Instant;

/**
 * Where today stands, read once from the plan and the history: the answer {@code due} gives and the progress it
 * was read from. {@code due}, {@code status} and {@code remind} all read this one value, so whatever decides the
 * answer decides theirs.
 *
 * @param due          whether a session is due today, and why (not): never while the plan is paused
 *                     ({@code progress.standing()})
 * @param progress     the plan's weeks as they stand today
 * @param lastRecorded when the latest session recorded ended, or null when none is
 */
public record Today(Schedule.Due due, Progress progress, Instant lastRecorded) {

    /** The plan week of today, when it lies within the plan (else null). */
    public Progress.Week week() {
        int w = progress.currentWeek();
        return w >= 1 && w <= progress.weeks().size() ? progress.weeks().get(w - 1) : null;
    }

    /** A session that counts was done today. */
    public boolean doneToday() {
        Progress.Week week = week();
        if (week == null) {
            return false;
        }
        int i = (int) java.time.temporal.ChronoUnit.DAYS.between(week.start(), progress.today());
        return i >= 0 && i < week.days().size() && week.days().get(i) == Progress.Day.DONE;
    }
}
