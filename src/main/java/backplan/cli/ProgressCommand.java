package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan progress}: the plan's weeks, a calendar, the streak, time per category and the pain trend. */
@Command(name = "progress", description = "Show progress: weeks against the goal, a calendar, the streak, active"
        + " time per category and the pain trend.")
final class ProgressCommand implements Callable<Integer> {

    private final Services services;

    ProgressCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--json", description = "One JSON document.")
    boolean json;

    @Option(names = "--ascii", description = "Plain ASCII marks (automatic when the locale is not UTF-8).")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        return services.records().progress(json, ascii);
    }
}
