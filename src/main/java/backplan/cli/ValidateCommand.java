package backplan.cli;

import backplan.app.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backplan validate [FILE]}: checks a catalog and prints every problem in it. */
@Command(name = "validate", description = {"Check a catalog file (default: the active catalog).",
    "Prints 'OK: N exercises in M categories', or every problem as FILE:LINE:COL: message and exits 3."})
final class ValidateCommand implements Callable<Integer> {

    private final Services services;

    ValidateCommand(Services services) {
        this.services = services;
    }

    @Parameters(paramLabel = "FILE", arity = "0..1", converter = Converters.FilePath.class,
            description = "The catalog to check.")
    Path file;

    @Override
    public Integer call() {
        return services.catalogViews().validate(file);
    }
}
