package backplan.program;

/** Counts said against a goal, never past it: "2 of 3", "3 of 3", "3 of 3, and one extra". */
public final class Counts {

    private Counts() {}

    /**
     * {@code 2 of 3 sessions}, {@code 3 of 3 sessions, and one extra}.
     *
     * @param noun the thing counted, singular ("session"); the goal says whether it takes an s
     */
    public static String ofGoal(int done, int goal, String noun) {
        String counted = Math.min(done, goal) + " of " + goal + " " + noun + (goal == 1 ? "" : "s");
        int extra = done - goal;
        return extra <= 0 ? counted : counted + ", and " + (extra == 1 ? "one extra" : extra + " extra");
    }

    /** {@code 2 of 3}, {@code 3 of 3, and one extra}: the same without a noun. */
    public static String ofGoal(int done, int goal) {
        String counted = Math.min(done, goal) + " of " + goal;
        int extra = done - goal;
        return extra <= 0 ? counted : counted + ", and " + (extra == 1 ? "one extra" : extra + " extra");
    }
}
