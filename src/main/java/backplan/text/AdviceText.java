package backplan.text;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.history.Verdict;
import backplan.program.PainTrend;
import backplan.program.Standing;
import java.util.List;

/**
 * The words for what the records say beyond the numbers: whether a session counts, a level worth trying, pain
 * that calls for a pause. Shared by the end of a session, {@code plan} and {@code progress}.
 */
public final class AdviceText {

    private AdviceText() {}

    /**
     * {@code Counts toward this week: 2 of 3} or {@code Not counted: no set was done}.
     *
     * @param done sessions that count in the plan week of the session, itself included; ignored when
     *             {@code inWeek} is false
     * @param inWeek whether the session fell within a week of the plan (or, without one, of the calendar)
     */
    public static String verdict(Verdict v, int done, int goal, boolean inWeek) {
        if (!v.counts()) {
            return "Not counted: " + v.text();
        }
        return inWeek ? "Counts toward this week: " + done + " of " + goal
                : "Counts as a full session (outside the plan's weeks)";
    }

    /** A suggestion to try an exercise's next level; it changes nothing by itself. */
    public static String nextLevel(Exercise e, int current) {
        List<Level> levels = e.levels();
        String now = levels.get(current - 1).name();
        String next = levels.get(current).name();
        return "Ready for " + next + "? " + e.name() + " went well at " + now + " for 3 sessions running (every set"
                + " done, and no more pain after than before). If you feel ready, 'backplan plan set --level "
                + e.id() + "=" + (current + 1) + "' moves to " + next + "; your plan stays as it is until you do.";
    }

    /** Rising pain: what the ratings show, then the advice to pause and ask a professional. */
    public static String painAlert(String why) {
        return PainTrend.message(why);
    }

    /** The lines of one piece of advice, wrapped for {@code width}, with a mark that stands out. */
    static List<String> lines(String mark, String text, int width) {
        return TextLayout.wrap(mark, " ".repeat(TextLayout.width(mark)), text, width);
    }

    /** {@code ! Your pain ratings are going up: …}: the warning's lines. */
    public static List<String> painLines(String why, int width) {
        return lines("! ", painAlert(why), width);
    }

    /** {@code ! The plan is paused: …}: a check-in, a pause or a red flag, with its advice. */
    public static List<String> standingLines(Standing standing, int width) {
        return lines("! ", standing.message(), width);
    }

    /** {@code ! This session ended with pain 7/10 (4 before). Stop for today …}: after a session that hurt. */
    public static List<String> flareLines(Standing.Flare flare, int width) {
        return lines("! ", "This session ended with pain " + flare.ratings() + ". " + Standing.STOP_FOR_TODAY, width);
    }

    /** {@code → Ready for Level II? …}: the suggestion's lines. */
    public static List<String> nextLevelLines(Exercise e, int current, boolean ascii, int width) {
        return lines(ascii ? "> " : "→ ", nextLevel(e, current), width);
    }
}
