package backplan.session;

import backplan.catalog.Exercise;

/**
 * An exercise with its prescription resolved for today: how many sets, how long (or how many reps), which level.
 *
 * @param workSeconds seconds of work per set and side, 0 for a reps prescription
 * @param reps        reps per set and side, 0 for a timed prescription
 * @param level       the chosen level's name, or null
 */
public record PlannedExercise(
        Exercise exercise, int sets, int workSeconds, int reps, boolean perSide, int restSeconds, String level) {

    public boolean byReps() {
        return reps > 0;
    }

    /** {@code 3 × 45 s}, {@code 1 × 30 s / side}, {@code 3 × 10 reps}. */
    public String format() {
        String each = byReps() ? reps + " reps" : backplan.catalog.Seconds.format(workSeconds);
        return sets + " × " + each + (perSide ? " / side" : "");
    }
}
