package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.history.HistoryEntry;
import backplan.program.Plan;
import backplan.program.PlanFile;
import backplan.program.Progress;
import backplan.program.Schedule;
import backplan.program.Standing;
import backplan.session.SessionClock;
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

    private final ActiveCatalog activeCatalog;
    private final PlanFile planFile;
    private final SessionLog log;
    private final Standings standings;
    private final SessionClock clock;
    private final Output output;

    public Records(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, Standings standings,
            SessionClock clock, Output output) {
        this.activeCatalog = activeCatalog;
        this.planFile = planFile;
        this.log = log;
        this.standings = standings;
        this.clock = clock;
        this.output = output;
    }

    /** {@code history}: one row per session, from the day {@code since} when given (see {@link HistoryEntry#day}). */
    public int history(LocalDate since, Format format, boolean ascii) throws IOException {
        List<HistoryEntry> entries = log.entries().stream()
                .filter(e -> since == null || !e.day().isBefore(since))
                .toList();
        PrintWriter out = output.out();
        switch (format) {
            case JSON -> {
                Json.write(out, false, g -> Json.history(g, entries));
                out.println();
            }
            case CSV -> HistoryCsv.write(out, entries);
            case TABLE -> new ProgressText(output.ascii(ascii), output.width()).history(entries, since)
                    .forEach(out::println);
        }
        return ExitCode.OK;
    }

    /** {@code progress}: the plan's weeks, a calendar, the streak, time per category and the pain trend. */
    public int progress(boolean json, boolean ascii) throws IOException, InvalidFileException {
        Plan plan = planFile.load(activeCatalog.load()).orElse(null);
        Progress.Tally tally = log.tally();
        Progress progress = tally.against(plan, clock.today()).with(standings.now(plan, tally));
        PrintWriter out = output.out();
        if (json) {
            Json.write(out, true, g -> Json.progress(g, progress));
            out.println();
        } else {
            new ProgressText(output.ascii(ascii), output.width()).progress(progress).forEach(out::println);
        }
        return ExitCode.OK;
    }

    /**
     * {@code due}: 0 and why when a session is due today, 1 and why not; 5 while the plan is paused (asking first,
     * on a terminal, whether pain from the last session settled), 6 after a red flag.
     */
    public int due(boolean quiet) throws IOException, InvalidFileException {
        Plan plan = planFile.load(activeCatalog.load()).orElse(null);
        Progress.Tally tally = log.tally();
        Standing standing = standings.checkIn(plan, tally);
        if (!standing.ready()) {
            if (!quiet) {
                output.out().println("Not due: " + standing.message());
            }
            return standing.kind() == Standing.Kind.SEE_CARE ? ExitCode.SEE_CARE : ExitCode.PAUSED;
        }
        Schedule.Due due = Schedule.due(plan, tally, clock.today());
        if (!quiet) {
            output.out().println(due.due() ? "Due: " + due.reason() : "Not due: " + due.reason());
        }
        return due.due() ? ExitCode.OK : ExitCode.NOT_DUE;
    }
}
