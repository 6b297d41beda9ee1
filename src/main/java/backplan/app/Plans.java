package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Level;
import backplan.catalog.Problem;
import backplan.catalog.Profile;
import backplan.program.EasierChoice;
import backplan.program.HoldLengths;
import backplan.program.Plan;
import backplan.program.PlanFile;
import backplan.program.Progress;
import backplan.program.Schedule;
import backplan.program.Standing;
import backplan.program.Weekdays;
import backplan.session.SessionBuilder;
import backplan.session.SessionClock;
import backplan.settings.ProfileFile;
import backplan.text.Json;
import backplan.text.ProgressText;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/** The 4-week plan: showing it, making or changing it, removing it. */
public final class Plans {

    /**
     * What {@code plan set} asks for; null fields keep what the plan had (or take the defaults).
     *
     * @param picks  {@code --pick} options as typed ({@code back=bird-dog}), in order
     * @param levels {@code --level ID=N} by exercise id
     * @param start  the first day, or null
     * @param days   the weekdays of the sessions, empty to fix none, or null to keep the plan's
     */
    public record Change(List<String> picks, Map<String, Integer> levels, Integer perWeek, Integer weeks,
            LocalDate start, Set<DayOfWeek> days) {

        boolean isEmpty() {
            return picks.isEmpty() && levels.isEmpty() && perWeek == null && weeks == null && start == null
                    && days == null;
        }
    }

    private final ActiveCatalog activeCatalog;
    private final PlanFile planFile;
    private final SessionLog log;
    private final Standings standings;
    private final SessionClock clock;
    private final Prompts prompts;
    private final ExercisePicker picker;
    private final Output output;
    private final ProfileFile profileFile;

    /** @param profileFile the conditions that leave exercises out of the choices */
    public Plans(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, Standings standings,
            SessionClock clock, Prompts prompts, ExercisePicker picker, Output output, ProfileFile profileFile) {
        this.activeCatalog = activeCatalog;
        this.planFile = planFile;
        this.log = log;
        this.standings = standings;
        this.clock = clock;
        this.prompts = prompts;
        this.picker = picker;
        this.output = output;
        this.profileFile = profileFile;
    }

    /** The plan's exercises by category; a pick the catalog lacks is left out (the plan loader reports it). */
    public static Map<Category, List<Exercise>> picks(Catalog catalog, Plan plan) {
        return Picks.exercises(catalog, plan.picks());
    }

    /**
     * The plan to change, or none when it does not fit this catalog (made for another one): then {@code plan set}
     * makes a new plan instead of refusing, so a person who switched catalogs is never locked out.
     */
    private Plan loadOrReplace(Catalog catalog) throws InvalidFileException {
        try {
            return load(catalog).orElse(null);
        } catch (InvalidFileException e) {
            boolean otherCatalog = e.problems().stream().allMatch(p -> p.kind() == Problem.Kind.OTHER_CATALOG);
            if (!otherCatalog) {
                throw e; // a plan broken some other way is reported, never overwritten unread
            }
            e.problems().forEach(p -> output.err().println("note: " + p));
            output.err().println("note: the old plan does not fit this catalog; making a new one");
            return null;
        }
    }

    /** Whether there is a plan file (fitting this catalog or not). */
    boolean exists() {
        return planFile.exists();
    }

    /** Where the plan is kept. */
    Path path() {
        return planFile.path();
    }

    public Optional<Plan> load(Catalog catalog) throws InvalidFileException {
        return planFile.load(catalog);
    }

    /** {@code plan}: the picks, the goal and where this week stands. */
    public int show(boolean ascii) throws IOException, InvalidFileException {
        return show(ascii, false);
    }

