package backplan.cli;

import backplan.app.CatalogViews;
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
        return new CatalogViews(app.env()).validate(file);
    }
}
