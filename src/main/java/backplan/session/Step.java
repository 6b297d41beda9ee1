package backplan.session;

/**
 * One timed stretch of a session.
 *
 * @param exercise index into the routine's exercises; for {@link StepKind#NEXT} the exercise that comes next
 * @param set      1-based set number, 0 for steps outside any set
 * @param seconds  planned length; 0 for a reps set the user ends with Enter
 * @param reps     reps to count in a work step, else 0
 */
public record Step(StepKind kind, int exercise, int set, Side side, int seconds, int reps, boolean manual) {

    public boolean isWork() {
        return kind == StepKind.WORK;
    }
}
