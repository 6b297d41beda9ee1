package backplan.cli;

import backplan.app.Environment;
import backplan.app.Invocation;
import backplan.app.Services;
import backplan.base.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The top-level command: global options and the services every subcommand shares. */
@Command(
        name = "backplan",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = {
            "A terminal coach for a four-week back-care plan, three sessions a week: mobility, strength, then"
                + " stretching.",
            "See a doctor before you start any exercise program, and stop on sharp pain."
        })
public final class BackplanCommand implements Runnable {

    /**
     * The subcommands in help order. They are registered lazily: picocli reflects over every registered command
     * at start-up, so a run of {@code list} registers only {@code list} (see {@link #register}), and only its
     * class is loaded: a switch, not a table of constructor references, which would load them all.
     */
    static final List<String> SUBCOMMANDS = List.of("start", "list", "show", "validate", "catalog", "plan",
            "history", "log", "progress", "report", "due", "status", "remind", "posture", "safety", "profile", "config",
            "completion", "help");

    private Object subcommand(String name) {
        return switch (name) {
            case "start" -> new StartCommand(services);
            case "list" -> new ListCommand(services);
            case "show" -> new ShowCommand(services);
            case "validate" -> new ValidateCommand(services);
            case "catalog" -> new CatalogCommand(services);
            case "plan" -> new PlanCommand(services);
            case "history" -> new HistoryCommand(services);
            case "log" -> new LogCommand(services);
            case "progress" -> new ProgressCommand(services);
            case "report" -> new ReportCommand(services);
            case "due" -> new DueCommand(services);
            case "status" -> new StatusCommand(services);
            case "remind" -> new RemindCommand(services);
            case "posture" -> new PostureCommand(services);
            case "safety" -> new SafetyCommand(services);
            case "profile" -> new ProfileCommand(services);
            case "config" -> new ConfigCommand(services);
            case "completion" -> new CompletionCommand(services);
            case "help" -> new HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Global options that take a value, so their value is not mistaken for the subcommand's name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--catalog", "--data-dir");

    /**
     * Adds the subcommand the arguments name, or all of them when they name none (for help, suggestions for a
     * mistyped command, and completion scripts, which need the whole tree); none for {@code --version}, which
     * needs none of them (picocli reflects over every command it is given). {@code help start} adds help and the
     * command it names; {@code help} alone, all of them, for the list.
     */
    private CommandLine register(CommandLine cli, String... args) {
        List<String> named = new java.util.ArrayList<>();
        boolean version = false;
        for (int i = 0; i < args.length && named.size() < 2; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++;
            } else if (a.equals("--version") || a.equals("-V")) {
                version = true;
            } else if (!a.startsWith("-")) {
                named.add(a);
                if (!a.equals("help")) {
                    break;
                }
            }
        }
        if (named.isEmpty() && version) {
            return cli;
        }
        List<String> wanted = named.isEmpty() || !SUBCOMMANDS.contains(named.get(0))
                || named.get(0).equals("completion") || (named.get(0).equals("help") && named.size() == 1)
                || (named.size() == 2 && !SUBCOMMANDS.contains(named.get(1))) ? SUBCOMMANDS : named;
        wanted.stream().distinct().forEach(name -> cli.addSubcommand(name, subcommand(name)));
        return cli;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT, converter = Converters.FilePath.class,
            description = "Exercise catalog to use (default: $BACKPLAN_CATALOG, then exercises.yaml in the config"
                    + " directory when present, else the bundled one; 'backplan catalog init' writes one there).")
    Path catalogFile;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, converter = Converters.FilePath.class,
            description = "Keep plan, history and settings in DIR (default: $BACKPLAN_DATA_DIR, else the XDG"
                    + " config and data directories).")
    Path dataDir;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colors (also: NO_COLOR=1).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces, for bug reports.")
    boolean debug;

    private final Services services;

    public BackplanCommand(Invocation invocation) {
        this.services = new Services(invocation,
                () -> new Environment.GlobalOptions(catalogFile, dataDir, noColor, debug));
    }

    /** The command line for these arguments: this command with the subcommands they need, made by {@link Services}. */
    public CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(this, new CommandFactory(services));
        cli.getCommandSpec().usageMessage().footer("", ExitCode.footer());
        register(cli, args);
        HelpLayout.use(cli);
        // --voice=no as well as --voice=false, as config set and settings.yaml take them
        cli.registerConverter(Boolean.class, new Converters.YesNo());
        cli.registerConverter(boolean.class, new Converters.YesNo());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(services.output().out());
    }

    /** Whether {@code --debug} was given: stack traces for bug reports. */
    public boolean debug() {
        return debug;
    }
}
