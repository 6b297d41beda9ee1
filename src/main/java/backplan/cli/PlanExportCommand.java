package backplan.cli;

import backplan.app.Services;
import backplan.app.CalendarExport;
import backplan.app.UsageException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backplan plan export --ics [FILE]}: the plan's sessions for a calendar app. FILE may follow {@code --ics}
 * or stand anywhere on the line, as a person types it ({@code plan export plan.ics --ics}).
 */
@Command(name = "export", description = {"Write the plan's sessions as an iCalendar file (RFC 5545) for any calendar"
    + " app: one event per session on the plan's days (Mon, Wed, Fri when it fixes none), each with its exercises"
    + " and a reminder.",
    "Import the file into your calendar; a newer export of the same plan updates its events."})
final class PlanExportCommand implements Callable<Integer> {

    private final Services services;

    PlanExportCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--ics", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
            description = "iCalendar, to FILE (default: standard output); the format to write.")
    String ics;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The file to write, as after --ics.")
    String file;

    @Option(names = "--remind", paramLabel = "DURATION", defaultValue = "15m", converter = Converters.Reminder.class,
            description = "Reminder before each session, such as 15m, 1h or 0 (default: ${DEFAULT-VALUE}).")
    int remind;

    @Option(names = "--at", paramLabel = "HH:MM", defaultValue = "18:00", converter = Converters.TimeOfDay.class,
            description = "Time of day of the sessions, in your time zone (default: ${DEFAULT-VALUE}).")
    LocalTime at;

    @Override
    public Integer call() throws Exception {
        if (ics == null) {
            throw new UsageException("plan export needs the format: --ics (iCalendar), as in 'backplan plan export"
                    + " --ics" + (file == null ? "" : " " + file) + "'");
        }
        String named = ics.equals("-") ? (file == null ? "-" : file) : file == null || file.equals(ics) ? ics : null;
        if (named == null) {
            throw new UsageException("plan export writes one file, not both '" + ics + "' and '" + file + "'");
        }
        if (named.isBlank()) {
            throw new UsageException("--ics needs a file name, or nothing for standard output");
        }
        return services.calendarExport().run(new CalendarExport.Request(
                named.equals("-") ? null : Path.of(named), remind, at));
    }
}
