package backplan.history;

import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.time.ZonedDateTime;
import java.util.List;

/** Small history entries for tests. */
final class Sessions {

    private Sessions() {}

    static HistoryEntry at(ZonedDateTime start, boolean completed, Integer pain) {
        ExerciseResult dead = new ExerciseResult("dead-bug", "Dead Bug", "abs", 3, completed ? 3 : 1,
                completed ? 135 : 45, 0);
        ExerciseResult stretch = new ExerciseResult("knee-to-chest", "Knee to Chest", "stretch", 1,
                completed ? 1 : 0, completed ? 60 : 0, 0);
        SessionResult r = new SessionResult(start, start.plusMinutes(completed ? 6 : 2),
                completed ? Ending.COMPLETED : Ending.QUIT, List.of(dead, stretch), 300, completed ? 195 : 45, 0);
        return new HistoryEntry(r, null, pain, null);
    }
}
