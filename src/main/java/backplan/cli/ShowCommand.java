package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backplan show ID}: everything about one exercise. */
@Command(name = "show", description = "Show everything about one exercise.")
final class ShowCommand implements Callable<Integer> {

    private final Services services;

    ShowCommand(Services services) {
        this.services = services;
    }

    @Parameters(paramLabel = "ID", completionCandidates = ExerciseIds.class, description = "Exercise id, e.g. dead-bug.")
    String id;

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.catalogViews().show(id, json);
    }
}
