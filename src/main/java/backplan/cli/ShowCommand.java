package backplan.cli;

import backplan.app.CatalogViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan show ID}: everything about one exercise. */
@Command(name = "show", description = "Show everything about one exercise.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Parameters(paramLabel = "ID", completionCandidates = ExerciseIds.class, description = "Exercise id, e.g. dead-bug.")
    String id;

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return new CatalogViews(app.env()).show(id, json);
    }
}
