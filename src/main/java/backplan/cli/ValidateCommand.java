package backplan.cli;

import backplan.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan validate [FILE]}: checks a catalog and prints every problem in it. */
@Command(name = "validate", description = {"Check a catalog file (default: the active catalog).",
    "Prints 'OK: N exercises in M categories', or every problem as FILE:LINE:COL: message and exits 3."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Parameters(paramLabel = "FILE", arity = "0..1", converter = PathConverter.class,
            description = "The catalog to check.")
    Path file;

    @Override
    public Integer call() {
        Path path = file != null ? file : app.env().catalogPath();
        try {
            Catalog catalog = path == null ? CatalogLoader.loadBundled() : CatalogLoader.load(path);
            app.env().out().printf("OK: %d exercises in %d categories (%s)%n", catalog.exercises().size(),
                    catalog.categoryCount(), path == null ? CatalogLoader.BUNDLED : path);
            return ExitCode.OK;
        } catch (InvalidFileException e) {
            for (Problem p : e.problems()) {
                app.env().out().println(p);
            }
            app.env().err().printf("%d problem%s found%n", e.problems().size(),
                    e.problems().size() == 1 ? "" : "s");
            return ExitCode.INVALID_INPUT;
        }
    }
}
