package backplan.cli;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.history.Plan;
import backplan.history.Progress;
import backplan.session.SessionBuilder;
import backplan.term.ProgressText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backplan plan}: shows the 4-week plan and where you stand in it. */
@Command(name = "plan", description = "Show the plan: one exercise per category, 3 sessions a week for 4 weeks.",
        subcommands = {PlanSetCommand.class, PlanResetCommand.class})
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Option(names = "--ascii", description = "Plain ASCII marks.")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = app.catalog();
        Plan plan = app.planFile().load(catalog).orElse(null);
        var out = app.invocation().out();
        if (plan == null) {
            out.println("No plan yet. 'backplan plan set' makes one: one exercise per category, "
                    + Plan.DEFAULT_PER_WEEK + " sessions a week for " + Plan.DEFAULT_WEEKS + " weeks.");
            return 0;
        }
        Progress progress = app.tally().against(plan, app.today());
        new ProgressText(app.ascii(ascii)).plan(plan, names(catalog, plan), progress).forEach(out::println);
        return 0;
    }

    static Map<Category, String> names(Catalog catalog, Plan plan) {
        Map<Category, String> names = new EnumMap<>(Category.class);
        List<Exercise> chosen = SessionBuilder.onePerCategory(catalog, picks(catalog, plan));
        chosen.forEach(e -> names.put(e.category(), e.name() + " (" + e.id() + ", "
                + e.prescription().format() + ")"));
        return names;
    }

    static Map<Category, Exercise> picks(Catalog catalog, Plan plan) {
        Map<Category, Exercise> picks = new EnumMap<>(Category.class);
        plan.picks().forEach((c, id) -> catalog.find(id).ifPresent(e -> picks.put(c, e)));
        return picks;
    }
}
