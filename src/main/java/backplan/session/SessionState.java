package backplan.session;

/**
 * A snapshot of a running session for a view to show; every number is already rounded for display.
 *
 * @param secondsLeft  whole seconds left in the step, rounded up (for a manual set: seconds elapsed)
 * @param stepSeconds  the step's current length, including time added with + and -
 * @param elapsed      whole seconds since the session started, pauses included
 * @param doneSeconds  planned seconds behind us, for the session progress bar
 * @param rep          the current rep (1-based) in a counted set, else 0
 * @param exhale       true in the "back" half of a counted rep
 */
public record SessionState(
        SessionPlan plan,
        int stepIndex,
        int secondsLeft,
        int stepSeconds,
        long elapsed,
        int doneSeconds,
        boolean paused,
        boolean confirmingQuit,
        int rep,
        boolean exhale) {

    public Step step() {
        return plan.steps().get(Math.min(stepIndex, plan.steps().size() - 1));
    }

    public PlannedExercise exercise() {
        return plan.exerciseOf(step());
    }

    public boolean finished() {
        return stepIndex >= plan.steps().size();
    }
}
