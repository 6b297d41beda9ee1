package backplan.term;

import backplan.catalog.Category;
import backplan.catalog.Seconds;
import backplan.history.HistoryEntry;
import backplan.history.Plan;
import backplan.history.Progress;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The plan, the progress view and the history table as text, in Unicode or plain ASCII. */
public final class ProgressText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final String ASCII_SPARKS = "_.-~=+*#";

    private final boolean ascii;

    public ProgressText(boolean ascii) {
        this.ascii = ascii;
    }

    /** {@code backplan plan}: the picks, the goal and where the person stands. */
    public List<String> plan(Plan plan, Map<Category, String> names, Progress progress) {
        List<String> out = new ArrayList<>();
        out.add("Plan: " + plan.perWeek() + " sessions a week for " + plan.weeks() + " weeks, from "
                + plan.start().format(DAY) + " to " + plan.end().minusDays(1).format(DAY));
        for (Category c : Category.values()) {
            out.add(String.format("  %-9s %s", c.key(), names.getOrDefault(c, "?")));
        }
        out.add("");
        out.add(standing(progress));
        return out;
    }

    /** {@code week 2 of 4: 1 of 3 sessions done this week}. */
    public static String standing(Progress p) {
        Plan plan = p.plan();
        int w = p.currentWeek();
        if (w < 1) {
            return "The plan starts on " + plan.start().format(DAY) + ".";
        }
        if (w > plan.weeks()) {
            long met = p.weeks().stream().filter(Progress.Week::metGoal).count();
            return "The plan is over: " + met + " of " + plan.weeks() + " weeks met the goal. How does your back"
                    + " feel? 'backplan plan set' starts a new one.";
        }
        Progress.Week week = p.weeks().get(w - 1);
        return "Week " + w + " of " + plan.weeks() + ": " + week.done() + " of " + week.goal()
                + " sessions done this week" + (week.partial() > 0 ? " (+" + week.partial() + " stopped early)" : "")
                + ".";
    }

    /** {@code backplan progress}. */
    public List<String> progress(Progress p) {
        List<String> out = new ArrayList<>();
        out.add(p.planned() ? "Progress on your plan (" + p.plan().perWeek() + " a week, " + p.plan().weeks()
                + " weeks)" : "Progress (no plan set: counting 3 sessions a week; 'backplan plan set' makes one)");
        out.add("");
        String done = ascii ? "X" : "●";
        String part = ascii ? "/" : "◐";
        String none = ascii ? "." : "·";
        String goal = ascii ? "ok" : "✓";
        out.add("            " + dayHeader(p));
        for (Progress.Week w : p.weeks()) {
            String days = w.days().stream().map(d -> switch (d) {
                case DONE -> done;
                case PARTIAL -> part;
                case NONE -> none;
                case FUTURE -> " ";
            }).collect(Collectors.joining(" "));
            String here = w.number() == p.currentWeek() ? (ascii ? " <" : " ◀") : "";
            out.add(String.format("  week %-3d  %s   %d/%d %s%s", w.number(), days, w.done(), w.goal(),
                    w.metGoal() ? goal : " ", here));
        }
        out.add("  " + done + " done  " + part + " stopped early  " + none + " none");
        out.add("");
        out.add(standing(p));
        out.add("Streak: " + p.streak() + (p.streak() == 1 ? " week" : " weeks") + " meeting the goal.");
        out.add("Sessions: " + p.sessions() + " recorded, " + p.completed() + " completed.");
        out.add("");
        out.add("Active time per category (in the plan's weeks):");
        p.activeSecondsByCategory().forEach((c, s) -> out.add(String.format("  %-9s %s", c,
                s == 0 ? "-" : Seconds.format(s))));
        out.add("");
        if (p.pain().isEmpty()) {
            out.add("Pain: no ratings yet (give one after a session, or with --pain N).");
        } else {
            out.add("Pain after sessions (0-10): " + sparkline(p.pain()) + "  first " + p.pain().get(0)
                    + ", latest " + p.pain().get(p.pain().size() - 1));
        }
        return out;
    }

    private String dayHeader(Progress p) {
        return p.plan().start().getDayOfWeek().toString().substring(0, 2).charAt(0) + " "
                + java.util.stream.IntStream.range(1, 7)
                        .mapToObj(i -> String.valueOf(p.plan().start().plusDays(i).getDayOfWeek().toString()
                                .charAt(0)))
                        .collect(Collectors.joining(" "));
    }

    /** Pain 0–10 as bars; the last 40 ratings. */
    public String sparkline(List<Integer> values) {
        String marks = ascii ? ASCII_SPARKS : SPARKS;
        return values.stream().skip(Math.max(0, values.size() - 40))
                .map(v -> String.valueOf(marks.charAt(Math.min(marks.length() - 1, v * marks.length() / 11))))
                .collect(Collectors.joining());
    }

    /** {@code backplan history}: one row per session. */
    public List<String> history(List<HistoryEntry> entries) {
        List<String> out = new ArrayList<>();
        if (entries.isEmpty()) {
            out.add("No sessions recorded yet. 'backplan start' runs one.");
            return out;
        }
        out.add(String.format("%-16s  %-9s  %-10s  %-9s  %-7s  %-5s  %s", "started", "duration", "ending",
                "exercises", "sets", "pain", "week"));
        for (HistoryEntry e : entries) {
            SessionResult r = e.result();
            long complete = r.exercises().stream().filter(ExerciseResult::completed).count();
            String pain = (e.painBefore() == null ? "" : e.painBefore() + (ascii ? ">" : "→"))
                    + (e.painAfter() == null ? (e.painBefore() == null ? "-" : "?") : e.painAfter());
            out.add(String.format("%-16s  %-9s  %-10s  %-9s  %-7s  %-5s  %s",
                    r.start().toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    Seconds.clock(r.totalSeconds()), r.ending().key(), complete + "/" + r.exercises().size(),
                    r.setsDone() + "/" + r.setsPlanned(), pain, e.planWeek() == null ? "-" : e.planWeek()));
        }
        return out;
    }
}
