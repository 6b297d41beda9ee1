package backplan.session;

/**
 * One timed stretch of a session.
 *
 * @param exercise    index into the routine's exercises; for {@link StepKind#NEXT} the exercise that comes next
 * @param set         1-based set number, 0 for steps outside any set
 * @param seconds     planned length, {@code lengthened} included; 0 for a reps set the user ends with Enter
 * @param reps        reps to count in a work step, else 0
 * @param lengthened  seconds added to a get-ready or a switch so the words said as it starts fit in it, else 0
 */
public record Step(StepKind kind, int exercise, int set, Side side, int seconds, int reps, boolean manual,
        int lengthened) {

    public Step(StepKind kind, int exercise, int set, Side side, int seconds, int reps, boolean manual) {
        this(kind, exercise, set, side, seconds, reps, manual, 0);
    }

    public boolean isWork() {
        return kind == StepKind.WORK;
    }

    /** This step made {@code by} seconds longer, and remembering by how much. */
    public Step lengthenedBy(int by) {
        return new Step(kind, exercise, set, side, seconds + by, reps, manual, lengthened + by);
    }
}
