package backplan.app;

import backplan.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.history.Plan;
import backplan.history.PlanFile;
import backplan.session.SessionBuilder;
import backplan.term.Picker;
import backplan.term.ProgressText;
import backplan.term.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The 4-week plan: showing it, making or changing it, removing it. */
public final class Plans {

    /**
     * What {@code plan set} asks for; null fields keep what the plan had (or take the defaults).
     *
     * @param picks exercise ids by category name, as typed
     * @param start the first day, or null
     */
    public record Change(Map<String, String> picks, Integer perWeek, Integer weeks, LocalDate start) {}

    private final Environment env;

    public Plans(Environment env) {
        this.env = env;
    }

    /** The plan's exercises by category; a pick the catalog lacks is left out (the plan loader reports it). */
    public static Map<Category, Exercise> picks(Catalog catalog, Plan plan) {
        Map<Category, Exercise> picks = new EnumMap<>(Category.class);
        plan.picks().forEach((c, id) -> catalog.find(id).ifPresent(e -> picks.put(c, e)));
        return picks;
    }

    public Optional<Plan> load(Catalog catalog) throws InvalidFileException {
        return env.planFile().load(catalog);
    }

    /** {@code plan}: the picks, the goal and where this week stands. */
    public int show(boolean ascii) throws IOException, InvalidFileException {
        Catalog catalog = env.catalog();
        Plan plan = load(catalog).orElse(null);
        PrintWriter out = env.out();
        if (plan == null) {
            TextLayout.wrap("", "", "No plan yet. 'backplan plan set' makes one: one exercise per category, "
                    + Plan.DEFAULT_PER_WEEK + " sessions a week for " + Plan.DEFAULT_WEEKS + " weeks.", env.width())
                    .forEach(out::println);
            return ExitCode.OK;
        }
        print(catalog, plan, ascii);
        return ExitCode.OK;
    }

    private void print(Catalog catalog, Plan plan, boolean ascii) throws IOException {
        new ProgressText(env.ascii(ascii), env.width())
                .plan(plan, SessionBuilder.onePerCategory(catalog, picks(catalog, plan)),
                        env.tally().against(plan, env.today()))
                .forEach(env.out()::println);
    }

    /**
     * {@code plan set}: the old picks, then the new ones; without new picks on a terminal the picker opens. Every
     * category is written out, so the file is easy to edit.
     */
    public int set(Change change) throws IOException, InvalidFileException {
        Catalog catalog = env.catalog();
        PlanFile file = env.planFile();
        Plan old = file.exists() ? load(catalog).orElse(null) : null;
        Map<Category, Exercise> chosen = new EnumMap<>(Category.class);
        if (old != null) {
            chosen.putAll(picks(catalog, old));
        }
        chosen.putAll(Picks.parse(catalog, change.picks()));
        if (change.picks().isEmpty() && env.canDrawLive()) {
            Map<Category, Exercise> picked = Picker.pick(catalog, chosen);
            if (picked == null) {
                env.err().println("No plan saved.");
                return ExitCode.INTERRUPTED;
            }
            chosen = picked;
        }
        for (Exercise e : SessionBuilder.onePerCategory(catalog, chosen)) {
            chosen.putIfAbsent(e.category(), e);
        }
        boolean picksOnly = change.perWeek() == null && change.weeks() == null;
        LocalDate start = change.start() != null ? change.start()
                : old != null && !picksOnly ? old.start() : env.today();
        int perWeek = change.perWeek() != null ? change.perWeek()
                : old == null ? Plan.DEFAULT_PER_WEEK : old.perWeek();
        int weeks = change.weeks() != null ? change.weeks() : old == null ? Plan.DEFAULT_WEEKS : old.weeks();
        Plan next = new Plan(start, perWeek, weeks, Picks.ids(chosen));
        file.save(next);
        env.out().println("Saved the plan to " + file.path() + ".");
        print(catalog, next, false);
        return ExitCode.OK;
    }

    /** Saves the picks of a session as a new plan starting today, with the default goal. */
    void saveNew(Map<Category, Exercise> chosen) throws IOException {
        env.planFile().save(new Plan(env.today(), Plan.DEFAULT_PER_WEEK, Plan.DEFAULT_WEEKS, Picks.ids(chosen)));
    }

    /** {@code plan reset}: removes the plan after a confirmation; the history stays. */
    public int reset(boolean yes) throws IOException {
        PlanFile file = env.planFile();
        if (!file.exists()) {
            env.out().println("There is no plan to reset.");
            return ExitCode.OK;
        }
        if (!yes) {
            if (!env.interactive()) {
                throw new UsageException("plan reset removes " + file.path() + "; pass --yes to confirm");
            }
            if (!env.prompts().confirm("Remove the plan in " + file.path() + "? Your history stays.", false)) {
                env.out().println("Kept the plan.");
                return ExitCode.OK;
            }
        }
        file.delete();
        env.out().println("Removed the plan. Your history is untouched.");
        return ExitCode.OK;
    }
}
