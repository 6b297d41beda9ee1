package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Catalog;
import backplan.catalog.Exercise;
import backplan.history.HistoryEntry;
import backplan.session.SessionBuilder;
import backplan.program.HoldLengths;
import backplan.program.Plan;
import backplan.program.PlanFile;
import backplan.program.Progress;
import backplan.program.Schedule;
import backplan.program.Standing;
import backplan.program.Today;
import backplan.session.SessionClock;
import backplan.text.HistoryCsv;
import backplan.text.Json;
import backplan.text.ProgressText;
import backplan.text.StatusText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
    /** Where {@code status} keeps its last line; null: none is kept. */
    private final StatusCache statusCache;

    public Records(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, Standings standings,
            SessionClock clock, Output output) {
        this(activeCatalog, planFile, log, standings, clock, output, null);
    }

    Records(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, Standings standings,
            SessionClock clock, Output output, StatusCache statusCache) {
        this.statusCache = statusCache;
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
        Catalog catalog = activeCatalog.load();
        Plan plan = planFile.load(catalog).orElse(null);
        Progress.Tally tally = log.tally();
        HoldLengths holds = tally.holds();
        // the plan's exercises at its levels; without a plan, those done, at the level last done
        List<Exercise> exercises = plan != null ? SessionBuilder.byCategory(catalog, Plans.picks(catalog, plan))
                : catalog.bySessionOrder().values().stream().flatMap(List::stream).filter(e -> holds.done(e.id()))
                        .toList();
        Progress progress = tally.against(plan, clock.today()).with(standings.now(plan, tally))
                .withHolds(Plans.holdLines(exercises, e -> plan != null ? plan.levelOf(e.id())
                        : holds.lastLevel(e.id()).orElse(1), holds));
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
    public int due(boolean quiet, boolean json) throws IOException, InvalidFileException {
        Today today = today(true);
        Schedule.Due due = today.due();
        if (json) {
            Json.write(output.out(), true, g -> Json.today(g, today));
            output.out().println();
        } else if (!quiet) {
            boolean ended = today.progress().ended() && today.progress().standing().ready();
            output.out().println(ended ? Schedule.ended(today.progress().plan())
                    : due.due() ? "Due: " + due.reason() : "Not due: " + due.reason());
        }
        Standing standing = today.progress().standing();
        if (!standing.ready()) {
            return standing.kind() == Standing.Kind.SEE_CARE ? ExitCode.SEE_CARE : ExitCode.PAUSED;
        }
        return due.due() ? ExitCode.OK : ExitCode.NOT_DUE;
    }

    /** {@code due} without JSON. */
    public int due(boolean quiet) throws IOException, InvalidFileException {
        return due(quiet, false);
    }

    /** {@code status}: one short line (or one JSON document) on where today stands; exit 0 whatever it says. */
    public int status(boolean json) throws IOException, InvalidFileException {
        PrintWriter out = output.out();
        String key = json || statusCache == null ? null : statusCache.key();
        Optional<String> kept = key == null ? Optional.empty() : statusCache.read(key);
        if (kept.isPresent()) {
            out.println(kept.get());
            return ExitCode.OK;
        }
        Today today = today(false);
        if (json) {
            Json.write(out, false, g -> Json.today(g, today));
            out.println();
        } else {
            String line = StatusText.line(today);
            out.println(line);
            if (key != null) {
                statusCache.write(key, line);
            }
        }
        return ExitCode.OK;
    }

    /**
     * Where today stands: the answer {@code due} gives and the progress it was read from. {@code status} and
     * {@code remind} ask this, so whatever changes the answer (a paused plan) changes theirs. Nothing is asked.
     */
    public Today today() throws IOException, InvalidFileException {
        return today(false);
    }

    /**
     * Where today stands; with {@code checkIn}, on a terminal, first asking whether pain from the last session
     * settled when that is still to be said.
     */
    private Today today(boolean checkIn) throws IOException, InvalidFileException {
        // status and reminders need the plan's weeks only, not the catalog its picks are checked against
        Plan plan = (checkIn ? planFile.load(activeCatalog.load()) : planFile.loadDates()).orElse(null);
        Progress.Tally tally = new Progress.Tally();
        Instant[] last = {null};
        log.each(e -> {
            tally.accept(e);
            Instant end = e.result().end().toInstant();
            if (last[0] == null || end.isAfter(last[0])) {
                last[0] = end;
            }
        });
        LocalDate day = clock.today();
        Standing standing = checkIn ? standings.checkIn(plan, tally) : standings.now(plan, tally);
        Schedule.Due due = standing.ready() ? Schedule.due(plan, tally, day)
                : new Schedule.Due(false, standing.message());
        return new Today(due, tally.against(plan, day).with(standing), last[0]);
    }
}
