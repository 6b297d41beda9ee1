package backplan.cli;

import backplan.app.Lookup;
import backplan.catalog.Catalog;
import backplan.catalog.Exercise;
import backplan.term.CatalogText;
import backplan.term.Json;
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
        Catalog catalog = app.env().catalog();
        Exercise exercise = Lookup.exercise(catalog, id);
        var out = app.env().out();
        if (json) {
            Json.write(out, true, g -> Json.exercise(g, exercise, true));
            out.println();
        } else {
            new CatalogText(app.env().color(), app.env().width()).card(exercise).forEach(out::println);
            exercise.keyPoses().ifPresent(figure -> {
                out.println();
                out.println("How it moves (start → end):");
                CatalogText.figure(figure, app.env().width(), app.env().ascii(false)).forEach(out::println);
            });
        }
        return 0;
    }
}
