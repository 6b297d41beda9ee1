package backplan.program;

import backplan.history.HistoryEntry;
import backplan.session.ExerciseResult;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Which exercises seem ready for Level II, fed one session at a time: the last 3 counted sessions that did one at
 * Level I each did every set, the person rated it "easy" or "fine", and the back hurt no more after than before
 * (nor so much that the next session asks about it). A session that does not count and went well is passed over;
 * one that went badly breaks the run all the same. Only ever a suggestion; the plan changes only when the person
 * changes it.
 */
public final class LevelReadiness {

    /** Sessions in a row at Level I that must go well. */
    static final int SESSIONS = 3;

    /** Per exercise id, whether each of its latest Level I sessions went well, oldest first. */
    private final Map<String, ArrayDeque<Boolean>> latest = new HashMap<>();

    /**
     * One session, in the order of the history.
     *
     * @param before the rating before it (see {@link Progress.Tally}), or null
     */
    void add(HistoryEntry e, Integer before) {
        Integer after = e.painAfter();
        // the back hurt no more after than before, and not so much that the next session asks about it
        boolean painOk = after != null && before != null && after <= before && !Standing.flared(before, after);
        for (ExerciseResult x : e.result().exercises()) {
            if (x.level() == null || x.level() != 1) {
                continue; // sessions from before levels were kept say nothing of the level
            }
            boolean well = painOk && x.setsPlanned() > 0 && x.completed() && x.rating() != null
                    && x.rating().wentWell();
            if (!e.counts() && well) {
                continue; // a second session that day, or a short one: only a counted one builds toward a level
            }
            ArrayDeque<Boolean> runs = latest.computeIfAbsent(x.id(), k -> new ArrayDeque<>());
            runs.addLast(well);
            if (runs.size() > SESSIONS) {
                runs.removeFirst();
            }
        }
    }

    /** Whether the exercise's last 3 sessions at Level I all went well. */
    public boolean ready(String id) {
        ArrayDeque<Boolean> runs = latest.get(id);
        return runs != null && runs.size() == SESSIONS && !runs.contains(false);
    }
}
