package backplan.session;

/** What was planned and what was done of one exercise in one session. */
public record ExerciseResult(
        String id, String name, String category, int setsPlanned, int setsDone, int workSeconds, int skippedSteps) {

    public boolean completed() {
        return setsDone >= setsPlanned;
    }

    /** Skipped on purpose: steps were skipped and no set was finished. */
    public boolean skipped() {
        return setsDone == 0 && skippedSteps > 0;
    }
}
