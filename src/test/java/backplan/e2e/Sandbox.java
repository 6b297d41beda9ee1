package backplan.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A private home for one test: HOME and the XDG directories in a temp folder, a fresh data directory with a name
 * no other process has, and the launcher as a person would run it.
 */
final class Sandbox {

    private final Path root;
    private final Path dataDir;
    private final String marker;

    Sandbox(Path tempDir) throws IOException {
        this.root = tempDir;
        this.marker = "bp" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.dataDir = tempDir.resolve("data-" + marker);
        for (String dir : List.of("home", "config", "share", "cache")) {
            Files.createDirectories(tempDir.resolve(dir));
        }
    }

    /** The project directory that failsafe names, so the launcher and the jar it runs are the ones just built. */
    static Path project() {
        return Path.of(System.getProperty("backplan.home", System.getProperty("user.dir"))).toAbsolutePath();
    }

    static Path launcher() {
        Path launcher = project().resolve("bin/backplan");
        Path jar = Path.of(System.getProperty("backplan.jar", project().resolve("target/backplan.jar").toString()));
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("end-to-end tests need " + launcher + " and " + jar
                    + "; run them with 'mvn verify', which packages the jar first");
        }
        return launcher;
    }

    Path root() {
        return root;
    }

    /** The data directory passed with --data-dir; its name is unique, so pgrep can find this test's process. */
    Path dataDir() {
        return dataDir;
    }

    String marker() {
        return marker;
    }

    Path history() {
        return dataDir.resolve("history.jsonl");
    }

    /** The history's lines, or none when the file does not exist yet. */
    List<String> historyLines() throws IOException {
        return Files.exists(history()) ? Files.readAllLines(history(), StandardCharsets.UTF_8) : List.of();
    }

    /**
     * The environment for the launched program: nothing from the developer's own backplan setup leaks in.
     * BACKPLAN_MVN=true stops the launcher from rebuilding mid-suite when someone edits a source file: the tests
     * run the jar that `mvn verify` has just packaged (a nested build would rewrite target/ under failsafe).
     */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("BACKPLAN_") || k.startsWith("XDG_") || k.startsWith("TMUX")
                || k.equals("NO_COLOR") || k.equals("JAVA_OPTS") || k.equals("COLUMNS") || k.equals("LINES"));
        env.put("HOME", root.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
        env.put("XDG_DATA_HOME", root.resolve("share").toString());
        env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
        env.put("BACKPLAN_MVN", "true");
        // Each sandbox has a fresh cache, so every launch would queue a class-data archive job in the background;
        // LauncherIT tests that path on its own.
        env.put("BACKPLAN_CDS", "off");
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        return env;
    }

    /** Quotes a word for sh, so any path or argument survives the trip through tmux and the shell. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
