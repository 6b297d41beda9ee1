package backplan.term;

import backplan.catalog.Exercise;
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
import java.util.stream.Collectors;

/** The plan, the progress view and the history table as text, in Unicode or plain ASCII. */
public final class ProgressText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final String ASCII_SPARKS = "_.-~=+*#";
    private static final int SPARK_RATINGS = 40;

    private final boolean ascii;
    private final int width;

    public ProgressText(boolean ascii) {
        this(ascii, TextLayout.UNLIMITED);
    }

    /** Text for {@code width} columns; {@link TextLayout#UNLIMITED} keeps every line whole. */
    public ProgressText(boolean ascii, int width) {
        this.ascii = ascii;
        this.width = width;
    }

    /** {@code backplan plan}: the picks (category, name, id, prescription), the goal and where the person stands. */
    public List<String> plan(Plan plan, List<Exercise> exercises, Progress progress) {
        List<String> out = new ArrayList<>(wrap("Plan: " + plan.perWeek() + " sessions a week for " + plan.weeks()
                + " weeks, from " + plan.start().format(DAY) + " to " + plan.end().minusDays(1).format(DAY)));
        TextLayout.Table table = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap(), TextLayout.Column.keep(), TextLayout.Column.wrap()));
        TextLayout.Table narrow = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap()));
        for (Exercise e : exercises) {
            table.row(e.category().key(), e.name(), e.id(), e.prescription().format());
            narrow.row(e.category().key(), e.name() + " (" + e.id() + ", " + e.prescription().format() + ")");
        }
        out.addAll(table.lines(width).or(() -> narrow.lines(width)).orElseGet(() -> exercises.stream()
                .flatMap(e -> TextLayout.wrap("  " + e.category().key() + ": ", "    ", e.name() + " (" + e.id()
                        + ", " + e.prescription().format() + ")", width).stream())
                .toList()));
        out.add("");
        out.addAll(wrap(standing(progress)));
        return out;
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
        out.addAll(wrap(p.planned() ? "Progress on your plan (" + p.plan().perWeek() + " a week, " + p.plan().weeks()
                + " weeks)" : "Progress (no plan set: counting 3 sessions a week; 'backplan plan set' makes one)"));
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
                    w.metGoal() ? goal : " ", here).stripTrailing());
        }
        out.addAll(TextLayout.flow("  ", "  ", List.of(done + " done", part + " stopped early", none + " none"), "  ",
                width));
        out.add("");
        out.addAll(wrap(standing(p)));
        out.addAll(wrap("Streak: " + p.streak() + (p.streak() == 1 ? " week" : " weeks") + " meeting the goal."));
        out.addAll(wrap("Sessions: " + p.sessions() + " recorded, " + p.completed() + " completed."));
        out.add("");
        out.addAll(wrap("Active time per category (in the plan's weeks):"));
        p.activeSecondsByCategory().forEach((c, s) -> out.add("  " + TextLayout.pad(c, 9) + " "
                + (s == 0 ? "-" : Seconds.format(s))));
        out.add("");
        if (p.pain().isEmpty()) {
            out.addAll(wrap("Pain: no ratings yet (give one after a session, or with --pain N)."));
        } else {
            // The marks are one piece: as many of the latest as fit on a line of their own.
            int marks = width <= TextLayout.UNLIMITED ? SPARK_RATINGS : Math.min(SPARK_RATINGS, width - 2);
            out.addAll(TextLayout.flow("", "  ", List.of("Pain after sessions (0-10):", sparkline(p.pain(), marks),
                    " first " + p.pain().get(0) + ", latest " + p.pain().get(p.pain().size() - 1)), " ", width));
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
        return sparkline(values, SPARK_RATINGS);
    }

    private String sparkline(List<Integer> values, int count) {
        String marks = ascii ? ASCII_SPARKS : SPARKS;
        return values.stream().skip(Math.max(0, values.size() - Math.max(1, count)))
                .map(v -> String.valueOf(marks.charAt(Math.min(marks.length() - 1, v * marks.length() / 11))))
                .collect(Collectors.joining());
    }

    /**
     * {@code backplan history}: one row per session under a header, every column as wide as its widest cell; on
     * a terminal too narrow for the table, two or three lines per session.
     */
    public List<String> history(List<HistoryEntry> entries) {
        List<String> out = new ArrayList<>();
        if (entries.isEmpty()) {
            out.addAll(wrap("No sessions recorded yet. 'backplan start' runs one."));
            return out;
        }
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        TextLayout.Table table = new TextLayout.Table("", "  ", List.of(TextLayout.Column.wrap(),
                TextLayout.Column.keep(), TextLayout.Column.keep(), TextLayout.Column.keep(), TextLayout.Column.keep(),
                TextLayout.Column.keep(), TextLayout.Column.keep()));
        table.row("started", "duration", "ending", "exercises", "sets", "pain", "week");
        List<List<String>> blocks = new ArrayList<>();
        for (HistoryEntry e : entries) {
            SessionResult r = e.result();
            long complete = r.exercises().stream().filter(ExerciseResult::completed).count();
            String pain = (e.painBefore() == null ? "" : e.painBefore() + (ascii ? ">" : "→"))
                    + (e.painAfter() == null ? (e.painBefore() == null ? "-" : "?") : e.painAfter());
            String started = r.start().toLocalDateTime().format(minute);
            String duration = Seconds.clock(r.totalSeconds());
            String exercises = complete + "/" + r.exercises().size();
            String sets = r.setsDone() + "/" + r.setsPlanned();
            String week = e.planWeek() == null ? "-" : e.planWeek().toString();
            table.row(started, duration, r.ending().key(), exercises, sets, pain, week);
            List<String> block = new ArrayList<>(TextLayout.flow("", "  ", List.of(started, r.ending().key()), "  ",
                    width));
            block.addAll(TextLayout.flow("  ", "  ", List.of(duration, exercises + " exercises", sets + " sets",
                    "pain " + pain, "week " + week), ascii ? " - " : " · ", width));
            blocks.add(block);
        }
        out.addAll(table.lines(width).orElseGet(() -> blocks.stream().flatMap(List::stream).toList()));
        return out;
    }
}
