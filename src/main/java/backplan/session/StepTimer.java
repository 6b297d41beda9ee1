package backplan.session;

/**
 * The current step's timing: when it began, the time added or taken with + and -, and the time it spent paused.
 * The one place a deadline is computed: begin + planned length + adjustment + paused, never "now plus a second",
 * so waking late never adds up.
 */
final class StepTimer {

    static final long SECOND = 1_000_000_000L;

    private long begin;
    private long adjustment;
    private long paused;

    /** Starts a new step at {@code at}: the previous step's deadline, so no drift creeps in between steps. */
    void restart(long at) {
        begin = at;
        adjustment = 0;
        paused = 0;
    }

    void adjust(long nanos) {
        adjustment += nanos;
    }

    void addPaused(long nanos) {
        paused += nanos;
    }

    /** When the step ends, or {@link Controls#NO_DEADLINE} for a set the person ends with Enter. */
    long deadline(Step step) {
        if (step.manual()) {
            return Controls.NO_DEADLINE;
        }
        return begin + step.seconds() * SECOND + adjustment + paused;
    }

    /** Time spent in the step up to {@code at}, pauses excluded. */
    long activeNanos(long at) {
        return Math.max(0, at - begin - paused);
    }

    /** The step's length in whole seconds as it stands, with + and - counted. */
    int lengthSeconds(Step step) {
        return (int) Math.max(0, step.seconds() + adjustment / SECOND);
    }

    /** Whole seconds left at {@code at}, rounded up; for a manual set, whole seconds spent. */
    int secondsLeft(Step step, long at) {
        if (step.manual()) {
            return (int) (activeNanos(at) / SECOND);
        }
        long remaining = Math.max(0, deadline(step) - at);
        return (int) ((remaining + SECOND - 1) / SECOND);
    }

    /** The next moment the seconds shown change: a whole second before the deadline, or after the step began. */
    long nextWake(Step step, long now) {
        long deadline = deadline(step);
        if (deadline == Controls.NO_DEADLINE) {
            long base = begin + paused;
            return base + ((now - base) / SECOND + 1) * SECOND;
        }
        long left = deadline - now;
        return now + (left - 1) % SECOND + 1;
    }
}
