package backplan.cli;

import backplan.Locations;
import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.InvalidFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

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
        },
        footer = {"", "Exit codes: 0 ok, 1 failure (due: nothing due), 2 usage, 3 invalid catalog or plan, 130 session"
            + " quit early (129/143 when stopped by SIGHUP/SIGTERM)."})
public final class BackplanCommand implements Runnable {

    /**
     * The subcommands in help order. They are registered lazily: picocli reflects over every registered command
     * at start-up, so a run of {@code list} registers only {@code list} (see {@link #register}).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("start", StartCommand::new);
        m.put("list", ListCommand::new);
        m.put("show", ShowCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("progress", ProgressCommand::new);
        m.put("due", DueCommand::new);
        m.put("completion", CompletionCommand::new);
        return m;
    }

    /** Global options that take a value, so their value is not mistaken for the subcommand's name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--catalog", "--data-dir");

    /**
     * Adds the subcommand the arguments name, or all of them when they name none (for help, suggestions for a
     * mistyped command, and completion scripts, which need the whole tree).
     */
    public static CommandLine register(CommandLine cli, String... args) {
        String named = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                named = a;
                break;
            }
        }
        if (named != null && SUBCOMMANDS.containsKey(named) && !named.equals("completion")) {
            cli.addSubcommand(named, SUBCOMMANDS.get(named).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Exercise catalog to use (default: $BACKPLAN_CATALOG, then"
                    + " ~/.config/backplan/exercises.yaml when present, else the bundled one).")
    Path catalogFile;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Keep plan, history and settings in DIR (default: $BACKPLAN_DATA_DIR, else the XDG"
                    + " config and data directories).")
    Path dataDir;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colors (also: NO_COLOR=1).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces, for bug reports.")
    boolean debug;

    private final Invocation invocation;

    public BackplanCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    public Invocation invocation() {
        return invocation;
    }

    @Override
    public void run() {
        spec.commandLine().usage(invocation.out());
    }

    public Locations locations() {
        return Locations.from(invocation.env(), dataDir);
    }

    /** Color only on a terminal, and never when the user said no. */
    public boolean color() {
        String noColorEnv = invocation.env().get("NO_COLOR");
        return invocation.stdoutTty() && !noColor && (noColorEnv == null || noColorEnv.isEmpty())
                && !"dumb".equals(invocation.env().get("TERM"));
    }

    public boolean debug() {
        return debug;
    }

    /** The file the active catalog comes from, or null for the bundled one. */
    public Path catalogPath() {
        if (catalogFile != null) {
            return catalogFile;
        }
        String env = invocation.env().get("BACKPLAN_CATALOG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path user = locations().userCatalog();
        return Files.exists(user) ? user : null;
    }

    public backplan.history.PlanFile planFile() {
        return new backplan.history.PlanFile(locations().plan());
    }

    public backplan.history.HistoryFile historyFile() {
        return new backplan.history.HistoryFile(locations().history());
    }

    /** Today in the user's time zone, from the injected clock. */
    public java.time.LocalDate today() {
        return invocation.clock().wallNow().toLocalDate();
    }

    public java.time.ZoneId zone() {
        return invocation.clock().wallNow().getZone();
    }

    /** Reads the history, warning on stderr about each damaged line (which stays in the file untouched). */
    public java.util.List<backplan.history.HistoryEntry> history() throws java.io.IOException {
        java.util.List<backplan.history.HistoryEntry> entries = new java.util.ArrayList<>();
        history(entries::add);
        return entries;
    }

    /** Streams the history, so a long one is never held in memory; damaged lines are warned about. */
    public void history(java.util.function.Consumer<backplan.history.HistoryEntry> entries)
            throws java.io.IOException {
        historyFile().read(entries, p -> invocation.err().println("warning: " + p));
    }

    /** The history boiled down for progress and due. */
    public backplan.history.Progress.Tally tally() throws java.io.IOException {
        backplan.history.Progress.Tally tally = new backplan.history.Progress.Tally(zone());
        history(tally);
        return tally;
    }

    /** Unicode marks unless asked for ASCII or the locale cannot show them. */
    public boolean ascii(boolean asked) {
        if (asked) {
            return true;
        }
        String locale = firstSet("LC_ALL", "LC_CTYPE", "LANG");
        return locale != null && !locale.toUpperCase(java.util.Locale.ROOT).replace("-", "").contains("UTF8");
    }

    private String firstSet(String... names) {
        for (String n : names) {
            String v = invocation.env().get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    public Catalog catalog() throws InvalidFileException {
        Path path = catalogPath();
        return path == null ? CatalogLoader.loadBundled() : CatalogLoader.load(path);
    }
}
