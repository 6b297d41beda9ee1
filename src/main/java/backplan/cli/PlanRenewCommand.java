package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan plan renew}: another run of the plan's weeks, once they are over. */
@Command(name = "renew", description = {
    "Start the plan again from today once its weeks are over. The same exercises and levels (and whatever else"
            + " the plan keeps), the same sessions a week; with --maintenance, a lighter plan of "
            + backplan.program.Plan.MAINTENANCE_PER_WEEK + " sessions a week. Nothing goes on by itself: until"
            + " then 'plan', 'due' and 'status' say the plan has ended. 'plan set' chooses new exercises instead."})
final class PlanRenewCommand implements Callable<Integer> {

    private final Services services;

    PlanRenewCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--maintenance", description = "A lighter plan to keep what you built: "
            + backplan.program.Plan.MAINTENANCE_PER_WEEK + " sessions a week.")
    boolean maintenance;

    @Override
    public Integer call() throws Exception {
        return services.plans().renew(maintenance);
    }
}
