package backplan.cli;

import backplan.app.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code backplan catalog}: the exercise catalog's own commands; {@code catalog init} starts one of your own. */
@Command(name = "catalog", description = "Make your own exercise catalog: 'catalog init' writes the bundled one to"
        + " edit.", subcommands = CatalogCommand.Init.class)
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final Services services;

    CatalogCommand(Services services) {
        this.services = services;
    }

    @Override
    public void run() {
        spec.commandLine().usage(services.output().out());
    }

    /** {@code backplan catalog init [FILE] [--force]}. */
    @Command(name = "init", description = {"Write the bundled catalog, with its comments, to edit as your own.",
        "It goes to FILE, or where backplan looks for a catalog: --catalog, else $BACKPLAN_CATALOG, else"
            + " exercises.yaml in the config directory. A file already there is replaced only with --force.",
        "Then edit it and check it with 'backplan validate'; man 5 backplan-catalog describes every field."})
    static final class Init implements Callable<Integer> {

        private final Services services;

        Init(Services services) {
            this.services = services;
        }

        @Parameters(paramLabel = "FILE", arity = "0..1", converter = Converters.FilePath.class,
                description = "Where to write it; - for standard output.")
        Path file;

        @Option(names = "--force", description = "Replace the file if it exists (your changes in it are lost).")
        boolean force;

        @Override
        public Integer call() throws Exception {
            return services.catalogTemplate().init(file, force);
        }
    }
}
