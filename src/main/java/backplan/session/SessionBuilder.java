package backplan.session;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Posture;
import backplan.catalog.Prescription;
import backplan.catalog.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Chooses a session's exercises and expands their prescriptions into timed steps. */
public final class SessionBuilder {

    private SessionBuilder() {}

    /**
     * Every category in session order: its picks in the order given (one, or up to two for back and three for
     * glutes), else the category's first exercise.
     */
    public static List<Exercise> byCategory(Catalog catalog, Map<Category, List<Exercise>> picks) {
        return byCategory(catalog, picks, Profile.NONE);
    }

    /** As {@link #byCategory(Catalog, Map)}, a category without picks taking its first exercise that suits. */
    public static List<Exercise> byCategory(Catalog catalog, Map<Category, List<Exercise>> picks, Profile profile) {
        List<Exercise> chosen = new ArrayList<>();
        for (Category c : Category.values()) {
            List<Exercise> pick = picks.get(c);
            if (pick != null && !pick.isEmpty()) {
                chosen.addAll(pick);
            } else {
                profile.defaultPick(catalog.in(c)).ifPresent(chosen::add);
            }
        }
        return chosen;
    }

    /**
     * Expands the chosen exercises into steps: before each exercise a get-ready (timed, or waiting for the person
     * with {@link SessionSettings#waitToStart()}), then its sets with rests and side switches, then a rest that
     * names what comes next. Skipping that rest lands in the next get-ready, never straight in work.
     */
    public static Routine build(Catalog catalog, List<Exercise> chosen, SessionSettings settings) {
        List<RoutineExercise> planned = chosen.stream().map(e -> resolve(e, settings)).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            RoutineExercise p = planned.get(i);
            Side firstSide = p.perSide() ? Side.LEFT : Side.BOTH;
            if (settings.waitToStart()) {
                steps.add(new Step(StepKind.GET_READY, i, 0, firstSide, 0, 0, true));
            } else if (settings.leadIn() > 0) {
                steps.add(new Step(StepKind.GET_READY, i, 0, firstSide, settings.leadIn(), 0, false));
            }
            boolean manual = p.byReps() && settings.repsManual();
            int seconds = manual ? 0 : p.byReps() ? p.reps() * settings.tempo().repSeconds() : p.workSeconds();
            for (int set = 1; set <= p.sets(); set++) {
                if (p.perSide()) {
                    steps.add(new Step(StepKind.WORK, i, set, Side.LEFT, seconds, p.reps(), manual));
                    if (settings.switchPause() > 0) {
                        steps.add(new Step(StepKind.SWITCH, i, set, Side.RIGHT, settings.switchPause(), 0, false));
                    }
                    steps.add(new Step(StepKind.WORK, i, set, Side.RIGHT, seconds, p.reps(), manual));
                } else {
                    steps.add(new Step(StepKind.WORK, i, set, Side.BOTH, seconds, p.reps(), manual));
                }
                if (set < p.sets() && p.restSeconds() > 0) {
                    steps.add(new Step(StepKind.REST, i, set + 1, Side.BOTH, p.restSeconds(), 0, false));
                }
            }
            if (i + 1 < planned.size() && settings.restBetween() > 0) {
                steps.add(new Step(StepKind.NEXT, i + 1, 0, Side.BOTH, settings.restBetween(), 0, false));
            }
        }
        Routine routine = new Routine(catalog.posture(), postureCue(catalog.posture(), settings.postureTurn()),
                planned, steps, settings.tempo());
        return settings.stepWords() == null ? routine : fitWords(routine, settings.stepWords());
    }

    /** A breath between the last word of a get-ready or a switch and the work it leads to. */
    static final int BREATH_AFTER_WORDS = 1;

    /**
     * With the voice on, the session opens with a get-ready (the safety line and the posture cue are said there,
     * however short the lead-in), and each timed get-ready and switch lasts at least as long as its words and a
     * breath: a phrase is written to fit its step, and these two grow where it cannot.
     */
    static Routine fitWords(Routine routine, StepWords words) {
        List<Step> steps = new ArrayList<>(routine.steps());
        if (!steps.isEmpty() && steps.get(0).kind() != StepKind.GET_READY) {
            Step first = steps.get(0);
            Side side = routine.exerciseOf(first).perSide() ? Side.LEFT : Side.BOTH;
            steps.add(0, new Step(StepKind.GET_READY, first.exercise(), 0, side, 0, 0, false));
        }
        // the words of these two steps do not depend on their lengths: they are asked of the routine as it stands
        Routine shape = new Routine(routine.posture(), routine.postureCue(), routine.exercises(), steps,
                routine.tempo());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.manual() || (step.kind() != StepKind.GET_READY && step.kind() != StepKind.SWITCH)) {
                continue;
            }
            int needed = (int) Math.ceil(words.seconds(shape, i)) + BREATH_AFTER_WORDS;
            if (step.seconds() < needed) {
                steps.set(i, step.lengthenedBy(needed - step.seconds()));
            }
        }
        return new Routine(routine.posture(), routine.postureCue(), routine.exercises(), steps, routine.tempo());
    }

    /** The posture cues take turns, one a session; the summary stands in when there are none. */
    private static String postureCue(Posture posture, int turn) {
        List<String> cues = posture.cues();
        return cues.isEmpty() ? posture.summary() : cues.get(Math.floorMod(turn, cues.size()));
    }

    /**
     * Today's numbers for one exercise: its level (the one asked for, else its first), then overrides, then the
     * work lengths for a range (the program's, else the low end). A level beyond the exercise's is refused before this point; here it is clamped.
     */
    static RoutineExercise resolve(Exercise exercise, SessionSettings s) {
        Prescription p = exercise.prescription();
        Level level = null;
        if (!exercise.levels().isEmpty()) {
            int asked = s.levels().getOrDefault(exercise.id(), 1);
            level = exercise.levels().get(Math.max(1, Math.min(asked, exercise.levels().size())) - 1);
            p = level.prescription();
        }
        boolean byReps = p.hasReps() && (s.byReps() || p.timed().isEmpty());
        int sets = s.sets() != null ? s.sets() : p.sets();
        int rest = s.rest() != null ? s.rest() : p.restSeconds();
        int work = 0;
        int reps = 0;
        if (byReps) {
            reps = p.reps();
        } else {
            work = s.work() != null ? s.work() : s.workLengths().secondsFor(exercise, level, p.timed().orElseThrow());
        }
        return new RoutineExercise(exercise, sets, work, reps, p.perSide(), rest, level);
    }
}
