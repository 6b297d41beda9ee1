package backplan.e2e;

import static org.junit.jupiter.api.Assertions.fail;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * A real pseudo-terminal for the launched program: a tmux server on a private socket (never the user's), one
 * session whose pane runs {@code bin/backplan} under {@code sh}, and the keys, screen captures and tty checks a
 * test needs. The shell prints {@code EXIT=<code>} when backplan ends and then stays, so the screen stays readable.
 */
final class Tmux implements AutoCloseable {

    /**
     * First frame: a cold JVM on a busy CI machine can take a few seconds. These bound only how long a test waits
     * for what should come (they never say how fast it must come): generous, for a 2-core machine running the
     * end-to-end classes side by side.
     */
    static final Duration STARTUP = Duration.ofSeconds(30);
    static final Duration SHORT = Duration.ofSeconds(10);
    static final String BEFORE = "BEFORE-BACKPLAN";

    private static final String SESSION = "e2e";
    private static final Pattern EXIT = Pattern.compile("(?m)^EXIT=(\\d+)\\s*$");

    private final Sandbox sandbox;
    private final String socket;
    private final Path config;
    private boolean started;

    Tmux(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.socket = "backplan-e2e-" + sandbox.marker();
        this.config = sandbox.root().resolve("tmux.conf");
    }

    /** Skips the test when tmux is not installed (CI installs it, so there the tests run). */
    static void assumeInstalled() {
        boolean installed;
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            installed = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        Assumptions.assumeTrue(installed, "tmux is not installed");
    }

    /** No status line: the pane gets every row of the window. No user config: -f points here. */
    private void writeConfig() {
        try {
            Files.writeString(config, "set -g status off\nset -g history-limit 200\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code bin/backplan ARGS} in a new WIDTH x HEIGHT window. {@code assignments} are shell variable
     * assignments put before the command (such as {@code NO_COLOR=1}). The shell traps SIGINT (a trap, unlike an
     * ignored signal, is reset for the child) so it survives a Ctrl-C to report the exit code.
     */
    void startWith(String assignments, int width, int height, String... args) {
        writeConfig();
        String command = Arrays.stream(args).map(Sandbox::quote).collect(Collectors.joining(" "));
        String script = "trap : INT; printf '%s\\n' " + BEFORE + "; " + assignments + " "
                + Sandbox.quote(Sandbox.launcher().toString()) + " " + command + "; echo EXIT=$?; sleep 600";
        tmux("new-session", "-d", "-s", SESSION, "-x", Integer.toString(width), "-y", Integer.toString(height),
                "--", "sh", "-c", script);
        started = true;
    }

    void start(int width, int height, String... args) {
        startWith("", width, height, args);
    }

    /** The visible pane as text, trailing spaces trimmed by tmux. */
    Screen screen() {
        return new Screen(tmux("capture-pane", "-p", "-t", SESSION));
    }

    /** The screen for a failure message, or why there is none (the pane may be gone). */
    String lastScreen() {
        try {
            return screen().framed();
        } catch (AssertionError e) {
            return "(no screen: " + e.getMessage().strip() + ")";
        }
    }

    /** Everything the pane printed, scrolled-off lines included, with lines the terminal wrapped joined again. */
    Screen scrollback() {
        return new Screen(tmux("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION));
    }

    /** The visible pane with its SGR escapes ({@code capture-pane -e}), to see colors. */
    String screenWithEscapes() {
        return tmux("capture-pane", "-p", "-e", "-t", SESSION);
    }

    /** Sends tmux key names (such as {@code Space}, {@code C-c}, {@code Enter}) or single characters. */
    void sendKeys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Waits until the screen shows {@code text}; fails with the last screen if it never does. */
    Screen waitFor(String text, Duration timeout) {
        return waitUntil("the screen to show '" + text + "'", s -> s.contains(text), timeout);
    }

    Screen waitFor(String text) {
        return waitFor(text, SHORT);
    }

    /** Polls the screen every 50 ms until the condition holds. */
    Screen waitUntil(String what, Predicate<Screen> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Screen last;
        while (true) {
            last = screen();
            if (condition.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                return fail("timed out after " + timeout.toMillis() + " ms waiting for " + what + "; the screen was:\n"
                        + last.framed());
            }
            pause(50);
        }
    }

    /** Whether the shell has printed backplan's exit code. */
    static boolean exited(Screen screen) {
        return EXIT.matcher(screen.text()).find();
    }

    /** Waits for the shell's {@code EXIT=} line and returns the code. */
    int waitForExit(Duration timeout) {
        Screen s = waitUntil("backplan to exit (EXIT=...)", Tmux::exited, timeout);
        Matcher m = EXIT.matcher(s.text());
        m.find();
        return Integer.parseInt(m.group(1));
    }

    void resize(int width, int height) {
        tmux("resize-window", "-t", SESSION, "-x", Integer.toString(width), "-y", Integer.toString(height));
    }

    /** The pane's size as tmux sees it, e.g. {@code 60x20}. */
    String paneSize() {
        return tmux("display", "-p", "-t", SESSION, "#{pane_width}x#{pane_height}").strip();
    }

    /** Whether the pane is on the alternate screen (a full-screen program still owns it). */
    boolean alternateScreen() {
        return tmux("display", "-p", "-t", SESSION, "#{alternate_on}").strip().equals("1");
    }

    /** Whether the cursor is visible in the pane. */
    boolean cursorVisible() {
        return tmux("display", "-p", "-t", SESSION, "#{cursor_flag}").strip().equals("1");
    }

    String tty() {
        return tmux("display", "-p", "-t", SESSION, "#{pane_tty}").strip();
    }

    /** The pane's line discipline settings, {@code stty -a} on its tty. */
    String stty() {
        return run(List.of("stty", "-a", "-F", tty()), Map.of(), Duration.ofSeconds(10), false);
    }

    /** True when the tty is in cooked mode: line editing and echo on, as a shell expects. */
    boolean cooked() {
        List<String> flags = Arrays.asList(stty().split("[\\s;]+"));
        return flags.contains("icanon") && flags.contains("echo") && flags.contains("isig");
    }

    /** Closes the pane as a closed terminal window would: the program gets SIGHUP. */
    void killPane() {
        tmux("kill-pane", "-t", SESSION);
    }

    /** The pid of this test's java process (the launcher execs java), found by the unique data directory name. */
    Optional<Long> javaPid() {
        return javaPids(sandbox).stream().findFirst();
    }

    static List<Long> javaPids(Sandbox sandbox) {
        String out = run(List.of("pgrep", "-f", "backplan\\.jar .*" + sandbox.marker()), Map.of(),
                Duration.ofSeconds(10), true);
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Long::parseLong).toList();
    }

    /**
     * Kills any java process of this sandbox that is still running (a test that failed half-way may leave one) and
     * waits for it, before JUnit deletes the data directory under it.
     */
    static void endLeftovers(Sandbox sandbox) {
        for (long pid : javaPids(sandbox)) {
            ProcessHandle.of(pid).ifPresent(java -> {
                java.destroyForcibly();
                try {
                    java.onExit().get(5, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // nothing more can be done about it here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** Kills the server (and so the pane), then any java process of this test that outlived it. */
    @Override
    public void close() {
        if (started) {
            run(tmuxCommand("kill-server"), environment(), Duration.ofSeconds(10), true);
        }
        endLeftovers(sandbox);
    }

    private String tmux(String... args) {
        return run(tmuxCommand(args), environment(), Duration.ofSeconds(10), false);
    }

    /** The sandbox's environment, with the server's socket inside the test's temp dir so nothing is left behind. */
    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>(sandbox.environment());
        env.put("TMUX_TMPDIR", sandbox.root().toString());
        return env;
    }

    private List<String> tmuxCommand(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", config.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a helper command; {@code env} replaces the environment unless empty. */
    private static String run(List<String> command, Map<String, String> env, Duration timeout, boolean tolerant) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (!env.isEmpty()) {
                pb.environment().clear();
                pb.environment().putAll(env);
            }
            Process p = pb.start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 && !tolerant) {
                throw new AssertionError(String.join(" ", command) + " failed (" + p.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
