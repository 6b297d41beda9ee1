package backplan.program;

import backplan.history.Verdict;
import backplan.session.SessionResult;
import java.util.Optional;

/**
 * Whether a session counts toward the plan: the one place that rule lives. Every session is recorded; only those
 * that count fill a week, make a streak or answer {@code due}.
 */
public final class CountingRule {

    /** The rule in words, for the README, {@code plan --help} and anyone who asks. */
    public static final String RULE = "A session counts toward the plan when it covered every category of the plan"
            + " (mobility, abs, back, obliques, glutes and stretch), with at least one set done in each, its"
            + " active work time was at least half of the work the plan prescribes (whatever --work or --sets"
            + " changed), and no other session that day counts already: at most one a day does. Every session is"
            + " recorded; a short, partial, skipped or second one is marked as not counted. A session logged with"
            + " 'backplan log' (done away from the terminal) counts by the same rule, its work taken as its sets:"
            + " it counts when every category had a set and each exercise's sets are the plan's.";

    private CountingRule() {}

    /**
     * Judges a session just run, before it is recorded.
     *
     * @param prescribedWork seconds of work the plan's prescription asks of these exercises, without the command
     *                       line's overrides
     * @param countedToday   whether a session that counts was recorded earlier that day
     */
    public static Verdict judge(SessionResult result, long prescribedWork, boolean countedToday) {
        Optional<Verdict> incomplete = Verdict.incomplete(result);
        if (incomplete.isPresent()) {
            return incomplete.get();
        }
        if (2L * result.activeSeconds() < prescribedWork) {
            return Verdict.shortOf(result, prescribedWork);
        }
        return countedToday ? Verdict.sameDay() : Verdict.counted();
    }

    /**
     * Judges a session logged afterwards ({@code backplan log}): no time was measured, so its work is its sets, and
     * it counts when every category had a set done and every exercise the sets the plan prescribes.
     *
     * @param countedThatDay whether a session that counts is recorded on its day already
     */
    public static Verdict judgeLogged(SessionResult result, boolean countedThatDay) {
        Optional<Verdict> incomplete = Verdict.incomplete(result);
        if (incomplete.isPresent()) {
            return incomplete.get();
        }
        if (result.exercises().stream().anyMatch(e -> e.setsDone() < e.setsPlanned())) {
            return Verdict.fewerSets(result);
        }
        return countedThatDay ? Verdict.sameDay() : Verdict.counted();
    }
}
