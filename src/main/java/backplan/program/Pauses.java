package backplan.program;

import backplan.history.HistoryEntry;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When the plan was paused, read back from the history and the check-ins: {@link Standing} judged again after each
 * session and each answer, in the order they happened, so the report shows the pauses a person lived through.
 */
public final class Pauses {

    /**
     * One pause.
     *
     * @param to  the day it was lifted, or null while it lasts
     * @param why what was reported, in the words {@code due} gave
     */
    public record Pause(LocalDate from, LocalDate to, String why) {}

    private Pauses() {}

    /** Something that happened: a session ended, or a check-in was answered. */
    private record Event(ZonedDateTime at, HistoryEntry session, CheckIn checkIn) {}

    /**
     * The pauses, oldest first.
     *
     * @param entries  every session of the history
     * @param checkIns every check-in kept
     * @param plan     the plan, or null
     */
    public static List<Pause> of(List<HistoryEntry> entries, List<CheckIn> checkIns, Plan plan) {
        List<Event> events = new ArrayList<>();
        entries.forEach(e -> events.add(new Event(e.result().end(), e, null)));
        checkIns.forEach(c -> events.add(new Event(c.at(), null, c)));
        events.sort(Comparator.comparing(e -> e.at().toInstant())); // stable: a session before its own answer
        Progress.Tally tally = new Progress.Tally();
        List<CheckIn> answered = new ArrayList<>();
        List<Pause> out = new ArrayList<>();
        LocalDate from = null;
        String why = null;
        for (Event e : events) {
            if (e.session() != null) {
                tally.accept(e.session());
            } else {
                answered.add(e.checkIn());
            }
            LocalDate day = e.at().toLocalDate();
            Standing s = Standing.of(tally, answered, false, plan, day);
            boolean paused = s.kind() == Standing.Kind.PAUSED;
            if (paused && from == null) {
                from = day;
                why = s.reason();
            } else if (!paused && from != null) {
                out.add(new Pause(from, day, why));
                from = null;
            }
        }
        if (from != null) {
            out.add(new Pause(from, null, why));
        }
        return out;
    }
}
