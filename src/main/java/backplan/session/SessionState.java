package backplan.session;

import java.util.Map;

/**
 * A snapshot of a running session for a view to show; every number is already rounded for display.
 *
 * @param countdown   the step's seconds left and its current length
 * @param elapsed     whole seconds since the session started, pauses included
 * @param totals      seconds behind and ahead of us in the session, for its progress bar
 * @param status      running, paused, or paused while asking whether to quit
 * @param pace        where a paced rep stands, or {@link RepPace#NONE}
 */
public record SessionState(
        Routine routine, int stepIndex, Countdown countdown, long elapsed, Totals totals, Status status,
        RepPace pace, Map<Integer, Rating> ratings) {

    public SessionState {
        ratings = Map.copyOf(ratings);
    }

    /** A state before any exercise was rated. */
    public SessionState(Routine routine, int stepIndex, Countdown countdown, long elapsed, Totals totals,
            Status status, RepPace pace) {
        this(routine, stepIndex, countdown, elapsed, totals, status, pace, Map.of());
    }

    /**
     * The exercise a rating key is about now (by index): the one under way, or, between exercises and while the
     * next one gets ready, the one just done; -1 before the first one's work.
     */
    public int ratedExercise() {
        if (stepIndex >= routine.steps().size()) {
            return routine.exercises().size() - 1;
        }
        Step step = routine.steps().get(stepIndex);
        return step.kind() == StepKind.NEXT || step.kind() == StepKind.GET_READY ? step.exercise() - 1
                : step.exercise();
    }

    /** How the person said an exercise (by index) went, or null. */
    public Rating ratingOf(int exercise) {
        return ratings.get(exercise);
    }

    /** Whether the session is running, paused, or paused with the quit question on screen. */
    public enum Status {
        RUNNING,
        PAUSED,
        ASKING_TO_QUIT
    }

    /**
     * The step's countdown.
     *
     * @param secondsLeft whole seconds left in the step, rounded up (for a manual set: seconds elapsed)
     * @param stepSeconds the step's current length, including time added with + and -
     */
    public record Countdown(int secondsLeft, int stepSeconds) {}

    /**
     * The session's seconds: behind us and still to go, following every + and - so they always add up.
     *
     * @param doneSeconds planned seconds behind us, the current step's elapsed part included
     * @param leftSeconds seconds still to go: what is left of this step and every step after it
     */
    public record Totals(int doneSeconds, int leftSeconds) {}

    /**
     * Where a paced rep stands.
     *
     * @param rep    the current rep (1-based) in a counted set, else 0
     * @param exhale true in the "back" half of the rep, when the person breathes out
     */
    public record RepPace(int rep, boolean exhale) {

        public static final RepPace NONE = new RepPace(0, false);
    }

    public Step step() {
        return routine.steps().get(Math.min(stepIndex, routine.steps().size() - 1));
    }

    public RoutineExercise exercise() {
        return routine.exerciseOf(step());
    }

    public boolean finished() {
        return stepIndex >= routine.steps().size();
    }

    public int doneSeconds() {
        return totals.doneSeconds();
    }

    public int leftSeconds() {
        return totals.leftSeconds();
    }

    public int secondsLeft() {
        return countdown.secondsLeft();
    }

    public int stepSeconds() {
        return countdown.stepSeconds();
    }

    /** True while paused, including while the quit question waits for an answer. */
    public boolean paused() {
        return status != Status.RUNNING;
    }

    public boolean confirmingQuit() {
        return status == Status.ASKING_TO_QUIT;
    }

    public int rep() {
        return pace.rep();
    }

    public boolean exhale() {
        return pace.exhale();
    }
}
