package backplan.cli;

import backplan.Backplan;
import backplan.app.Invocation;
import backplan.session.FakeClock;
import backplan.session.SessionClock;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs backplan in-process with captured output, a private data directory and no terminal, and shows both
 * streams when an assertion on the result fails.
 */
public final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean interactive;
    private boolean stdoutTty;
    private SessionClock clock = new FakeClock();

    public Cli(Path home) {
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("TERM", "xterm-256color");
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Sessions run on a fake clock by default: in milliseconds, at 2026-11-24 07:00 Paris time. */
    public Cli clock(SessionClock value) {
        this.clock = value;
        return this;
    }

    public Cli interactive(boolean value) {
        this.interactive = value;
        return this;
    }

    /** Stdout is a terminal of {@code columns} (as the launcher says through COLUMNS), stdin is not; no colors. */
    public Cli terminal(int columns) {
        this.stdoutTty = true;
        env.put("COLUMNS", Integer.toString(columns));
        env.put("NO_COLOR", "1");
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Invocation inv = new Invocation(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.copyOf(env), interactive,
                interactive || stdoutTty, clock);
        int code = Backplan.run(inv, args);
        return new Result(String.join(" ", args), code, out.toString(), err.toString());
    }

    /** One run's exit code and output. */
    public record Result(String command, int code, String out, String err) {

        /** For assertion messages: everything a reader needs to see why a check failed. */
        public String dump() {
            return "backplan " + command + "\n--- exit " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }
}