    /** {@code plan}, as text or ({@code --json}) as one document; without a plan, {@code {"set":false}}. */
    public int show(boolean ascii, boolean json) throws IOException, InvalidFileException {
        Catalog catalog = activeCatalog.load();
        Plan plan = load(catalog).orElse(null);
        PrintWriter out = output.out();
        if (json) {
            printJson(catalog, plan);
            return ExitCode.OK;
        }
        if (plan == null) {
            TextLayout.wrap("", "", "No plan yet. 'backplan plan set' makes one: one exercise per category (one or two"
                    + " for the back, up to three for the glutes), " + Plan.DEFAULT_PER_WEEK + " sessions a week for "
                    + Plan.DEFAULT_WEEKS + " weeks.", output.width())
                    .forEach(out::println);
            return ExitCode.OK;
        }
        print(catalog, plan, ascii);
        return ExitCode.OK;
    }

    private void printJson(Catalog catalog, Plan plan) throws IOException, InvalidFileException {
        PrintWriter out = output.out();
        if (plan == null) {
            out.println("{\"set\":false}");
            return;
        }
        Progress.Tally tally = log.tally();
        LocalDate today = clock.today();
        List<Exercise> exercises = SessionBuilder.byCategory(catalog, picks(catalog, plan), profile());
        List<Exercise> ready = readyForNextLevel(exercises, plan, tally, today);
        Standing standing = standings.now(plan, tally);
        Progress progress = tally.against(plan, today).with(standing)
                .withHolds(holdLines(exercises, e -> plan.levelOf(e.id()), tally.holds()));
        Json.write(out, true, g -> Json.plan(g, plan, exercises, progress,
                standing.ready() ? Schedule.next(plan, tally, today).orElse(null) : null, ready));
        out.println();
    }

    private static List<Exercise> readyForNextLevel(List<Exercise> exercises, Plan plan, Progress.Tally tally,
            LocalDate today) {
        return exercises.stream()
                .filter(e -> e.levels().size() > plan.levelOf(e.id()) && plan.levelOf(e.id()) == 1)
                .filter(e -> tally.readyForNextLevel(e.id(), plan, today))
                .toList();
    }

    private void print(Catalog catalog, Plan plan, boolean ascii) throws IOException, InvalidFileException {
        Progress.Tally tally = log.tally();
        LocalDate today = clock.today();
        Profile profile = profile();
        List<Exercise> exercises = SessionBuilder.byCategory(catalog, picks(catalog, plan), profile);
        List<Exercise> ready = readyForNextLevel(exercises, plan, tally, today);
        Standing standing = standings.now(plan, tally);
        new ProgressText(output.ascii(ascii), output.width())
                .plan(plan, exercises, tally.against(plan, today).with(standing)
                        .withHolds(holdLines(exercises, e -> plan.levelOf(e.id()), tally.holds())),
                        standing.ready() ? Schedule.next(plan, tally, today).orElse(null) : null, ready)
                .forEach(output.out()::println);
        notAvoided(profile, exercises);
    }

    /**
     * For each exercise whose hold grows in a range (or stepped back after a "hurt"): "Bird Dog: 30 s holds; 3 more
     * sessions without 'hard' or 'hurt' to 40 s", at the level it is done at.
     */
    static List<String> holdLines(List<Exercise> exercises, ToIntFunction<Exercise> levelOf, HoldLengths holds) {
        List<String> out = new ArrayList<>();
        for (Exercise e : exercises) {
            Level level = e.levels().isEmpty() ? null
                    : e.levels().get(Math.max(1, Math.min(levelOf.applyAsInt(e), e.levels().size())) - 1);
            holds.hold(e, level).filter(HoldLengths.Hold::growing)
                    .ifPresent(h -> out.add(e.name() + ": " + h.describe()));
        }
        return out;
    }

    /** The saved profile, or none. */
    private Profile profile() throws InvalidFileException {
        return profileFile.load().orElse(Profile.NONE);
    }

    /** A note for each exercise of the plan the profile leaves out (a plan made before the profile, say). */
    private void notAvoided(Profile profile, List<Exercise> exercises) {
        for (Exercise e : exercises) {
            if (!profile.suits(e)) {
                output.out().println("note: " + e.name() + " is one to leave out with "
                        + Condition.describe(profile.avoids(e)) + " (your profile); 'backplan plan set --pick "
                        + e.category().key() + "=ID' changes it, and 'start' asks or swaps it.");
            }
        }
    }

