package backplan.app;

import backplan.base.Locations;
import backplan.session.SessionClock;
import backplan.term.TerminalWidth;
import backplan.text.TextLayout;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What this run was given, read once: the streams, the clock, the environment variables, the global options, and
 * from them where the files are, which catalog is active, and the terminal policy (color, Unicode, width, whether a
 * live screen is possible). Only {@link Services} and the entry point read it; each service is handed the few
 * things it uses.
 */
public final class Environment {

    /**
     * The options every command accepts.
     *
     * @param catalog the {@code --catalog} file, or null
     * @param dataDir the {@code --data-dir} folder, or null
     */
    public record GlobalOptions(Path catalog, Path dataDir, boolean noColor, boolean debug) {

        public static final GlobalOptions NONE = new GlobalOptions(null, null, false, false);
    }

    /** The width assumed for a terminal that does not say how wide it is. */
    static final int FALLBACK_WIDTH = 80;

    private final Invocation invocation;
    private final GlobalOptions options;
    private Output output;

    public Environment(Invocation invocation, GlobalOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    public SessionClock clock() {
        return invocation.clock();
    }

    /** The process's environment variables (PATH for the speech command, SSH for where sound plays). */
    public Map<String, String> variables() {
        return invocation.env();
    }

    public InputStream in() {
        return invocation.in();
    }

    public boolean debug() {
        return options.debug();
    }

    /** Questions can be asked and answered: stdin and stdout are a terminal. */
    public boolean interactive() {
        return invocation.interactive();
    }

    public Locations locations() {
        return Locations.from(invocation.env(), options.dataDir());
    }

    // ---- terminal policy, each rule in one place ----

    /** The streams and how text on them may look. */
    public Output output() {
        if (output == null) {
            output = new Output(invocation.out(), invocation.err(), this::width, asciiLocale(), color(),
                    invocation.interactive() && !dumbTerminal(), invocation.stdoutTty());
        }
        return output;
    }

    /** A dumb terminal can show neither colors nor a live screen. */
    private boolean dumbTerminal() {
        return "dumb".equals(invocation.env().get("TERM"));
    }

    /** Color only on a terminal, and never when the user said no. */
    public boolean color() {
        String noColorEnv = invocation.env().get("NO_COLOR");
        return invocation.stdoutTty() && !options.noColor() && (noColorEnv == null || noColorEnv.isEmpty())
                && !dumbTerminal();
    }

    /**
     * The columns text on stdout may take: {@link TextLayout#UNLIMITED} (0, never wrap) when stdout is not a
     * terminal, so scripts get whole lines; else {@code COLUMNS} when set (the launcher sets it from {@code stty
     * size}; tests set it), else what the kernel says, else 80.
     */
    private int width() {
        return !invocation.stdoutTty() ? TextLayout.UNLIMITED : columns();
    }

    private int columns() {
        String columns = invocation.env().get("COLUMNS");
        if (columns != null) {
            try {
                int n = Integer.parseInt(columns.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: ask the terminal instead
            }
        }
        int asked = TerminalWidth.ofStdout();
        return asked > 0 ? asked : FALLBACK_WIDTH;
    }

    /** The locale cannot show Unicode marks. */
    private boolean asciiLocale() {
        String locale = firstSet("LC_ALL", "LC_CTYPE", "LANG");
        return locale != null && !locale.toUpperCase(Locale.ROOT).replace("-", "").contains("UTF8");
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

    // ---- the catalog ----

    /** The active catalog: {@code --catalog}, else {@code $BACKPLAN_CATALOG}, else the user's, else the bundled. */
    public ActiveCatalog catalog() {
        boolean named = options.catalog() != null || !invocation.env().getOrDefault("BACKPLAN_CATALOG", "").isBlank();
        Path file = catalogFile();
        return named || Files.exists(file) ? new ActiveCatalog(file) : ActiveCatalog.BUNDLED;
    }

    /**
     * Where the catalog is looked for: {@code --catalog}, else {@code $BACKPLAN_CATALOG}, else exercises.yaml in
     * the config directory (used when it exists): where {@code catalog init} puts one.
     */
    public Path catalogFile() {
        if (options.catalog() != null) {
            return options.catalog();
        }
        String env = invocation.env().get("BACKPLAN_CATALOG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return locations().userCatalog();
    }
}
