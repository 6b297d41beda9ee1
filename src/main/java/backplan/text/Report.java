package backplan.text;

import backplan.catalog.Seconds;
import backplan.history.HistoryEntry;
import backplan.program.Progress;
import backplan.session.ExerciseResult;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A report to take to a physiotherapist, as {@link ReportHtml} and {@link ReportMarkdown} render it: the plan, its
 * weeks against the goal, every session of the period with its exercises, the pain before and after, the alerts
 * and pauses, and what was skipped and why.
 *
 * @param from     the first day of the period
 * @param to       the last day of the period
 * @param made     the day the report was made
 * @param plan     the plan in a sentence and its exercises, or null without a plan
 * @param weeks    the plan's weeks that overlap the period
 * @param sessions the sessions of the period, oldest first
 * @param alerts   the pain alerts raised in the period, oldest first
 * @param pauses   the times the plan was paused in the period, oldest first
 */
public record Report(LocalDate from, LocalDate to, LocalDate made, PlanSummary plan, List<Progress.Week> weeks,
        List<HistoryEntry> sessions, List<Alert> alerts, List<Pause> pauses) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d, uuuu", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, uuuu, HH:mm", Locale.ENGLISH);

    public Report {
        weeks = List.copyOf(weeks);
        sessions = List.copyOf(sessions);
        alerts = List.copyOf(alerts);
        pauses = List.copyOf(pauses);
    }

    /**
     * The plan in a few lines.
     *
     * @param text      "3 sessions a week for 4 weeks, from … to …, on Mon, Wed, Fri"
     * @param exercises one line per exercise: "Back: Bird Dog (Level II)"
     */
    public record PlanSummary(String text, List<String> exercises) {

        public PlanSummary {
            exercises = List.copyOf(exercises);
        }
    }

    /** A pain alert: the day it was raised and the message {@code plan} and {@code progress} gave. */
    public record Alert(LocalDate day, String text) {}

    /** A pause of the plan: from, to (null while it lasts) and why. */
    public record Pause(LocalDate from, LocalDate to, String why) {}

    /** One column of a session's exercise table, the same in every rendering. */
    public record Column(String header, Function<ExerciseResult, String> value) {}

    /**
     * The exercise table's columns, for both renderings: a per-exercise rating or note is one more line here.
     */
    public static final List<Column> EXERCISE_COLUMNS = List.of(
            new Column("Exercise", ExerciseResult::name),
            new Column("Level", x -> x.level() == null ? "" : Integer.toString(x.level())),
            new Column("Sets", x -> x.setsDone() + " of " + x.setsPlanned()),
            new Column("Work", x -> Seconds.format(x.workSeconds()) + (x.plannedWorkSeconds() == null
                    || x.plannedWorkSeconds() == 0 ? "" : " of " + Seconds.format(x.plannedWorkSeconds()))),
            new Column("Skipped", Report::skipped),
            new Column("Rating", x -> x.rating() == null ? "" : x.rating().key()));

    /** "skipped", "2 steps", or "". */
    static String skipped(ExerciseResult x) {
        if (x.skipped()) {
            return "skipped";
        }
        return x.skippedSteps() == 0 ? "" : x.skippedSteps() + (x.skippedSteps() == 1 ? " step" : " steps");
    }

    /** Sessions that count toward the plan. */
    public long counted() {
        return sessions.stream().filter(HistoryEntry::counts).count();
    }

    /** Weeks that met the goal, among those that are over or met it already. */
    public long weeksMet() {
        return weeks.stream().filter(Progress.Week::metGoal).count();
    }

    /** The sessions with a pain rating before or after. */
    public List<HistoryEntry> rated() {
        return sessions.stream().filter(e -> e.painBefore() != null || e.painAfter() != null).toList();
    }

    /** The title: "Back exercise report, Nov 23 to Dec 20, 2026". */
    public String title() {
        return "Back exercise report, " + from.format(SHORT_DAY) + (from.getYear() == to.getYear() ? ""
                : ", " + from.getYear()) + " to " + to.format(SHORT_DAY) + ", " + to.getYear();
    }

    /** "11 of 14 sessions counted toward the plan; 3 of 4 weeks met the goal of 3." */
    public String summary() {
        String s = counted() + " of " + sessions.size() + (sessions.size() == 1 ? " session" : " sessions")
                + " counted toward the plan";
        if (!weeks.isEmpty()) {
            s += "; " + weeksMet() + " of " + weeks.size() + (weeks.size() == 1 ? " week" : " weeks")
                    + " met the goal of " + weeks.get(0).goal();
        }
        return s + ".";
    }

    /** What a session's pain ratings say: "3 → 2", "before 3", "after 2", or "". */
    static String pain(HistoryEntry e, String arrow) {
        if (e.painBefore() != null && e.painAfter() != null) {
            return e.painBefore() + " " + arrow + " " + e.painAfter();
        }
        return e.painBefore() != null ? "before " + e.painBefore() : e.painAfter() != null ? "after " + e.painAfter()
                : "";
    }

    /** The session's heading: its start (a logged session's day alone: its time is nominal). */
    static String heading(HistoryEntry e) {
        return e.logged() ? e.result().start().format(DAY) + ", logged" : e.result().start().format(WHEN);
    }

    /** Facts under a session's heading. */
    static List<String> facts(HistoryEntry e, String arrow) {
        List<String> facts = new java.util.ArrayList<>();
        if (e.logged()) {
            facts.add("done away from the terminal and logged afterwards, with the sets said");
        } else {
            facts.add(Seconds.clock(e.result().totalSeconds()) + " in all, "
                    + Seconds.format(e.result().activeSeconds()) + " of work");
        }
        if (e.planWeek() != null) {
            facts.add("plan week " + e.planWeek());
        }
        facts.add(ending(e));
        String pain = pain(e, arrow);
        facts.add(pain.isEmpty() ? "pain not rated" : "pain " + pain);
        facts.add(e.counts() ? "counts toward the plan" : "not counted: " + e.verdict().text());
        return facts;
    }

    /** The person's note on the session, "Note: …", or empty. */
    static String note(HistoryEntry e) {
        return e.note() == null ? "" : "Note: " + e.note();
    }

    static String ending(HistoryEntry e) {
        return switch (e.result().ending()) {
            case COMPLETED -> "completed";
            default -> "ended early (" + e.result().ending().key() + ")";
        };
    }

    /**
     * What was skipped and why, one line per thing: sessions that did not count (and why), sessions ended early,
     * exercises skipped or cut short.
     */
    public List<String> skips() {
        List<String> out = new java.util.ArrayList<>();
        for (HistoryEntry e : sessions) {
            String day = e.result().start().format(WHEN);
            if (!e.counts()) {
                out.add(day + ": not counted, " + e.verdict().text());
            }
            if (!e.result().completed()) {
                out.add(day + ": " + ending(e));
            }
            for (ExerciseResult x : e.result().exercises()) {
                String s = skipped(x);
                if (!s.isEmpty()) {
                    out.add(day + ": " + x.name() + ", " + (x.skipped() ? "skipped" : s + " skipped") + " ("
                            + x.setsDone() + " of " + x.setsPlanned() + " sets done)");
                }
            }
        }
        return out;
    }
}
