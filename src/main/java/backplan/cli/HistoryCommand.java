package backplan.cli;

import backplan.app.Records;
import backplan.app.Services;
import backplan.app.UsageException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan history}: one row per recorded session. */
@Command(name = "history", description = "List recorded sessions, one row each.")
final class HistoryCommand implements Callable<Integer> {

    private final Services services;

    HistoryCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--since", paramLabel = "DATE", converter = Converters.Day.class, description = "Only sessions on or after DATE (2026-11-24).")
    LocalDate since;

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
        Records.Format format = json ? Records.Format.JSON : csv ? Records.Format.CSV : Records.Format.TABLE;
        return services.records().history(since, format, ascii);
    }
}
