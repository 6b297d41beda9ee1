package backplan.session;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Seconds;

/**
 * An exercise with its prescription resolved for today: how many sets, how long (or how many reps), which level.
 *
 * @param workSeconds seconds of work per set and side, 0 for a reps prescription
 * @param reps        reps per set and side, 0 for a timed prescription
 * @param level       the level done today, or null for an exercise without levels
 */
public record RoutineExercise(
        Exercise exercise, int sets, int workSeconds, int reps, boolean perSide, int restSeconds, Level level) {

    public boolean byReps() {
        return reps > 0;
    }

    /** {@code 3 × 45 s}, {@code 1 × 30 s / side}, {@code 3 × 10 reps}. */
    public String format() {
        String each = byReps() ? reps + " reps" : Seconds.format(workSeconds);
        return sets + " × " + each + (perSide ? " / side" : "");
    }

    /** The level's name, or null. */
    public String levelName() {
        return level == null ? null : level.name();
    }

    /** "Level I: feet down on the floor.", or null for an exercise without levels. */
    public String levelLine() {
        if (level == null) {
            return null;
        }
        String description = level.description();
        return description == null || description.isBlank() ? level.name() : level.name() + ": " + description;
    }

    /**
     * What a side means for this exercise: "lying on your left side", "left ankle crossed on top"; the plain
     * "left side" where the catalog does not say; empty for {@link Side#BOTH}.
     */
    public String sideLabel(Side side) {
        if (side == Side.BOTH) {
            return "";
        }
        return exercise.sidesNote().map(s -> side == Side.LEFT ? s.left() : s.right()).orElse(side.label());
    }

    /** What to change at the switch between sides: "cross the other leg on top", else "change to the right side". */
    public String switchCue() {
        return exercise.sidesNote().map(s -> s.change()).orElse("change to the " + Side.RIGHT.label());
    }
}
