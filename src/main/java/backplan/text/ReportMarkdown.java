package backplan.text;

import backplan.history.HistoryEntry;
import backplan.program.Progress;
import backplan.session.ExerciseResult;
import java.util.List;

/**
 * The report as Markdown (CommonMark with GitHub's tables): the same sections as {@link ReportHtml}, without the
 * charts. Text is escaped by CommonMark's own rule: any ASCII punctuation character may be backslash-escaped (spec
 * section 2.4), so every one is but the few that begin nothing in CommonMark or GitHub's flavour, and nothing in a
 * name can become markup, a link, an entity or a table cell's end.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {}

    public static String render(Report r) {
        StringBuilder m = new StringBuilder(8192);
        m.append("# Back exercise report\n\n")
                .append(esc(r.from().format(Report.DAY) + " to " + r.to().format(Report.DAY) + " · made on "
                        + r.made().format(Report.DAY))).append("\n\n")
                .append("> A record of home exercise sessions kept with backplan, to show a doctor or physiotherapist"
                        + " what was done and how the back felt. It is not a diagnosis. Pain is rated from 0 (no"
                        + " pain) to 10 (worst imaginable).\n\n");
        m.append("## The plan\n\n");
        if (r.plan() == null) {
            m.append("No plan was set: sessions are counted against 3 a week.\n\n");
        } else {
            m.append(esc(r.plan().text())).append("\n\n");
            r.plan().exercises().forEach(x -> m.append("- ").append(esc(x)).append('\n'));
            m.append('\n');
        }
        m.append("## Weeks against the goal\n\n").append(esc(r.summary())).append("\n\n");
        if (!r.weeks().isEmpty()) {
            m.append("| Week | Days | Counted | Not counted | Goal | Met |\n|---|---|--:|--:|--:|---|\n");
            for (Progress.Week w : r.weeks()) {
                m.append("| ").append(w.number()).append(" | ").append(esc(w.start().format(Report.SHORT_DAY) + " to "
                        + w.start().plusDays(6).format(Report.SHORT_DAY))).append(" | ").append(w.done())
                        .append(" | ").append(w.partial()).append(" | ").append(w.goal()).append(" | ")
                        .append(w.metGoal() ? "yes" : "no").append(" |\n");
            }
            m.append('\n');
        }
        m.append("## Pain before and after sessions\n\n");
        List<HistoryEntry> rated = r.rated();
        if (rated.isEmpty()) {
            m.append("No pain ratings were given in this period.\n\n");
        } else {
            m.append("| Session | Before | After |\n|---|--:|--:|\n");
            for (HistoryEntry e : rated) {
                m.append("| ").append(esc(Report.heading(e))).append(" | ")
                        .append(e.painBefore() == null ? "" : e.painBefore()).append(" | ")
                        .append(e.painAfter() == null ? "" : e.painAfter()).append(" |\n");
            }
            m.append('\n');
        }
        m.append("## Alerts and pauses\n\n");
        if (r.alerts().isEmpty() && r.pauses().isEmpty()) {
            m.append("No pain alert and no pause in this period.\n\n");
        } else {
            r.alerts().forEach(a -> m.append("- ").append(esc(a.day().format(Report.DAY) + ": " + a.text()))
                    .append('\n'));
            r.pauses().forEach(p -> m.append("- ").append(esc("Paused from " + p.from().format(Report.DAY)
                    + (p.to() == null ? ", still paused" : " to " + p.to().format(Report.DAY)) + ": " + p.why()))
                    .append('\n'));
            m.append('\n');
        }
        m.append("## Skipped, and why\n\n");
        List<String> skips = r.skips();
        if (skips.isEmpty()) {
            m.append("Nothing was skipped: every session ran to its end and counted.\n\n");
        } else {
            skips.forEach(s -> m.append("- ").append(esc(s)).append('\n'));
            m.append('\n');
        }
        m.append("## Sessions\n\n");
        if (r.sessions().isEmpty()) {
            m.append("No session was recorded in this period.\n\n");
        }
        for (HistoryEntry e : r.sessions()) {
            m.append("### ").append(esc(Report.heading(e))).append("\n\n")
                    .append(esc(String.join(" · ", Report.facts(e, "→")))).append("\n\n");
            if (e.note() != null) {
                m.append(esc(Report.note(e))).append("\n\n");
            }
            m.append('|');
            Report.EXERCISE_COLUMNS.forEach(c -> m.append(' ').append(esc(c.header())).append(" |"));
            m.append("\n|");
            Report.EXERCISE_COLUMNS.forEach(c -> m.append("---|"));
            m.append('\n');
            for (ExerciseResult x : e.result().exercises()) {
                m.append('|');
                Report.EXERCISE_COLUMNS.forEach(c -> m.append(' ').append(esc(c.value().apply(x))).append(" |"));
                m.append('\n');
            }
            m.append('\n');
        }
        return m.toString();
    }

    /**
     * Text that Markdown shows as it is: every ASCII punctuation character backslash-escaped (CommonMark 2.4;
     * GitHub's tables take {@code \|} too) but {@code , ; ' " / ? = %}, which start nothing, and line breaks,
     * which would end a paragraph or a table row, as spaces.
     */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (c < 128 && isPunctuation(c) && INERT.indexOf(c) < 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Punctuation that begins no markup in CommonMark or GitHub's extensions, wherever it stands. */
    private static final String INERT = ",;'\"/?=%";

    /** CommonMark's ASCII punctuation: {@code !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}. */
    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