    /** {@code --pick} of an exercise the profile leaves out is refused, naming the condition. */
    private static void refuseAvoided(Profile profile, Map<Category, List<Exercise>> picks) {
        for (List<Exercise> list : picks.values()) {
            for (Exercise e : list) {
                if (!profile.suits(e)) {
                    throw new UsageException("--pick " + e.category().key() + "=" + e.id() + ": " + e.name()
                            + " is one to leave out with " + Condition.describe(profile.avoids(e))
                            + ", which your profile names; 'backplan profile' shows what suits you, 'backplan"
                            + " profile set' changes the profile");
                }
            }
        }
    }

    /**
     * {@code plan set}: the old plan, then what is asked; with nothing asked on a terminal the picker opens. Every
     * category is written out, so the file is easy to edit. The start stays while the old plan runs.
     */
    public int set(Change change) throws IOException, InvalidFileException {
        Catalog catalog = activeCatalog.load();
        PlanFile file = planFile;
        Plan old = file.exists() ? loadOrReplace(catalog) : null;
        Map<Category, List<Exercise>> chosen = new EnumMap<>(Category.class);
        if (old != null) {
            chosen.putAll(picks(catalog, old));
        }
        Profile profile = profile();
        Map<Category, List<Exercise>> asked = Picks.parse(catalog, change.picks());
        refuseAvoided(profile, asked);
        chosen.putAll(asked);
        if (change.isEmpty() && output.live()) {
            Map<Category, List<Exercise>> picked = picker.pick(catalog, chosen, profile, EasierChoice.offers(catalog,
                    profile, id -> old == null ? 1 : old.levelOf(id), log.tally().holds()));
            if (picked == null) {
                output.say("No plan saved.");
                return ExitCode.INTERRUPTED;
            }
            chosen = picked;
        }
        for (Exercise e : SessionBuilder.byCategory(catalog, chosen, profile)) {
            chosen.putIfAbsent(e.category(), List.of(e));
        }
        Map<String, Integer> levels = new LinkedHashMap<>(old == null ? Map.of() : old.levels());
        change.levels().forEach((id, level) -> {
            check(catalog, id, level);
            if (level == 1) {
                levels.remove(id); // the first level is where every exercise starts: nothing to keep
            } else {
                levels.put(id, level);
            }
        });
        LocalDate today = clock.today();
        LocalDate start = change.start() != null ? change.start()
                : old != null && today.isBefore(old.end()) ? old.start() : today;
        Set<DayOfWeek> days = change.days() != null ? change.days() : old == null ? Set.of() : old.days();
        int perWeek = change.perWeek() != null ? change.perWeek()
                : change.days() != null && !days.isEmpty() ? days.size()
                : old == null ? Plan.DEFAULT_PER_WEEK : old.perWeek();
        if (!days.isEmpty() && days.size() != perWeek) {
            throw new UsageException(change.days() != null
                    ? "--days names " + days.size() + (days.size() == 1 ? " day" : " days") + " but the plan has "
                            + perWeek + " sessions a week; name one day per session"
                    : "the plan's days (" + Weekdays.format(days) + ") are " + days.size() + " a week; give --days"
                            + " for " + perWeek + " sessions a week, or --days none");
        }
        int weeks = change.weeks() != null ? change.weeks() : old == null ? Plan.DEFAULT_WEEKS : old.weeks();
        Plan next = new Plan(start, perWeek, weeks, Picks.ids(chosen), levels, days);
        file.save(next);
        output.out().println("Saved the plan to " + file.path() + ".");
        int before = old == null ? Plan.DEFAULT_PER_WEEK : old.perWeek();
        if (change.perWeek() == null && perWeek != before) {
            output.out().println("Sessions a week: " + before + " → " + perWeek + ", one on each of its days ("
                    + Weekdays.format(days) + "); --per-week changes it.");
        }
        print(catalog, next, false);
        return ExitCode.OK;
    }

