package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code backplan plan resume}: lifts a pause once the pain has settled. */
@Command(name = "resume", description = {"Say that pain from a session has settled, so the paused plan goes on.",
    "The plan pauses when pain after a session has not settled, got worse, or keeps rising; 'due' then exits 5."
            + " A red flag is answered with 'backplan safety' instead."})
final class PlanResumeCommand implements Callable<Integer> {

    private final Services services;

    PlanResumeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        return services.plans().resume();
    }
}
