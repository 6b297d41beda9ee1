package backplan.history;

import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Small history entries for tests. */
public final class Sessions {

    private Sessions() {}

    /**
     * A session of one exercise per category: completed, every set done (it counts toward the plan); else quit
     * after one set of Dead Bug (it does not).
     */
    public static HistoryEntry at(ZonedDateTime start, boolean completed, Integer pain) {
        return new HistoryEntry(result(start, completed), null, pain, null);
    }

    public static SessionResult result(ZonedDateTime start, boolean completed) {
        List<ExerciseResult> exercises = new ArrayList<>();
        exercises.add(exercise("cat-cow", "Cat to Cow", "mobility", 1, completed, 30));
        exercises.add(exercise("dead-bug", "Dead Bug", "abs", 3, true, completed ? 135 : 45));
        exercises.add(exercise("bird-dog", "Bird Dog", "back", 1, completed, 30));
        exercises.add(exercise("oblique-knee-drop", "Oblique Knee Drop", "obliques", 1, completed, 30));
        exercises.add(exercise("glute-bridge", "Glute Bridge", "glutes", 1, completed, 30));
        exercises.add(exercise("knee-to-chest", "Knee to Chest", "stretch", 1, completed, 60));
        int active = exercises.stream().mapToInt(ExerciseResult::workSeconds).sum();
        return new SessionResult(start, start.plusMinutes(completed ? 6 : 2), completed ? Ending.COMPLETED : Ending.QUIT,
                exercises, 600, active, 0);
    }

    /** Dead Bug planned for 3 sets of 45 s; the others one set of {@code seconds}. */
    private static ExerciseResult exercise(String id, String name, String category, int sets, boolean worked,
            int seconds) {
        int planned = sets == 3 ? 135 : seconds;
        int done = !worked ? 0 : sets == 3 ? seconds / 45 : sets;
        return new ExerciseResult(id, name, category, sets, done, worked ? seconds : 0, 0, planned, null);
    }
}
