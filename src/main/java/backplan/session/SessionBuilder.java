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
        return new Routine(catalog.posture(), postureCue(catalog.posture(), settings.postureTurn()), planned,
                steps, settings.tempo());
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
            work = s.work() != null ? s.work() : s.workLengths().secondsFor(exercise, p.timed().orElseThrow());
        }
        return new RoutineExercise(exercise, sets, work, reps, p.perSide(), rest, level);
    }
}
