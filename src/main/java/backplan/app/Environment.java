package backplan.app;

import backplan.base.Locations;
import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.InvalidFileException;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.program.PlanFile;
import backplan.program.Progress;
import backplan.session.SessionClock;
import backplan.settings.SettingsFile;
import backplan.term.AnsiStyles;
import backplan.term.TerminalWidth;
import backplan.text.Styles;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every command shares: the streams, the clock, where the files are, which catalog is active, and the terminal
 * policy (color, Unicode, whether a live screen is possible). Built once per run from the invocation and the global
 * options.
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
    private int width = -1;

    public Environment(Invocation invocation, GlobalOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    public PrintWriter out() {
        return invocation.out();
    }

    public PrintWriter err() {
        return invocation.err();
    }

    public InputStream in() {
        return invocation.in();
    }

    public SessionClock clock() {
        return invocation.clock();
    }

    /** The process's environment variables (PATH for the speech command, SSH for where sound plays). */
    public Map<String, String> variables() {
        return invocation.env();
    }

    public boolean debug() {
        return options.debug();
    }

    /** Every question the program asks, answered from this run's input. */
    public Prompts prompts() {
        return new Prompts(invocation.in(), invocation.err(), invocation.interactive());
    }

    public Locations locations() {
        return Locations.from(invocation.env(), options.dataDir());
    }

    // ---- terminal policy, each rule in one place ----

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

    /** Emphasis for text on stdout: colors where {@link #color} allows them. */
    public Styles styles() {
        return color() ? new AnsiStyles() : Styles.NONE;
    }

    /** A live full-screen session or picker is possible: both streams are a terminal that can draw. */
    public boolean canDrawLive() {
        return invocation.interactive() && !dumbTerminal();
    }

    /** Standard output is a terminal (plain lines may ring its bell). */
    public boolean stdoutTerminal() {
        return invocation.stdoutTty();
    }

    /** Questions can be asked and answered: stdin and stdout are a terminal. */
    public boolean interactive() {
        return invocation.interactive();
    }

    /**
     * The columns text on stdout may take: {@link TextLayout#UNLIMITED} (0, never wrap) when stdout is not a
     * terminal, so scripts get whole lines; else {@code COLUMNS} when set (the launcher sets it from {@code stty
     * size}; tests set it), else what the kernel says, else 80.
     */
    public int width() {
        if (width < 0) {
            width = !invocation.stdoutTty() ? TextLayout.UNLIMITED : columns();
        }
        return width;
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

    /** Unicode marks unless asked for ASCII or the locale cannot show them. */
    public boolean ascii(boolean asked) {
        if (asked) {
            return true;
        }
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

    /** The file the active catalog comes from, or null for the bundled one. */
    public Path catalogPath() {
        if (options.catalog() != null) {
            return options.catalog();
        }
        String env = invocation.env().get("BACKPLAN_CATALOG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path user = locations().userCatalog();
        return Files.exists(user) ? user : null;
    }

    public Catalog catalog() throws InvalidFileException {
        Path path = catalogPath();
        return path == null ? CatalogLoader.loadBundled() : CatalogLoader.load(path);
    }

    // ---- time, plan and history ----

    /** Today in the user's time zone, from the injected clock. */
    public LocalDate today() {
        return invocation.clock().wallNow().toLocalDate();
    }

    public ZoneId zone() {
        return invocation.clock().wallNow().getZone();
    }

    public PlanFile planFile() {
        return new PlanFile(locations().plan());
    }

    /** settings.yaml: sound, voice and the other saved choices ({@code backplan config}). */
    public SettingsFile settingsFile() {
        return new SettingsFile(locations().settings());
    }

    public HistoryFile historyFile() {
        return new HistoryFile(locations().history());
    }

    /** Reads the history, warning on stderr about each damaged line (which stays in the file untouched). */
    public List<HistoryEntry> history() throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        history(entries::add);
        return entries;
    }

    /** Streams the history, so a long one is never held in memory; damaged lines are warned about. */
    public void history(Consumer<HistoryEntry> entries) throws IOException {
        historyFile().read(entries, p -> invocation.err().println("warning: " + p));
    }

    /** The history boiled down for plan, progress and due. */
    public Progress.Tally tally() throws IOException {
        Progress.Tally tally = new Progress.Tally();
        history(tally);
        return tally;
    }
}
