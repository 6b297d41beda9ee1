package backplan.program;

import backplan.history.Verdict;
import backplan.session.SessionResult;

/**
 * Whether a session counts toward the plan: the one place that rule lives. Every session is recorded; only those
 * that count fill a week, make a streak or answer {@code due}.
 */
public final class CountingRule {

    /** The rule in words, for the README, {@code plan --help} and anyone who asks. */
    public static final String RULE = "A session counts toward the plan when it covered every category of the plan"
            + " (mobility, abs, back, obliques, glutes and stretch), with at least one set done in each, and its"
            + " active work time was at least half of its planned work time. Every session is recorded; a short,"
            + " partial or skipped one is marked as not counted.";

    private CountingRule() {}

    /** Judges a session just run, before it is recorded. */
    public static Verdict judge(SessionResult result) {
        return Verdict.of(result);
    }
}
