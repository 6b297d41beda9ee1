package backplan.session;

import backplan.catalog.Posture;
import java.util.List;

/**
 * A session resolved down to its steps, ready to run or to print as a dry run.
 *
 * @param postureCue the one posture cue this session shows as it starts (the cues take turns)
 */
public record Routine(
        Posture posture, String postureCue, List<RoutineExercise> exercises, List<Step> steps, Tempo tempo) {

    public Routine {
        exercises = List.copyOf(exercises);
        steps = List.copyOf(steps);
    }

    /** Seconds of work planned: every work step's length (a manual reps set's is 0). */
    public long workSeconds() {
        return steps.stream().filter(s -> s.kind() == StepKind.WORK).mapToLong(Step::seconds).sum();
    }

    /** Planned length in seconds, not counting manual reps sets (which last as long as they last). */
    public int totalSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    public RoutineExercise exerciseOf(Step step) {
        return exercises.get(step.exercise());
    }
}
