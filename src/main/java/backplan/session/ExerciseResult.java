package backplan.session;

/**
 * What was planned and what was done of one exercise in one session.
 *
 * @param plannedWorkSeconds seconds of work the session planned for it (every set and side; 0 for reps timed by the
 *                           person), or null for a session recorded before this was kept
 * @param level              the level it was done at (1-based), or null for an exercise without levels (and for
 *                           sessions recorded before levels were kept)
 */
public record ExerciseResult(
        String id, String name, String category, int setsPlanned, int setsDone, int workSeconds, int skippedSteps,
        Integer plannedWorkSeconds, Integer level) {

    /** An exercise whose planned work and level are not known (as older history lines hold them). */
    public ExerciseResult(
            String id, String name, String category, int setsPlanned, int setsDone, int workSeconds, int skippedSteps) {
        this(id, name, category, setsPlanned, setsDone, workSeconds, skippedSteps, null, null);
    }

    public boolean completed() {
        return setsDone >= setsPlanned;
    }

    /** Skipped on purpose: steps were skipped and no set was finished. */
    public boolean skipped() {
        return setsDone == 0 && skippedSteps > 0;
    }
}
