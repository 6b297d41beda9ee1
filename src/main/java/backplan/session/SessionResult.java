package backplan.session;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The outcome of one session: the value the history stores and the summary prints.
 *
 * @param activeSeconds seconds spent in work steps, pauses excluded
 * @param pausedSeconds seconds spent paused
 */
public record SessionResult(
        ZonedDateTime start,
        ZonedDateTime end,
        Ending ending,
        List<ExerciseResult> exercises,
        int plannedSeconds,
        int activeSeconds,
        int pausedSeconds) {

    public SessionResult {
        exercises = List.copyOf(exercises);
    }

    public boolean completed() {
        return ending == Ending.COMPLETED;
    }

    public long totalSeconds() {
        return Math.max(0, (java.time.Duration.between(start, end).toMillis() + 500) / 1000);
    }

    public int setsDone() {
        return exercises.stream().mapToInt(ExerciseResult::setsDone).sum();
    }

    public int setsPlanned() {
        return exercises.stream().mapToInt(ExerciseResult::setsPlanned).sum();
    }
}
