package backplan.cli;

import backplan.app.Reports;
import backplan.app.Services;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan report}: the plan's sessions, gathered to show a physiotherapist. */
@Command(name = "report", description = {
    "A report to take to your doctor or physiotherapist: the plan and its weeks against the goal, each session"
            + " (date, exercises, sets, work time, levels, pain before and after), the pain as a chart, any pain"
            + " alert, and what was skipped and why. Over the plan, from its start, or from --since.",
    "--html FILE writes one self-contained page (inline styles and charts, no scripts; prints on A4 or Letter);"
            + " --md (the default) writes Markdown to standard output, the same without the charts."})
final class ReportCommand implements Callable<Integer> {

    private final Services services;

    ReportCommand(Services services) {
        this.services = services;
    }

    /** One format or the other. */
    static final class Format {

        @Option(names = "--html", paramLabel = "FILE", converter = Converters.FilePath.class,
                description = "Write an HTML page to FILE ('-': standard output).")
        Path html;

        @Option(names = "--md", description = "Markdown on standard output (the default).")
        boolean markdown;
    }

    @ArgGroup(exclusive = true)
    Format format;

    @Option(names = "--since", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Only sessions on or after DATE (2026-11-24); default: the plan's start.")
    LocalDate since;

    @Override
    public Integer call() throws Exception {
        boolean html = format != null && format.html != null;
        return services.reports().write(html ? Reports.Format.HTML : Reports.Format.MARKDOWN,
                html ? format.html : null, since);
    }
}
