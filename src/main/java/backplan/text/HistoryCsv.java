package backplan.text;

import backplan.history.HistoryEntry;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The history as CSV. Every field is a number, a date-time, a fixed word or kebab-case ids joined by spaces, so
 * no field can hold a comma, a quote or a line break and none needs quoting. New columns go at the end, so a
 * script that counts columns keeps working. Times are written at the offset where the session was done, so the date
 * of {@code start} is the session's day ({@link HistoryEntry#day}), as every other view of the history has it.
 */
public final class HistoryCsv {

    private HistoryCsv() {}

    public static void write(PrintWriter out, List<HistoryEntry> entries) {
        out.println("start,end,ending,completed,plan_week,exercises,exercises_completed,sets_done,sets_planned,"
                + "active_seconds,paused_seconds,pain_before,pain_after,counts,why_not,levels,logged");
        for (HistoryEntry e : entries) {
            SessionResult r = e.result();
            out.println(String.join(",",
                    r.start().toOffsetDateTime().toString(),
                    r.end().toOffsetDateTime().toString(),
                    r.ending().key(),
                    Boolean.toString(r.completed()),
                    e.planWeek() == null ? "" : e.planWeek().toString(),
                    r.exercises().stream().map(ExerciseResult::id).filter(HistoryCsv::safe)
                            .collect(Collectors.joining(" ")),
                    Long.toString(r.exercises().stream().filter(ExerciseResult::completed).count()),
                    Integer.toString(r.setsDone()),
                    Integer.toString(r.setsPlanned()),
                    Integer.toString(r.activeSeconds()),
                    Integer.toString(r.pausedSeconds()),
                    e.painBefore() == null ? "" : e.painBefore().toString(),
                    e.painAfter() == null ? "" : e.painAfter().toString(),
                    Boolean.toString(e.counts()),
                    e.counts() ? "" : e.verdict().why().key(),
                    r.exercises().stream().filter(x -> x.level() != null && x.setOrSideDone() && safe(x.id()))
                            .map(x -> x.id() + "=" + x.level()).collect(Collectors.joining(" ")),
                    Boolean.toString(e.logged())));
        }
    }

    /** Ids come from the history file, which a person may have edited: keep only the kebab-case ones. */
    private static boolean safe(String id) {
        return id.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
