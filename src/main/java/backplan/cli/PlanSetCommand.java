package backplan.cli;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.history.Plan;
import backplan.term.Picker;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backplan plan set}: chooses the exercises and the goal, and saves the plan. */
@Command(name = "set", description = {"Make or change the plan. Without --pick on a terminal, a picker opens;"
    + " categories you do not pick use the catalog's first exercise."})
final class PlanSetCommand implements Callable<Integer> {

    @ParentCommand
    PlanCommand plan;

    @Option(names = "--pick", paramLabel = "CATEGORY=ID", description = "Use ID for CATEGORY (repeatable).")
    Map<String, String> picks = new LinkedHashMap<>();

    @Option(names = "--per-week", paramLabel = "N", description = "Sessions a week (1-7, default 3).")
    Integer perWeek;

    @Option(names = "--weeks", paramLabel = "N", description = "Length of the plan in weeks (1-52, default 4).")
    Integer weeks;

    @Option(names = "--start", paramLabel = "DATE", description = "First day, as 2026-11-24 (default: today).")
    String start;

    @Override
    public Integer call() throws Exception {
        BackplanCommand app = plan.app;
        Catalog catalog = app.catalog();
        Plan old = app.planFile().exists() ? app.planFile().load(catalog).orElse(null) : null;
        Map<Category, Exercise> chosen = new EnumMap<>(Category.class);
        if (old != null) {
            chosen.putAll(PlanCommand.picks(catalog, old));
        }
        chosen.putAll(Picks.parse(catalog, picks));
        if (picks.isEmpty() && app.invocation().interactive()) {
            Map<Category, Exercise> picked = Picker.pick(catalog, chosen);
            if (picked == null) {
                app.invocation().err().println("No plan saved.");
                return backplan.ExitCode.INTERRUPTED;
            }
            chosen = picked;
        }
        for (Exercise e : backplan.session.SessionBuilder.onePerCategory(catalog, chosen)) {
            chosen.putIfAbsent(e.category(), e); // every category explicit in the file, easy to edit
        }
        Plan next = new Plan(startDate(old, app), check(perWeek, 1, 7, "--per-week",
                old == null ? Plan.DEFAULT_PER_WEEK : old.perWeek()),
                check(weeks, 1, 52, "--weeks", old == null ? Plan.DEFAULT_WEEKS : old.weeks()), Picks.ids(chosen));
        app.planFile().save(next);
        app.invocation().out().println("Saved the plan to " + app.planFile().path() + ".");
        new backplan.term.ProgressText(app.ascii(false)).plan(next, PlanCommand.names(catalog, next),
                app.tally().against(next, app.today()))
                .forEach(app.invocation().out()::println);
        return 0;
    }

    private LocalDate startDate(Plan old, BackplanCommand app) {
        if (start == null) {
            return old != null && !picksOnly() ? old.start() : app.today();
        }
        try {
            return LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new UsageException("--start must be a date such as 2026-11-24, not '" + start + "'");
        }
    }

    /** Changing only the exercises keeps the plan's dates; changing nothing else restarts it today. */
    private boolean picksOnly() {
        return perWeek == null && weeks == null;
    }

    private static int check(Integer value, int min, int max, String option, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
