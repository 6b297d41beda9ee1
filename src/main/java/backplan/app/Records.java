package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.history.HistoryEntry;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.text.HistoryCsv;
import backplan.text.Json;
import backplan.text.ProgressText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** What the history says: {@code history}, {@code progress} and {@code due}. */
public final class Records {

    /** How {@code history} prints its rows. */
    public enum Format {
        TABLE,
        JSON,
        CSV
    }

    private final Environment env;

    public Records(Environment env) {
        this.env = env;
    }

    /** {@code history}: one row per session, from the day {@code since} when given (see {@link HistoryEntry#day}). */
    public int history(LocalDate since, Format format, boolean ascii) throws IOException {
        List<HistoryEntry> entries = env.history().stream()
                .filter(e -> since == null || !e.day().isBefore(since))
                .toList();
        PrintWriter out = env.out();
        switch (format) {
            case JSON -> {
                Json.write(out, false, g -> Json.history(g, entries));
                out.println();
            }
            case CSV -> HistoryCsv.write(out, entries);
            case TABLE -> new ProgressText(env.ascii(ascii), env.width()).history(entries, since)
                    .forEach(out::println);
        }
        return ExitCode.OK;
    }

    /** {@code progress}: the plan's weeks, a calendar, the streak, time per category and the pain trend. */
    public int progress(boolean json, boolean ascii) throws IOException, InvalidFileException {
        Plan plan = env.planFile().load(env.catalog()).orElse(null);
        Progress progress = env.tally().against(plan, env.today());
        PrintWriter out = env.out();
        if (json) {
            Json.write(out, true, g -> Json.progress(g, progress));
            out.println();
        } else {
            new ProgressText(env.ascii(ascii), env.width()).progress(progress).forEach(out::println);
        }
        return ExitCode.OK;
    }

    /** {@code due}: 0 and why when a session is due today, 1 and why not. */
    public int due(boolean quiet) throws IOException, InvalidFileException {
        Progress.Due due = Progress.due(env.planFile().load(env.catalog()).orElse(null), env.tally(), env.today());
        if (!quiet) {
            env.out().println(due.due() ? "Due: " + due.reason() : "Not due: " + due.reason());
        }
        return due.due() ? ExitCode.OK : ExitCode.NOT_DUE;
    }
}
