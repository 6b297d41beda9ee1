package backplan.cli;

import backplan.app.Services;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan list}: the catalog grouped in session order. */
@Command(name = "list", description = "List the exercises, grouped in session order.")
final class ListCommand implements Callable<Integer> {

    private final Services services;

    ListCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--category", paramLabel = "NAME", completionCandidates = CategoryNames.class,
            description = "Only this category (repeatable): ${COMPLETION-CANDIDATES}.")
    List<String> categories = List.of();

    @Option(names = "--part", paramLabel = "PART", completionCandidates = Candidates.Parts.class,
            description = "Only one part: mobility, strength or stretch.")
    String part;

    @Option(names = "--json", description = "Print a JSON array instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.catalogViews().list(categories, part, json);
    }
}
