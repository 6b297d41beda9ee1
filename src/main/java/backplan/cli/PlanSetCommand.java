package backplan.cli;

import backplan.app.Services;
import backplan.app.Plans;
import backplan.app.UsageException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan plan set}: chooses the exercises, their levels, the goal and the days, and saves the plan. */
@Command(name = "set", description = {"Make or change the plan; what you do not give stays as the plan has it"
    + " (a new plan: the first exercise of each category, 3 sessions a week for 4 weeks, from today). With no"
    + " options on a terminal, a picker opens.",
    "A plan holds one exercise per category, or one or two for back and one to three for glutes:"
            + " --pick back=bird-dog --pick back=prone-y-t-raise."})
final class PlanSetCommand implements Callable<Integer> {

    private final Services services;

    PlanSetCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--pick", paramLabel = "CATEGORY=ID", completionCandidates = Candidates.Picks.class,
            description = "Use ID for CATEGORY (repeatable; back"
            + " twice and glutes up to three times). A category's picks replace the plan's for it.")
    List<String> picks = List.of();

    @Option(names = "--level", paramLabel = "ID=N", converter = Converters.Level.class, description = "Do exercise ID at level N (repeatable);"
            + " 1 is its first.")
    List<Converters.LevelChoice> levels = List.of();

    @Option(names = "--per-week", paramLabel = "N", description = "Sessions a week (1-7, default 3, or as many"
            + " as --days names).")
    Integer perWeek;

    @Option(names = "--weeks", paramLabel = "N", description = "Length of the plan in weeks (1-52, default 4).")
    Integer weeks;

    @Option(names = "--start", paramLabel = "DATE", converter = Converters.Day.class, description = "First day, as 2026-11-24 (default: the plan's,"
            + " or today for a new plan or one that has ended).")
    LocalDate start;

    @Option(names = "--days", paramLabel = "DAYS", converter = Converters.Days.class, description = "The weekdays of the sessions, one per session,"
            + " such as mon,wed,fri; 'none' fixes none (the default).")
    Set<DayOfWeek> days;

    @Override
    public Integer call() throws Exception {
        return services.plans().set(new Plans.Change(picks, levels(), check(perWeek, 1, 7, "--per-week"),
                check(weeks, 1, 52, "--weeks"), start, days));
    }

    /** Levels by exercise id: here every level names its exercise. */
    private Map<String, Integer> levels() {
        for (Converters.LevelChoice c : levels) {
            if (c.id().isEmpty()) {
                throw new UsageException("--level must be ID=N with N from 1 to " + Converters.LevelChoice.MAX
                        + ", such as oblique-knee-drop=2, not '" + c.level() + "'");
            }
        }
        return SessionOptions.byExercise(levels);
    }

    private static Integer check(Integer value, int min, int max, String option) {
        if (value != null && (value < min || value > max)) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
