package backplan.text;

import backplan.program.Progress;
import backplan.program.Standing;
import backplan.program.Today;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code backplan status}: where today stands, in one short line for a prompt, tmux or a status bar. */
public final class StatusText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

    private StatusText() {}

    /**
     * "due · wk 2 · 1/3", "done today · wk 2 · 2/3", "week done · wk 2 · 3/3", "rest day · wk 2 · 1/3", "plan
     * starts Mon Dec 1", "plan ended · renew", "paused: pain · wk 2 · 1/3". Whether a session is due is {@code due}'s answer; the other words say why
     * not, read from the same progress.
     */
    public static String line(Today today) {
        Progress p = today.progress();
        Progress.Week week = today.week();
        if (week == null) {
            return p.currentWeek() < 1 ? "plan starts " + p.plan().start().format(DAY) : "plan ended · renew";
        }
        String where = (p.planned() ? "wk " + week.number() + " · " : "") + week.done() + "/" + week.goal();
        Standing standing = p.standing();
        if (standing != null && !standing.ready()) {
            // a paused plan is not a rest day: the status says what stands in the way, as due does
            String held = switch (standing.kind()) {
                case CHECK_IN -> "check in: pain";
                case PAUSED -> "paused: pain";
                case SEE_CARE -> "see a doctor";
                case READY -> "";
            };
            return held + " · " + where;
        }
        String what = today.due().due() ? "due"
                : today.doneToday() ? "done today"
                : week.metGoal() ? "week done"
                : "rest day";
        return what + " · " + where;
    }
}
