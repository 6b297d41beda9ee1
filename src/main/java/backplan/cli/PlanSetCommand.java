package backplan.cli;

import backplan.app.Plans;
import backplan.app.UsageException;
import backplan.history.SaneValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        return new Plans(plan.app.env()).set(new Plans.Change(picks, check(perWeek, 1, 7, "--per-week"),
                check(weeks, 1, 52, "--weeks"), startDate()));
    }

    private LocalDate startDate() {
        if (start == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new UsageException("--start must be a date such as 2026-11-24, not '" + start + "'");
        }
        if (!SaneValues.contains(day)) {
            throw new UsageException("--start must be a day from " + SaneValues.range() + ", not " + start);
        }
        return day;
    }

    private static Integer check(Integer value, int min, int max, String option) {
        if (value != null && (value < min || value > max)) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
