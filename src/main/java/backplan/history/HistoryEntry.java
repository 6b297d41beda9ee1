package backplan.history;

import backplan.session.ExerciseResult;
import backplan.session.Rating;
import backplan.session.SessionResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

/**
 * One session of the history: its result with what the person said about their back, where in the plan it fell,
 * and whether it counts toward the plan.
 *
 * @param painBefore 0–10 before the session, or null when not given
 * @param painAfter  0–10 after the session, or null when skipped
 * @param planWeek   the plan's week (1-based) on the session's day, or null without a plan
 * @param id         the session's id in the history file, or null before it is recorded (and for sessions
 *                   recorded before ids existed)
 * @param verdict    whether it counts: as recorded, or (given null, and for lines recorded before verdicts were
 *                   kept) judged by {@link Verdict#of} from the result
 * @param note       what the person wrote about the session ({@code start --note}, the question at its end, or
 *                   {@code log --note}), one line without control characters ({@link Notes}), or null
 * @param logged     recorded with {@code backplan log}: a session done away from the terminal, whose sets are as the
 *                   person said and whose times are nominal
 */
public record HistoryEntry(
        SessionResult result, Integer painBefore, Integer painAfter, Integer planWeek, String id, Verdict verdict,
        String note, boolean logged) {

    public HistoryEntry {
        if (verdict == null) {
            verdict = Verdict.of(result);
        }
        note = Notes.clean(note);
    }

    public HistoryEntry(SessionResult result, Integer painBefore, Integer painAfter, Integer planWeek, String id,
            Verdict verdict) {
        this(result, painBefore, painAfter, planWeek, id, verdict, null, false);
    }

    /** A session not yet recorded: {@link HistoryFile#append} gives it its id. */
    public HistoryEntry(SessionResult result, Integer painBefore, Integer painAfter, Integer planWeek) {
        this(result, painBefore, painAfter, planWeek, null, null);
    }

    public HistoryEntry(SessionResult result, Integer painBefore, Integer painAfter, Integer planWeek, String id) {
        this(result, painBefore, painAfter, planWeek, id, null);
    }

    /**
     * The day the session belongs to, for every view of the history (the table, {@code history --since}, the CSV,
     * the plan's weeks, {@code due} and {@code progress}): the date where it was done, its start in the zone it
     * was recorded in (or at its recorded offset, for lines that name no zone).
     *
     * <p>Why that date and not the viewer's: it is the day the person lived it, the one the table shows and the
     * plan's fixed days mean ("Mondays"), and it never changes afterwards. Judged in the viewer's zone, a flight
     * would move past sessions: a Monday-morning session done in Tokyo becomes a Sunday seen from Paris, leaves a
     * plan week that had met its goal and breaks a streak, and disappears from {@code --since MONDAY} though the
     * table dates it Monday. The cost is small: on the day of a long flight east two sessions may share a date,
     * and one done ahead of the viewer's date waits for that date in the calendar.
     */
    public LocalDate day() {
        return result.start().toLocalDate();
    }

    /** Whether it counts toward the plan (see {@link Verdict}). */
    public boolean counts() {
        return verdict.counts();
    }

    HistoryEntry withId(String newId) {
        return new HistoryEntry(result, painBefore, painAfter, planWeek, newId, verdict, note, logged);
    }

    HistoryEntry withPainAfter(Integer rating) {
        return new HistoryEntry(result, painBefore, rating, planWeek, id, verdict, note, logged);
    }

    /** The same session with this note (null: none). */
    public HistoryEntry withNote(String text) {
        return new HistoryEntry(result, painBefore, painAfter, planWeek, id, verdict, text, logged);
    }

    /** The same session with how exercises went, by id (the first exercise of an id without a rating gets it). */
    HistoryEntry withRatings(Map<String, Rating> ratings) {
        List<ExerciseResult> rated = new ArrayList<>();
        Map<String, Rating> left = new HashMap<>(ratings);
        for (ExerciseResult e : result.exercises()) {
            Rating r = e.rating() == null ? left.remove(e.id()) : null;
            rated.add(r == null ? e : e.rated(r));
        }
        SessionResult s = new SessionResult(result.start(), result.end(), result.ending(), rated,
                result.plannedSeconds(), result.activeSeconds(), result.pausedSeconds());
        return new HistoryEntry(s, painBefore, painAfter, planWeek, id, verdict, note, logged);
    }
}
