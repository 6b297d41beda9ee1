package backplan.cli;

import backplan.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.session.SessionBuilder;
import backplan.session.SessionPlan;
import backplan.session.SessionSettings;
import backplan.session.Tempo;
import backplan.term.Coach;
import backplan.term.Json;
import backplan.term.SessionText;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan start}: builds today's session and coaches it live, as plain lines, or as JSON Lines. */
@Command(name = "start", description = {
    "Run a session: one exercise per category in session order (mobility, abs, back, obliques, glutes,",
    "stretch), or just the exercises you name. Keys: space pause, s or → skip, +/- 10 s, q or Esc quit."})
final class StartCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = ExerciseIds.class,
            description = "Run just these exercises, in this order.")
    List<String> ids = List.of();

    @Option(names = "--pick", paramLabel = "CATEGORY=ID", description = "Use ID for CATEGORY (repeatable).")
    Map<String, String> picks = new LinkedHashMap<>();

    @Option(names = "--sets", paramLabel = "N", description = "Sets per exercise (1-10).")
    Integer sets;

    @Option(names = "--work", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Work time per set, e.g. 45, 45s, 1m30s (default: the prescription; a range uses the"
                    + " plan's week, else its low end).")
    Integer work;

    @Option(names = "--rest", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Rest between sets (default: the prescription's, usually 15 s).")
    Integer rest;

    @Option(names = "--rest-between", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "30", description = "Rest between exercises (default: ${DEFAULT-VALUE} s).")
    int restBetween;

    @Option(names = "--lead-in", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5",
            description = "Get-ready time before the first exercise (default: ${DEFAULT-VALUE} s).")
    int leadIn;

    @Option(names = "--switch", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5",
            description = "Pause to switch sides (default: ${DEFAULT-VALUE} s).")
    int switchPause;

    @Option(names = "--level", paramLabel = "N", defaultValue = "0",
            description = "Level for exercises that have levels (Oblique Knee Drop: 1 or 2).")
    int level;

    @Option(names = "--reps", description = "Count reps where an exercise offers them (3 × 10 reps, not 3 × 30 s).")
    boolean byReps;

    @Option(names = "--reps-manual", description = "End each reps set with Enter instead of a paced count.")
    boolean repsManual;

    @Option(names = "--tempo", paramLabel = "OUT/BACK", defaultValue = "2/2",
            description = "Seconds out and back for paced reps (default: ${DEFAULT-VALUE}).")
    String tempo;

    @Option(names = "--plain", description = "One line per event, no live screen (automatic when not a terminal).")
    boolean plain;

    @Option(names = "--json", description = "Events as JSON Lines; with --dry-run, the session as one document.")
    boolean json;

    @Option(names = "--dry-run", description = "Print the session, step by step, and exit.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "No terminal bell.")
    boolean quiet;

    @Option(names = {"-y", "--yes"}, description = "Acknowledge the safety note (for scripts).")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = app.catalog();
        SessionPlan plan = SessionBuilder.build(catalog, choose(catalog), settings());
        PrintWriter out = app.invocation().out();
        if (dryRun) {
            if (json) {
                Json.write(out, true, g -> Json.plan(g, plan));
                out.println();
            } else {
                SessionText.dryRun(plan).forEach(out::println);
            }
            return ExitCode.OK;
        }
        new SafetyGate(app).check(yes);
        Coach.Outcome outcome = Coach.run(plan, mode(), app.invocation().clock(), out, app.invocation().in(),
                app.color(), quiet);
        PrintWriter summaryTo = json ? app.invocation().err() : out;
        SessionText.summary(outcome.result()).forEach(summaryTo::println);
        summaryTo.flush();
        if (outcome.result().completed()) {
            return ExitCode.OK;
        }
        return outcome.signal() > 0 ? ExitCode.signal(outcome.signal()) : ExitCode.INTERRUPTED;
    }

    private Coach.Mode mode() {
        if (json) {
            return Coach.Mode.JSON;
        }
        String term = app.invocation().env().get("TERM");
        boolean live = app.invocation().interactive() && !plain && !"dumb".equals(term);
        return live ? Coach.Mode.LIVE : Coach.Mode.PLAIN;
    }

    private List<Exercise> choose(Catalog catalog) {
        if (!ids.isEmpty()) {
            if (!picks.isEmpty()) {
                throw new UsageException("name exercises or use --pick, not both");
            }
            return ids.stream().map(id -> ExerciseIds.find(catalog, id)).toList();
        }
        Map<Category, Exercise> chosen = new LinkedHashMap<>();
        picks.forEach((categoryName, id) -> {
            Category category = CategoryNames.parse(categoryName);
            Exercise e = ExerciseIds.find(catalog, id);
            if (e.category() != category) {
                throw new UsageException("--pick " + categoryName + "=" + id + ": " + id + " is a "
                        + e.category().key() + " exercise, not " + category.key());
            }
            chosen.put(category, e);
        });
        return SessionBuilder.onePerCategory(catalog, chosen);
    }

    private SessionSettings settings() {
        if (sets != null && (sets < 1 || sets > 10)) {
            throw new UsageException("--sets must be between 1 and 10, not " + sets);
        }
        if (work != null && work < 1) {
            throw new UsageException("--work must be at least 1 s");
        }
        if (level < 0 || level > 9) {
            throw new UsageException("--level must be between 1 and 9, not " + level);
        }
        if (repsManual && json) {
            throw new UsageException("--reps-manual waits for Enter; it does not go with --json");
        }
        return new SessionSettings(sets, work, rest, leadIn, switchPause, restBetween, level, byReps || repsManual,
                repsManual, parseTempo(), backplan.session.Progression.NONE);
    }

    private Tempo parseTempo() {
        String[] parts = tempo.split("/");
        try {
            if (parts.length == 2) {
                int out = Integer.parseInt(parts[0].strip());
                int back = Integer.parseInt(parts[1].strip());
                if (out >= 1 && back >= 1 && out <= 30 && back <= 30) {
                    return new Tempo(out, back);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--tempo must be OUT/BACK in whole seconds (1-30), such as 2/2, not '" + tempo + "'");
    }
}
