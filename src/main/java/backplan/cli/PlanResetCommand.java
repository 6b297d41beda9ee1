package backplan.cli;

import backplan.app.Services;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan plan reset}: removes the plan after a confirmation; the history stays. */
@Command(name = "reset", description = "Remove the plan (the history stays). Asks first; --yes for scripts.")
final class PlanResetCommand implements Callable<Integer> {

    private final Services services;

    PlanResetCommand(Services services) {
        this.services = services;
    }

    @Option(names = {"-y", "--yes"}, description = "Do not ask.")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        return services.plans().reset(yes);
    }
}
