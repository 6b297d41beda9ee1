package backplan.session;

/**
 * How to turn prescriptions into steps: the person's overrides and the routine's default pauses. Start from
 * {@link #DEFAULTS} and change what differs: {@code DEFAULTS.withSets(2).withWork(30)}.
 *
 * @param sets        overrides every exercise's sets, or null
 * @param work        overrides the work seconds, or null
 * @param rest        overrides the rest between sets, or null
 * @param leadIn      seconds to get ready before the first exercise
 * @param switchPause seconds to change sides in a per-side set
 * @param restBetween seconds of rest between two exercises
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

    public SessionSettings withSets(Integer value) {
        return new SessionSettings(value, work, rest, leadIn, switchPause, restBetween, level, byReps, repsManual,
                tempo, progression);
    }

    public SessionSettings withWork(Integer value) {
        return new SessionSettings(sets, value, rest, leadIn, switchPause, restBetween, level, byReps, repsManual,
                tempo, progression);
    }

    public SessionSettings withRest(Integer value) {
        return new SessionSettings(sets, work, value, leadIn, switchPause, restBetween, level, byReps, repsManual,
                tempo, progression);
    }

    public SessionSettings withLeadIn(int value) {
        return new SessionSettings(sets, work, rest, value, switchPause, restBetween, level, byReps, repsManual,
                tempo, progression);
    }

    public SessionSettings withSwitchPause(int value) {
        return new SessionSettings(sets, work, rest, leadIn, value, restBetween, level, byReps, repsManual, tempo,
                progression);
    }

    public SessionSettings withRestBetween(int value) {
        return new SessionSettings(sets, work, rest, leadIn, switchPause, value, level, byReps, repsManual, tempo,
                progression);
    }

    public SessionSettings withLevel(int value) {
        return new SessionSettings(sets, work, rest, leadIn, switchPause, restBetween, value, byReps, repsManual,
                tempo, progression);
    }

    public SessionSettings withReps(boolean value) {
        return new SessionSettings(sets, work, rest, leadIn, switchPause, restBetween, level, value, repsManual,
                tempo, progression);
    }

    /** Reps sets that end on Enter; implies {@link #withReps} true. */
    public SessionSettings withRepsManual(boolean value) {
        return new SessionSettings(sets, work, rest, leadIn, switchPause, restBetween, level, byReps || value,
                value, tempo, progression);
    }

    public SessionSettings withTempo(Tempo value) {
        return new SessionSettings(sets, work, rest, leadIn, switchPause, restBetween, level, byReps, repsManual,
                value, progression);
    }

    public SessionSettings withProgression(Progression value) {
        return new SessionSettings(sets, work, rest, leadIn, switchPause, restBetween, level, byReps, repsManual,
                tempo, value);
    }
}
