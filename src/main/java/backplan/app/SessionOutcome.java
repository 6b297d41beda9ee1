package backplan.app;

import backplan.history.HistoryEntry;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.Schedule;
import backplan.program.Standing;
import backplan.session.Routine;
import backplan.session.RoutineExercise;
import backplan.text.AdviceText;
import backplan.text.TextLayout;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the end of a session says beyond its numbers, from the history with this session added: whether it counts
 * toward the week, a level worth trying, and pain that calls for a pause.
 */
final class SessionOutcome {

    private final SessionLog log;
    private final Output output;

    SessionOutcome(SessionLog log, Output output) {
        this.log = log;
        this.output = output;
    }

    /**
     * The lines for the summary.
     *
     * @param entry     the session with its ratings
     * @param inHistory whether the history holds it already (it is recorded the moment it ends); when it could not
     *                  be recorded, it is added to what the history holds here, so the words still fit the session
     * @param plan      the plan, or null
     */
    List<String> lines(HistoryEntry entry, boolean inHistory, Plan plan, Routine session, int width) {
        List<String> out = new ArrayList<>();
        LocalDate day = entry.day();
        Progress.Tally tally;
        try {
            tally = log.tally();
        } catch (IOException | RuntimeException e) {
            // The history could not be read (the recording will say why): judge this session on its own.
            out.addAll(TextLayout.wrap("", "  ", entry.counts() ? "Counts toward the plan."
                    : AdviceText.verdict(entry.verdict(), 0, 0, false), width));
            return out;
        }
        if (!inHistory) {
            tally.accept(entry);
        }
        Progress progress = tally.against(plan, day);
        int week = progress.currentWeek();
        boolean inWeek = week >= 1 && week <= progress.weeks().size();
        int done = inWeek ? progress.weeks().get(week - 1).done() : 0;
        out.addAll(TextLayout.wrap("", "  ", AdviceText.verdict(entry.verdict(), done, progress.plan().perWeek(),
                inWeek), width));
        if (plan != null && plan.endedBy(day)) {
            // never a silent fifth week: the plan's end, and what can follow it
            out.addAll(TextLayout.wrap("", "  ", Schedule.ended(plan) + " ('plan set' chooses new exercises, 'plan"
                    + " renew --maintenance' is lighter: " + Plan.MAINTENANCE_PER_WEEK + " sessions a week).", width));
        }
        Standing.Flare flare = tally.lastFlare();
        if (flare != null && flare.end().equals(entry.result().end())) {
            out.addAll(AdviceText.flareLines(flare, width));
        }
        Optional<String> pain = tally.painAlert(plan, day);
        pain.ifPresent(why -> out.addAll(AdviceText.painLines(why, width)));
        for (RoutineExercise p : session.exercises()) {
            int level = p.level() == null ? 0 : p.level().number();
            boolean planSaysFirst = plan == null || plan.levelOf(p.exercise().id()) == 1;
            if (level == 1 && p.exercise().levels().size() > 1 && planSaysFirst
                    && tally.readyForNextLevel(p.exercise().id(), plan, day)) {
                out.addAll(AdviceText.nextLevelLines(p.exercise(), 1, output.ascii(false), width));
            }
        }
        return out;
    }
}
