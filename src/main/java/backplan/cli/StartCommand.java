package backplan.cli;

import backplan.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.history.HistoryEntry;
import backplan.history.Plan;
import backplan.session.Progression;
import backplan.session.SessionBuilder;
import backplan.session.SessionPlan;
import backplan.term.Coach;
import backplan.term.Json;
import backplan.term.Picker;
import backplan.term.SessionText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan start}: builds today's session and coaches it live, as plain lines, or as JSON Lines. */
@Command(name = "start", description = {
    "Run a session: one exercise per category in session order (mobility, abs, back, obliques, glutes, stretch)"
            + " from your plan, your picks, or the catalog's first of each; or just the exercises you name.",
    "Keys: space pause, s or → skip, +/- 10 s, q or Esc quit (asks), Ctrl-C quit at once."})
final class StartCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = ExerciseIds.class,
            description = "Run just these exercises, in this order.")
    List<String> ids = List.of();

    @Option(names = "--pick", paramLabel = "CATEGORY=ID", description = "Use ID for CATEGORY (repeatable).")
    Map<String, String> picks = new LinkedHashMap<>();

    @Mixin
    SessionOptions session;

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

    @Option(names = "--pain", paramLabel = "N", description = "Record how your back feels after (0-10).")
    Integer pain;

    @Option(names = "--pain-before", paramLabel = "N", description = "Record how your back feels before (0-10).")
    Integer painBefore;

    @Override
    public Integer call() throws Exception {
        checkPain(pain, "--pain");
        checkPain(painBefore, "--pain-before");
        Catalog catalog = app.catalog();
        Plan plan = app.planFile().load(catalog).orElse(null);
        if (!dryRun) {
            new SafetyGate(app).check(yes); // the trainer's warning comes first
        }
        List<Exercise> chosen = choose(catalog, plan);
        if (chosen == null) {
            app.invocation().err().println("No session started: the picker was closed.");
            return ExitCode.INTERRUPTED;
        }
        Progression progression = plan == null ? Progression.NONE : plan.progressionOn(app.today());
        SessionPlan sessionPlan = SessionBuilder.build(catalog, chosen, session.settings(progression, json));
        PrintWriter out = app.invocation().out();
        if (dryRun) {
            if (json) {
                Json.write(out, true, g -> Json.plan(g, sessionPlan));
                out.println();
            } else {
                SessionText.dryRun(sessionPlan).forEach(out::println);
            }
            return ExitCode.OK;
        }
        Coach.Mode mode = mode();
        Coach.Outcome outcome = Coach.run(sessionPlan, mode, app.invocation().clock(), out, app.invocation().in(),
                app.color(), app.ascii(false), quiet, mode == Coach.Mode.LIVE && pain == null);
        PrintWriter summaryTo = json ? app.invocation().err() : out;
        SessionText.summary(outcome.result()).forEach(summaryTo::println);
        summaryTo.flush();
        Integer week = plan == null ? null : plan.weekOf(outcome.result().start().toLocalDate());
        Integer after = pain != null ? pain : outcome.painAfter();
        if (!record(new HistoryEntry(outcome.result(), painBefore, after, week))) {
            return ExitCode.FAILURE;
        }
        if (outcome.result().completed()) {
            return ExitCode.OK;
        }
        return outcome.signal() > 0 ? ExitCode.signal(outcome.signal()) : ExitCode.INTERRUPTED;
    }

    /** Appends the session to the history; if that fails the summary is already out and the error says where. */
    private boolean record(HistoryEntry entry) {
        try {
            app.historyFile().append(entry);
            return true;
        } catch (IOException | RuntimeException e) {
            app.invocation().err().println("backplan: the session could not be recorded in "
                    + app.historyFile().path() + ": " + IoFailure.describe(e));
            return false;
        }
    }

    private Coach.Mode mode() {
        if (json) {
            return Coach.Mode.JSON;
        }
        String term = app.invocation().env().get("TERM");
        boolean live = app.invocation().interactive() && !plain && !"dumb".equals(term);
        return live ? Coach.Mode.LIVE : Coach.Mode.PLAIN;
    }

    /** Named ids, else picks over the plan, else (on a terminal) the picker, else the first of each category. */
    private List<Exercise> choose(Catalog catalog, Plan plan) throws IOException {
        if (!ids.isEmpty()) {
            if (!picks.isEmpty()) {
                throw new UsageException("name exercises or use --pick, not both");
            }
            return ids.stream().map(id -> ExerciseIds.find(catalog, id)).toList();
        }
        Map<Category, Exercise> chosen = new LinkedHashMap<>();
        if (plan != null) {
            chosen.putAll(PlanCommand.picks(catalog, plan));
        }
        chosen.putAll(Picks.parse(catalog, picks));
        if (plan == null && picks.isEmpty() && !dryRun && mode() == Coach.Mode.LIVE) {
            chosen = Picker.pick(catalog, chosen);
            if (chosen == null) {
                return null;
            }
            offerToSave(chosen);
        }
        return SessionBuilder.onePerCategory(catalog, chosen);
    }

    private void offerToSave(Map<Category, Exercise> chosen) throws IOException {
        PrintWriter err = app.invocation().err();
        err.print("Keep these as your plan (" + Plan.DEFAULT_PER_WEEK + " sessions a week for " + Plan.DEFAULT_WEEKS
                + " weeks, from today)? [Y/n] ");
        err.flush();
        String answer = Answers.line(app.invocation().in());
        if (answer.isEmpty() || answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes")) {
            app.planFile().save(new Plan(app.today(), Plan.DEFAULT_PER_WEEK, Plan.DEFAULT_WEEKS,
                    Picks.ids(chosen)));
            err.println("Saved the plan to " + app.planFile().path() + "; 'backplan plan' shows it.");
            err.flush();
        }
    }

    private static void checkPain(Integer value, String option) {
        if (value != null && (value < 0 || value > 10)) {
            throw new UsageException(option + " must be between 0 and 10, not " + value);
        }
    }
}
