package backplan.cli;

import backplan.ExitCode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backplan plan reset}: removes the plan after a confirmation; the history stays. */
@Command(name = "reset", description = "Remove the plan (the history stays). Asks first; --yes for scripts.")
final class PlanResetCommand implements Callable<Integer> {

    @ParentCommand
    PlanCommand plan;

    @Option(names = {"-y", "--yes"}, description = "Do not ask.")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        BackplanCommand app = plan.app;
        if (!app.planFile().exists()) {
            app.invocation().out().println("There is no plan to reset.");
            return ExitCode.OK;
        }
        if (!yes) {
            if (!app.invocation().interactive()) {
                throw new UsageException("plan reset removes " + app.planFile().path() + "; pass --yes to confirm");
            }
            app.invocation().err().print("Remove the plan in " + app.planFile().path()
                    + "? Your history stays. [y/N] ");
            app.invocation().err().flush();
            if (!Answers.yes(app.invocation().in())) {
                app.invocation().out().println("Kept the plan.");
                return ExitCode.OK;
            }
        }
        app.planFile().delete();
        app.invocation().out().println("Removed the plan. Your history is untouched.");
        return ExitCode.OK;
    }
}
