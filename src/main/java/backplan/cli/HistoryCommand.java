package backplan.cli;

import backplan.app.UsageException;
import backplan.history.HistoryEntry;
import backplan.term.Json;
import backplan.term.ProgressText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backplan history}: one row per recorded session. */
@Command(name = "history", description = "List recorded sessions, one row each.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Option(names = "--since", paramLabel = "DATE", description = "Only sessions on or after DATE (2026-11-24).")
    String since;

    @Option(names = "--json", description = "A JSON array of the recorded objects.")
    boolean json;

    @Option(names = "--csv", description = "CSV with a header row.")
    boolean csv;

    @Option(names = "--ascii", description = "Plain ASCII marks.")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        if (json && csv) {
            throw new UsageException("choose --json or --csv, not both");
        }
        LocalDate from = parseSince();
        List<HistoryEntry> entries = app.env().history().stream()
                .filter(e -> from == null || !e.result().start().withZoneSameInstant(app.env().zone()).toLocalDate()
                        .isBefore(from))
                .toList();
        var out = app.env().out();
        if (json) {
            Json.write(out, false, g -> Json.history(g, entries));
            out.println();
        } else if (csv) {
            HistoryCsv.write(out, entries);
        } else {
            new ProgressText(app.env().ascii(ascii), app.env().width()).history(entries).forEach(out::println);
        }
        return 0;
    }

    private LocalDate parseSince() {
        try {
            return since == null ? null : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new UsageException("--since must be a date such as 2026-11-24, not '" + since + "'");
        }
    }
}
