package backplan.history;

import backplan.session.SessionResult;

/**
 * One line of the history: a session's result with what the person said about their back, and where in the plan
 * it fell.
 *
 * @param painBefore 0–10 before the session, or null when not given
 * @param painAfter  0–10 after the session, or null when skipped
 * @param planWeek   the plan's week (1-based) on the session's day, or null without a plan
 */
public record HistoryEntry(SessionResult result, Integer painBefore, Integer painAfter, Integer planWeek) {}
