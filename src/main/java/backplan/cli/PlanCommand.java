package backplan.cli;

import backplan.app.Plans;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backplan plan}: shows the 4-week plan and where you stand in it. */
@Command(name = "plan", description = "Show the plan: one exercise per category, 3 sessions a week for 4 weeks.",
        subcommands = {PlanSetCommand.class, PlanResetCommand.class})
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Option(names = "--ascii", description = "Plain ASCII marks.")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        return new Plans(app.env()).show(ascii);
    }
}