    /** A level for the plan must be one the exercise has, as {@code start --level} is checked. */
    private static void check(Catalog catalog, String id, int level) {
        Exercise e = Lookup.exercise(catalog, id);
        if (e.levels().isEmpty()) {
            throw new UsageException("--level " + id + "=" + level + ": " + e.name() + " has no levels");
        }
        if (level > e.levels().size()) {
            throw new UsageException("--level " + id + "=" + level + ": " + e.name() + " has "
                    + Level.describe(e.levels()));
        }
    }

    /** Saves the picks of a session as a new plan starting today, with the default goal. */
    void saveNew(Map<Category, List<Exercise>> chosen) throws IOException {
        planFile.save(new Plan(clock.today(), Plan.DEFAULT_PER_WEEK, Plan.DEFAULT_WEEKS, Picks.ids(chosen)));
    }

    /**
     * {@code plan renew}: once the plan's weeks are over, the same plan again from today (its picks, levels and
     * whatever else it keeps); {@code maintenance}, with {@link Plan#MAINTENANCE_PER_WEEK} sessions a week. A plan
     * still running is left alone: renewing it would throw its weeks away.
     */
    public int renew(boolean maintenance) throws IOException, InvalidFileException {
        Catalog catalog = activeCatalog.load();
        Plan old = load(catalog).orElseThrow(() -> new UsageException("there is no plan to renew; 'backplan plan"
                + " set' makes one"));
        LocalDate today = clock.today();
        if (!old.endedBy(today)) {
            throw new UsageException("the plan runs until " + old.lastDay() + "; 'plan renew' starts another once"
                    + " it has ended ('plan set' changes this one)");
        }
        int perWeek = maintenance ? Plan.MAINTENANCE_PER_WEEK : old.perWeek();
        // fixed days stay when their number still fits; else the days spread over the week for the new number
        Set<DayOfWeek> days = old.days().isEmpty() || old.days().size() == perWeek ? old.days()
                : Plan.suggestedDays(perWeek);
        Plan next = old.renewed(today, perWeek, days);
        planFile.save(next);
        output.out().println((maintenance ? "A maintenance plan" : "The same plan again") + " from today: "
                + perWeek + " sessions a week for " + next.weeks() + (next.weeks() == 1 ? " week" : " weeks")
                + ", the same exercises and levels. Saved to " + planFile.path() + ".");
        output.out().println();
        print(catalog, next, false);
        return ExitCode.OK;
    }

    /** {@code plan resume}: the person says the pain has settled, so the plan goes on. */
    public int resume() throws IOException, InvalidFileException {
        Plan plan = planFile.exists() ? load(activeCatalog.load()).orElse(null) : null;
        Standing before = standings.now(plan, log.tally());
        if (before.kind() == Standing.Kind.SEE_CARE) {
            standings.lines(before).forEach(output.err()::println);
            return ExitCode.SEE_CARE;
        }
        if (before.ready()) {
            output.out().println("The plan is not paused; nothing to resume.");
            return ExitCode.OK;
        }
        standings.resume();
        output.out().println("The plan goes on. Start gently, and stop at once if you feel sharp pain.");
        return ExitCode.OK;
    }

    /** {@code plan reset}: removes the plan after a confirmation; the history stays. */
    public int reset(boolean yes) throws IOException {
        PlanFile file = planFile;
        if (!file.exists()) {
            output.out().println("There is no plan to reset.");
            return ExitCode.OK;
        }
        if (!yes) {
            if (!prompts.interactive()) {
                throw new UsageException("plan reset removes " + file.path() + "; pass --yes to confirm");
            }
            if (!prompts.confirm("Remove the plan in " + file.path() + "? Your history stays.", false)) {
                output.out().println("Kept the plan.");
                return ExitCode.OK;
            }
        }
        file.delete();
        output.out().println("Removed the plan. Your history is untouched.");
        return ExitCode.OK;
    }
}
