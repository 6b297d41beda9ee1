package backplan.text;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Seconds;
import backplan.history.HistoryEntry;
import backplan.history.Verdict;
import backplan.program.HoldLengths;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.Weekdays;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plan, the progress view and the history table as text, in Unicode or plain ASCII. */
public final class ProgressText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    /** Eighths of a cell, from one to eight; the chart stacks two rows of them. */
    private static final String EIGHTHS = "▁▂▃▄▅▆▇█";
    private static final int SPARK_RATINGS = 40;

    private final boolean ascii;
    private final int width;

    /** Text for {@code width} columns; {@link TextLayout#UNLIMITED} keeps every line whole. */
    public ProgressText(boolean ascii, int width) {
        this.ascii = ascii;
        this.width = width;
    }

    /**
     * {@code backplan plan}: the goal and the days, the picks (category, name, id, prescription at the plan's level),
     * where the person stands, the next session, then any advice: rising pain first, levels worth trying after.
     *
     * @param next  the next day a session is due, or null when none is left
     * @param ready exercises that went well at Level I three sessions running
     */
    public List<String> plan(Plan plan, List<Exercise> exercises, Progress progress, LocalDate next,
            List<Exercise> ready) {
        List<String> out = new ArrayList<>(wrap("Plan: " + count(plan.perWeek(), "session") + " a week for "
                + count(plan.weeks(), "week") + ", from " + plan.start().format(DAY) + " to " + plan.end().minusDays(1).format(DAY)
                + (plan.days().isEmpty() ? " (no days fixed)" : ", on " + Weekdays.format(plan.days()))));
        TextLayout.Table table = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap(), TextLayout.Column.keep(), TextLayout.Column.wrap()));
        TextLayout.Table narrow = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap()));
        for (Exercise e : exercises) {
            String how = prescription(plan, e);
            table.row(e.category().key(), e.name(), e.id(), how);
            narrow.row(e.category().key(), e.name() + " (" + e.id() + ", " + how + ")");
        }
        out.addAll(table.lines(width).or(() -> narrow.lines(width)).orElseGet(() -> exercises.stream()
                .flatMap(e -> TextLayout.wrap("  " + e.category().key() + ": ", "    ", e.name() + " (" + e.id()
                        + ", " + prescription(plan, e) + ")", width).stream())
                .toList()));
        out.add("");
        out.addAll(wrap(standing(progress)));
        if (progress.ended()) {
            out.addAll(weekTotals(progress));
            out.add("");
            out.addAll(whatNext(plan));
        }
        if (next != null) {
            out.addAll(wrap("Next session: " + (next.equals(progress.today()) ? "today"
                    : next.equals(progress.today().plusDays(1)) ? "tomorrow, " + next.format(DAY)
                    : next.format(DAY)) + "."));
        }
        out.addAll(holdLines(progress));
        out.addAll(standingLines(progress));
        for (Exercise e : ready) {
            out.add("");
            out.addAll(AdviceText.nextLevelLines(e, plan.levelOf(e.id()), ascii, width));
        }
        return out;
    }

    /** The prescription the plan does: at its level, named, for an exercise with levels. */
    private static String prescription(Plan plan, Exercise e) {
        if (e.levels().isEmpty()) {
            return e.prescription().format();
        }
        int level = Math.max(1, Math.min(plan.levelOf(e.id()), e.levels().size()));
        Level l = e.levels().get(level - 1);
        return l.prescription().format() + ", " + l.name();
    }

    private List<String> wrap(String text) {
        return TextLayout.wrap("", "", text, width);
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
            return "The " + plan.length() + " plan ended on " + plan.lastDay().format(DAY) + ": " + met + " of "
                    + plan.weeks() + " weeks met the goal of " + plan.perWeek() + ".";
        }
        Progress.Week week = p.weeks().get(w - 1);
        return "Week " + w + " of " + plan.weeks() + ": " + week.done() + " of " + week.goal()
                + " sessions done this week" + (week.partial() > 0 ? " (+" + week.partial() + " not counted)" : "")
                + ".";
    }

    /** A blank line and where each hold stands, when any grows; else nothing. */
    private List<String> holdLines(Progress p) {
        if (p.holds().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(wrap("Holds (they grow after " + HoldLengths.SESSIONS + " counted sessions at a length without"
                + " 'hard' or 'hurt'; a 'hurt' steps one back):"));
        p.holds().forEach(l -> out.addAll(TextLayout.wrap("  ", "    ", l, width)));
        return out;
    }

    /** The plan's weeks in one view, sessions that counted against the goal: "  week 1  Nov 24 to Nov 30  3/3 ✓". */
    public List<String> weekTotals(Progress p) {
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
        TextLayout.Table table = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.keep(), TextLayout.Column.keep(), TextLayout.Column.keep()));
        for (Progress.Week w : p.weeks()) {
            table.row("week " + w.number(), w.start().format(shortDay) + " to " + w.start().plusDays(6)
                    .format(shortDay), w.done() + "/" + w.goal() + (w.metGoal() ? (ascii ? " ok" : " ✓") : ""),
                    w.partial() > 0 ? "+" + w.partial() + " not counted" : "");
        }
        return table.lines(width).orElseGet(() -> p.weeks().stream().map(w -> "  week " + w.number() + ": "
                + w.done() + "/" + w.goal()).toList()).stream().map(String::stripTrailing).toList();
    }

    /** What can follow a plan whose weeks are over: the same again, new exercises, or a lighter plan. */
    public List<String> whatNext(Plan plan) {
        List<String> out = new ArrayList<>(wrap("What next? Nothing goes on by itself:"));
        TextLayout.Table table = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap()));
        table.row("backplan plan renew", "the same exercises and levels, " + count(plan.weeks(), "week")
                + " from today, " + plan.perWeek() + " a week");
        table.row("backplan plan set", "new exercises (the picker, on a terminal), " + count(plan.weeks(), "week")
                + " from today");
        table.row("backplan plan renew --maintenance", "a lighter plan to keep what you built: the same exercises, "
                + Plan.MAINTENANCE_PER_WEEK + " sessions a week");
        out.addAll(table.lines(width).orElseGet(() -> List.of("  backplan plan renew: the same again",
                "  backplan plan set: new exercises", "  backplan plan renew --maintenance: "
                        + Plan.MAINTENANCE_PER_WEEK + " sessions a week")));
        return out;
    }

    /** {@code backplan progress}. */
    /** A blank line and the standing's message, when the plan is not ready to go on; else nothing. */
    private List<String> standingLines(Progress p) {
        if (p.standing().ready()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(AdviceText.standingLines(p.standing(), width));
        return out;
    }

    /** {@code backplan progress}. */
    public List<String> progress(Progress p) {
        List<String> out = new ArrayList<>();
        out.addAll(wrap(p.planned() ? "Progress on your plan (" + p.plan().perWeek() + " a week, "
                + count(p.plan().weeks(), "week") + ")" : "Progress (no plan set: counting 3 sessions a week; 'backplan plan set' makes one)"));
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
            out.add(String.format(Locale.ROOT, "  week %-3d  %s   %d/%d %s%s", w.number(), days, w.done(), w.goal(),
                    w.metGoal() ? goal : " ", here).stripTrailing());
        }
        out.addAll(TextLayout.flow("  ", "  ", List.of(done + " counted", part + " not counted", none + " none"),
                "  ", width));
        out.add("");
        out.addAll(wrap(standing(p)));
        out.addAll(wrap("Streak: " + p.streak() + (p.streak() == 1 ? " week" : " weeks") + " meeting the goal."));
        out.addAll(wrap("Sessions: " + p.sessions() + " recorded, " + p.counted() + " counted toward the plan."));
        out.add("");
        out.addAll(wrap("Active time per category (in the plan's weeks):"));
        p.activeSecondsByCategory().forEach((c, s) -> out.add("  " + TextLayout.pad(c, 9) + " "
                + (s == 0 ? "-" : Seconds.format(s))));
        if (!p.levels().isEmpty()) {
            out.add("");
            out.addAll(wrap("Levels done:"));
            p.levels().forEach((name, byLevel) -> out.addAll(TextLayout.wrap("  " + name + ": ", "    ",
                    byLevel.entrySet().stream().map(l -> "level " + l.getKey() + " in " + l.getValue()
                            + (l.getValue() == 1 ? " session" : " sessions")).collect(Collectors.joining(", ")),
                    width)));
        }
        out.addAll(holdLines(p));
        if (!p.ratings().isEmpty()) {
            out.add("");
            out.addAll(wrap("How exercises went (your ratings):"));
            p.ratings().forEach((name, byRating) -> out.addAll(TextLayout.wrap("  ", "    ", name + ": "
                    + byRating.entrySet().stream().map(r -> r.getValue() + " " + r.getKey().key())
                            .collect(Collectors.joining(", ")), width)));
        }
        out.add("");
        if (p.pain().isEmpty()) {
            out.addAll(wrap("Pain: no ratings yet (give one after a session, or with --pain N)."));
        } else {
            List<Integer> pain = p.pain();
            String range = " (0-10), first " + pain.get(0) + ", latest " + pain.get(pain.size() - 1);
            if (ascii) {
                // Numbers, not marks: ASCII has no eleven heights that read at a glance.
                int room = width <= TextLayout.UNLIMITED ? Integer.MAX_VALUE : width - 2;
                List<String> shown = latestThatFit(pain, room);
                out.addAll(wrap("Pain after sessions" + range + (shown.size() < pain.size() ? "; the latest "
                        + shown.size() + ":" : ":")));
                out.add("  " + String.join(" ", shown));
            } else {
                int marks = width <= TextLayout.UNLIMITED ? SPARK_RATINGS : Math.min(SPARK_RATINGS, width - 2);
                List<Integer> shown = pain.subList(Math.max(0, pain.size() - Math.max(1, marks)), pain.size());
                out.addAll(wrap("Pain after sessions" + range + (shown.size() < pain.size() ? "; the latest "
                        + shown.size() + ":" : ":")));
                sparkRows(shown).forEach(row -> out.add(("  " + row).stripTrailing()));
            }
        }
        out.addAll(standingLines(p));
        return out;
    }

    private String dayHeader(Progress p) {
        return p.plan().start().getDayOfWeek().toString().substring(0, 2).charAt(0) + " "
                + java.util.stream.IntStream.range(1, 7)
                        .mapToObj(i -> String.valueOf(p.plan().start().plusDays(i).getDayOfWeek().toString()
                                .charAt(0)))
                        .collect(Collectors.joining(" "));
    }

    /**
     * Pain ratings as a chart two rows high, oldest first: each rating 0-10 has a height of its own (1 to 16 eighths
     * of a cell, so 0 still shows), so no two ratings look alike. Returns the top row, then the bottom row.
     */
    static List<String> sparkRows(List<Integer> values) {
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        for (int v : values) {
            int eighths = sparkEighths(v);
            top.append(eighths > 8 ? EIGHTHS.charAt(eighths - 9) : ' ');
            bottom.append(EIGHTHS.charAt(Math.min(eighths, 8) - 1));
        }
        return List.of(top.toString(), bottom.toString());
    }

    /** The height of a rating in eighths of a cell: 0 is 1, 10 is 16, and every step in between at least one. */
    static int sparkEighths(int rating) {
        int v = Math.max(0, Math.min(10, rating));
        return 1 + (3 * v + 1) / 2;
    }

    /** The latest ratings, as numbers, that fit in {@code room} columns with a space between them. */
    private static List<String> latestThatFit(List<Integer> values, int room) {
        List<String> shown = new ArrayList<>();
        int used = 0;
        for (int i = values.size() - 1; i >= 0 && shown.size() < SPARK_RATINGS; i--) {
            String n = String.valueOf(values.get(i));
            int need = n.length() + (shown.isEmpty() ? 0 : 1);
            if (used + need > room) {
                break;
            }
            shown.add(0, n);
            used += need;
        }
        return shown;
    }

    /**
     * {@code backplan history}: one row per session under a header, every column as wide as its widest cell; on
     * a terminal too narrow for the table, two or three lines per session. {@code since}, when given, is the day
     * the rows were chosen from (for an empty table).
     */
    public List<String> history(List<HistoryEntry> entries, LocalDate since) {
        List<String> out = new ArrayList<>();
        if (entries.isEmpty()) {
            out.addAll(wrap(since == null ? "No sessions recorded yet. 'backplan start' runs one."
                    : "No sessions on or after " + since.format(DAY) + "."));
            return out;
        }
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        boolean leveled = entries.stream().anyMatch(e -> e.result().exercises().stream()
                .anyMatch(x -> x.level() != null && x.setOrSideDone()));
        List<TextLayout.Column> columns = new ArrayList<>(List.of(TextLayout.Column.wrap(),
                TextLayout.Column.keep(), TextLayout.Column.keep(), TextLayout.Column.keep(), TextLayout.Column.keep(),
                TextLayout.Column.keep(), TextLayout.Column.keep()));
        boolean rated = entries.stream().anyMatch(e -> e.result().exercises().stream()
                .anyMatch(x -> x.rating() != null));
        if (leveled) {
            columns.add(TextLayout.Column.wrap());
        }
        if (rated) {
            columns.add(TextLayout.Column.wrap());
        }
        columns.add(TextLayout.Column.wrap());
        TextLayout.Table table = new TextLayout.Table("", "  ", columns);
        List<String> header = new ArrayList<>(List.of("started", "duration", "ending", "exercises", "sets", "pain",
                "week"));
        if (leveled) {
            header.add("levels");
        }
        if (rated) {
            header.add("ratings");
        }
        header.add("counts");
        table.row(header);
        List<List<String>> blocks = new ArrayList<>();
        java.util.Set<Verdict.Reason> reasons = java.util.EnumSet.noneOf(Verdict.Reason.class);
        for (HistoryEntry e : entries) {
            SessionResult r = e.result();
            long complete = r.exercises().stream().filter(ExerciseResult::completed).count();
            String pain = (e.painBefore() == null ? "" : e.painBefore() + (ascii ? ">" : "→"))
                    + (e.painAfter() == null ? (e.painBefore() == null ? "-" : "?") : e.painAfter());
            String started = e.day() + " " + r.start().format(minute); // on its day, at its time, where it was done
            String duration = e.logged() ? "-" : Seconds.clock(r.totalSeconds()); // no one timed it
            String exercises = complete + "/" + r.exercises().size();
            String sets = r.setsDone() + "/" + r.setsPlanned();
            String week = e.planWeek() == null ? "-" : e.planWeek().toString();
            String levels = r.exercises().stream().filter(x -> x.level() != null && x.setOrSideDone())
                    .map(x -> x.id() + "=" + x.level()).collect(Collectors.joining(" "));
            String ratings = r.exercises().stream().filter(x -> x.rating() != null)
                    .map(x -> x.id() + "=" + x.rating().key()).collect(Collectors.joining(" "));
            String counts = e.verdict().brief();
            if (!e.counts()) {
                reasons.add(e.verdict().why());
            }
            // a session done elsewhere has no ending of its own: the column says where it came from
            String ending = e.logged() ? "logged" : r.ending().key();
            List<String> row = new ArrayList<>(List.of(started, duration, ending, exercises, sets, pain,
                    week));
            if (leveled) {
                row.add(levels.isEmpty() ? "-" : levels);
            }
            if (rated) {
                row.add(ratings.isEmpty() ? "-" : ratings);
            }
            row.add(counts);
            table.row(row);
            List<String> block = new ArrayList<>(TextLayout.flow("", "  ", List.of(started, ending), "  ",
                    width));
            List<String> facts = new ArrayList<>(List.of(duration, exercises + " exercises", sets + " sets",
                    "pain " + pain, "week " + week));
            if (!levels.isEmpty()) {
                facts.add("levels " + levels);
            }
            if (!ratings.isEmpty()) {
                facts.add("rated " + ratings);
            }
            block.addAll(TextLayout.flow("  ", "  ", facts, ascii ? " - " : " · ", width));
            block.addAll(TextLayout.wrap("  ", "    ", "counts: " + counts, width));
            blocks.add(block);
        }
        out.addAll(table.lines(width).orElseGet(() -> blocks.stream().flatMap(List::stream).toList()));
        // Notes are free text of any length: a line each under the table, by the session's start.
        for (HistoryEntry e : entries) {
            if (e.note() != null) {
                out.addAll(TextLayout.wrap("", "    ", "note " + e.day() + " " + e.result().start().format(minute)
                        + ": " + e.note(), width));
            }
        }
        if (!reasons.isEmpty()) {
            // Only sessions that count fill the plan's weeks: say what the other words mean.
            out.addAll(wrap("counts: " + reasons.stream().map(r -> Verdict.brief(r) + " = " + Verdict.meaning(r))
                    .collect(Collectors.joining("; ")) + ". Only sessions that count fill the plan's weeks."));
        }
        return out;
    }

    /** "1 week", "4 weeks". */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
