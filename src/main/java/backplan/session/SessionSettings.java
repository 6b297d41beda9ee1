package backplan.session;

import java.util.Map;

/**
 * How to turn prescriptions into steps: the person's overrides and the routine's pauses. Immutable; start from
 * {@link #DEFAULTS} and change what differs: {@code DEFAULTS.withSets(2).withWork(30)}.
 */
public final class SessionSettings {

    public static final SessionSettings DEFAULTS = new SessionSettings();

    private Integer sets;
    private Integer work;
    private Integer rest;
    private int leadIn = 10;
    private boolean waitToStart;
    private int switchPause = 5;
    private int restBetween = 30;
    private Map<String, Integer> levels = Map.of();
    private boolean byReps;
    private boolean repsManual;
    private Tempo tempo = Tempo.DEFAULT;
    private WorkLengths workLengths = WorkLengths.LOW_END;
    private int postureTurn;
    private StepWords stepWords;

    private SessionSettings() {}

    private SessionSettings copy() {
        SessionSettings c = new SessionSettings();
        c.sets = sets;
        c.work = work;
        c.rest = rest;
        c.leadIn = leadIn;
        c.waitToStart = waitToStart;
        c.switchPause = switchPause;
        c.restBetween = restBetween;
        c.levels = levels;
        c.byReps = byReps;
        c.repsManual = repsManual;
        c.tempo = tempo;
        c.workLengths = workLengths;
        c.postureTurn = postureTurn;
        c.stepWords = stepWords;
        return c;
    }

    /** Sets for every exercise, or null for each one's prescription. */
    public Integer sets() {
        return sets;
    }

    /** Work seconds per set for every timed exercise, or null for each one's prescription. */
    public Integer work() {
        return work;
    }

    /** Rest between sets, or null for each one's prescription. */
    public Integer rest() {
        return rest;
    }

    /** Seconds to get into position before each exercise. */
    public int leadIn() {
        return leadIn;
    }

    /** Before each exercise, wait for the person (space or Enter) instead of a timed get-ready. */
    public boolean waitToStart() {
        return waitToStart;
    }

    /** Seconds to change sides in a per-side set. */
    public int switchPause() {
        return switchPause;
    }

    /** Seconds of rest between two exercises. */
    public int restBetween() {
        return restBetween;
    }

    /** The 1-based level by exercise id; an exercise with levels not named here starts at its first. */
    public Map<String, Integer> levels() {
        return levels;
    }

    /** Prefer the reps form where an exercise offers both. */
    public boolean byReps() {
        return byReps;
    }

    /** Reps sets end on Enter instead of being paced. */
    public boolean repsManual() {
        return repsManual;
    }

    public Tempo tempo() {
        return tempo;
    }

    /** How long a range prescription's sets last. */
    public WorkLengths workLengths() {
        return workLengths;
    }

    /** Which of the posture cues this session shows (they take turns, one a session). */
    public int postureTurn() {
        return postureTurn;
    }

    /** The spoken words' lengths, when the voice is on: get-readies and switches grow to fit them; else null. */
    public StepWords stepWords() {
        return stepWords;
    }

    public SessionSettings withSets(Integer value) {
        SessionSettings c = copy();
        c.sets = value;
        return c;
    }

    public SessionSettings withWork(Integer value) {
        SessionSettings c = copy();
        c.work = value;
        return c;
    }

    public SessionSettings withRest(Integer value) {
        SessionSettings c = copy();
        c.rest = value;
        return c;
    }

    public SessionSettings withLeadIn(int value) {
        SessionSettings c = copy();
        c.leadIn = value;
        return c;
    }

    public SessionSettings withWaitToStart(boolean value) {
        SessionSettings c = copy();
        c.waitToStart = value;
        return c;
    }

    public SessionSettings withSwitchPause(int value) {
        SessionSettings c = copy();
        c.switchPause = value;
        return c;
    }

    public SessionSettings withRestBetween(int value) {
        SessionSettings c = copy();
        c.restBetween = value;
        return c;
    }

    public SessionSettings withLevels(Map<String, Integer> value) {
        SessionSettings c = copy();
        c.levels = Map.copyOf(value);
        return c;
    }

    public SessionSettings withReps(boolean value) {
        SessionSettings c = copy();
        c.byReps = value;
        return c;
    }

    /** Reps sets that end on Enter; implies {@link #withReps} true. */
    public SessionSettings withRepsManual(boolean value) {
        SessionSettings c = copy();
        c.repsManual = value;
        c.byReps |= value;
        return c;
    }

    public SessionSettings withTempo(Tempo value) {
        SessionSettings c = copy();
        c.tempo = value;
        return c;
    }

    public SessionSettings withWorkLengths(WorkLengths value) {
        SessionSettings c = copy();
        c.workLengths = value;
        return c;
    }

    /** Get-readies and switches long enough for the words said as they start (null: no voice, no growing). */
    public SessionSettings withStepWords(StepWords value) {
        SessionSettings c = copy();
        c.stepWords = value;
        return c;
    }

    public SessionSettings withPostureTurn(int value) {
        SessionSettings c = copy();
        c.postureTurn = value;
        return c;
    }
}
