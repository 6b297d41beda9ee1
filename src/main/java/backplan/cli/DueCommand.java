package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan due}: for login scripts, {@code backplan due && backplan start}. */
@Command(name = "due", description = {
    "Exit 0 and say so when a session is due today: the plan is running, this week of the plan still needs a"
            + " session, and none that counts was done today; when the plan fixes its days (plan set --days), today"
            + " is one of them, or a later day of the same week after one was missed. Exit 1 otherwise, 4 when"
            + " it cannot tell (a file it cannot read), and 3 when the catalog or the plan is invalid. Without a"
            + " plan: 3 sessions per calendar week (Monday to Sunday). Only sessions that count toward the plan count here (see 'backplan plan --help').",
    "In a login script: backplan due && backplan start"})
final class DueCommand implements Callable<Integer> {

    private final Services services;

    DueCommand(Services services) {
        this.services = services;
    }

    @Option(names = {"-q", "--quiet"}, description = "Say nothing; only the exit code.")
    boolean quiet;

    @Option(names = "--json", description = "The answer as one JSON document (the exit code stays the same).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.records().due(quiet, json);
    }
}
