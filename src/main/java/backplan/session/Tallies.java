package backplan.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was done of each exercise: finished sets, time worked and skipped steps. A set counts only when all its
 * work ran to the end; for a per-side set that means both sides.
 */
final class Tallies {

    private final int[] setsDone;
    private final long[] workNanos;
    private final int[] skippedSteps;
    private final int[] partialSets;
    private final Rating[] ratings;
    /** The set under way lost a side to a skip or a stop. */
    private boolean setBroken;
    /** The set under way had a side worked to its end. */
    private boolean sideDone;

    Tallies(int exercises) {
        setsDone = new int[exercises];
        workNanos = new long[exercises];
        skippedSteps = new int[exercises];
        partialSets = new int[exercises];
        ratings = new Rating[exercises];
    }

    /** How an exercise (by index) went; a later rating of it replaces an earlier one. */
    void rate(int exercise, Rating rating) {
        ratings[exercise] = rating;
    }

    /** Every rating given so far, by exercise index. */
    Map<Integer, Rating> ratings() {
        Map<Integer, Rating> out = new HashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] != null) {
                out.put(i, ratings[i]);
            }
        }
        return out;
    }

    /** The step ran to its end. */
    void finished(Step step, long activeNanos) {
        if (step.isWork()) {
            work(step, activeNanos, false);
            completeSetIfLast(step);
        }
    }

    /** The person skipped the step. */
    void skipped(Step step, long activeNanos) {
        skippedSteps[step.exercise()]++;
        if (step.isWork()) {
            work(step, activeNanos, true);
        }
    }

    /** The session stopped in the middle of the step: its time counts, its set does not. */
    void stopped(Step step, long activeNanos) {
        if (step.isWork()) {
            work(step, activeNanos, true);
        }
    }

    private void work(Step step, long activeNanos, boolean cut) {
        if (step.side() != Side.RIGHT) {
            setBroken = false; // a new set begins
            sideDone = false;
        }
        workNanos[step.exercise()] += activeNanos;
        setBroken |= cut;
        if (step.side() == Side.LEFT) {
            sideDone = !cut;
        } else if (step.side() == Side.RIGHT && cut && sideDone) {
            partialSets[step.exercise()]++; // the first side was done, the second was not
        }
    }

    private void completeSetIfLast(Step step) {
        if (step.side() != Side.LEFT && !setBroken) {
            setsDone[step.exercise()]++;
        } else if (step.side() == Side.RIGHT && setBroken && !sideDone) {
            partialSets[step.exercise()]++; // the first side was cut short, the second was done
        }
    }

    List<ExerciseResult> results(Routine routine) {
        int[] plannedWork = new int[routine.exercises().size()];
        for (Step step : routine.steps()) {
            if (step.isWork()) {
                plannedWork[step.exercise()] += step.seconds(); // as built: a +/- during the session changes nothing planned
            }
        }
        List<ExerciseResult> out = new ArrayList<>();
        for (int i = 0; i < routine.exercises().size(); i++) {
            RoutineExercise p = routine.exercises().get(i);
            out.add(new ExerciseResult(p.exercise().id(), p.exercise().name(), p.exercise().category().key(),
                    p.sets(), setsDone[i], (int) Math.round(workNanos[i] / 1e9), skippedSteps[i], plannedWork[i],
                    p.level() == null ? null : p.level().number(), partialSets[i], ratings[i]));
        }
        return out;
    }
}
