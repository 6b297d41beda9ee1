package backplan.session;

import backplan.catalog.Posture;
import java.util.List;

/**
 * A session resolved down to its steps, ready to run or to print as a dry run.
 *
 * @param postureCue the one posture cue this session shows as it starts (the cues take turns)
 */
public record SessionPlan(
        Posture posture, String postureCue, List<PlannedExercise> exercises, List<Step> steps, Tempo tempo) {

    public SessionPlan {
        exercises = List.copyOf(exercises);
        steps = List.copyOf(steps);
    }

    /** Planned length in seconds, not counting manual reps sets (which last as long as they last). */
    public int totalSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    public PlannedExercise exerciseOf(Step step) {
        return exercises.get(step.exercise());
    }
}
