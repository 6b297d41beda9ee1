package backplan.session;

/**
 * How to turn prescriptions into steps: the person's overrides and the routine's default pauses.
 *
 * @param sets        overrides every exercise's sets, or null
 * @param work        overrides the work seconds, or null
 * @param rest        overrides the rest between sets, or null
 * @param level       1-based level for exercises that have levels, 0 for their own prescription
 * @param byReps      prefer the reps form where an exercise offers both
 * @param repsManual  reps sets end on Enter instead of being paced
 */
public record SessionSettings(
        Integer sets,
        Integer work,
        Integer rest,
        int leadIn,
        int switchPause,
        int restBetween,
        int level,
        boolean byReps,
        boolean repsManual,
        Tempo tempo,
        Progression progression) {

    public static final SessionSettings DEFAULTS =
            new SessionSettings(null, null, null, 5, 5, 30, 0, false, false, Tempo.DEFAULT, Progression.NONE);
}
