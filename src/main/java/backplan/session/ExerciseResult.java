package backplan.session;

/**
 * What was planned and what was done of one exercise in one session.
 *
 * @param plannedWorkSeconds seconds of work the session planned for it (every set and side; 0 for reps timed by the
 *                           person), or null for a session recorded before this was kept
 * @param level              the level it was done at (1-based), or null for an exercise without levels (and for
 *                           sessions recorded before levels were kept)
 * @param partialSets        per-side sets with one side done and the other skipped or stopped
 * @param rating             how it went, as the person said right after it, or null when not said
 */
public record ExerciseResult(
        String id, String name, String category, int setsPlanned, int setsDone, int workSeconds, int skippedSteps,
        Integer plannedWorkSeconds, Integer level, int partialSets, Rating rating) {

    /** An exercise without a rating or a half-done set. */
    public ExerciseResult(String id, String name, String category, int setsPlanned, int setsDone, int workSeconds,
            int skippedSteps, Integer plannedWorkSeconds, Integer level) {
        this(id, name, category, setsPlanned, setsDone, workSeconds, skippedSteps, plannedWorkSeconds, level, 0, null);
    }

    /** An exercise whose planned work and level are not known (as older history lines hold them). */
    public ExerciseResult(
            String id, String name, String category, int setsPlanned, int setsDone, int workSeconds, int skippedSteps) {
        this(id, name, category, setsPlanned, setsDone, workSeconds, skippedSteps, null, null);
    }

    public boolean completed() {
        return setsDone >= setsPlanned;
    }

    /** Skipped on purpose: steps were skipped and nothing of it was done, not even one side of a set. */
    public boolean skipped() {
        return !setOrSideDone() && skippedSteps > 0;
    }

    /** Something of it was done: a set, a side of one, or some seconds of work (a hold stopped in the middle). */
    public boolean reached() {
        return setsDone > 0 || partialSets > 0 || workSeconds > 0;
    }

    /** A set of it was done, or a side of one: what a level is said to be done in. */
    public boolean setOrSideDone() {
        return setsDone > 0 || partialSets > 0;
    }

    /** Some of it was done, but not every set: a set or a side. */
    public boolean partlyDone() {
        return !completed() && setOrSideDone();
    }

    /** The same exercise with how it went. */
    public ExerciseResult rated(Rating value) {
        return new ExerciseResult(id, name, category, setsPlanned, setsDone, workSeconds, skippedSteps,
                plannedWorkSeconds, level, partialSets, value);
    }
}
