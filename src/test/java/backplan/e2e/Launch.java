package backplan.e2e;

import static org.junit.jupiter.api.Assertions.fail;


import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * backplan launched without a terminal, as a script or cron job runs it: {@code bin/backplan} with stdin from
 * /dev/null and both output streams piped.
 */
final class Launch {

    /** How long a run may take before the test gives up on it: a bound on the wait, not a speed to meet. */
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Sandbox sandbox;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final java.util.Set<String> removed = new java.util.HashSet<>();
    private Path program;

    Launch(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Runs this launcher instead of the project's bin/backplan (a copy, a link to it, the release's). */
    Launch program(Path launcher) {
        this.program = launcher;
        return this;
    }

    Launch env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs without this environment variable, whatever the sandbox sets. */
    Launch without(String name) {
        removed.add(name);
        return this;
    }

    /** Runs to the end and returns the exit code and both streams. */
    Result run(String... args) {
        return start(args).finish(TIMEOUT);
    }

    /** Starts the program; the caller reads its output as it comes and decides when it ends. */
    Running start(String... args) {
        List<String> command = new ArrayList<>();
        command.add((program != null ? program : Sandbox.launcher()).toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(sandbox.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(sandbox.environment());
        pb.environment().putAll(env);
        pb.environment().keySet().removeAll(removed);
        try {
            return new Running(String.join(" ", args), pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A program still running, with its output collected on two threads. */
    static final class Running {

        private final String command;
        private final Process process;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread outReader;
        private final Thread errReader;

        Running(String command, Process process) {
            this.command = command;
            this.process = process;
            this.outReader = drain(process.getInputStream(), out);
            this.errReader = drain(process.getErrorStream(), err);
        }

        Process process() {
            return process;
        }

        String out() {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }

        String err() {
            synchronized (err) {
                return err.toString(StandardCharsets.UTF_8);
            }
        }

        /** Waits until a complete stdout line matches; fails with both streams if none does in time. */
        String waitForLine(String what, Predicate<String> line, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                boolean ended = !process.isAlive() && !outReader.isAlive();
                String text = out();
                int end = text.lastIndexOf('\n');
                for (String l : end < 0 ? new String[0] : text.substring(0, end).split("\n", -1)) {
                    if (line.test(l)) {
                        return l;
                    }
                }
                if (ended || System.nanoTime() > deadline) {
                    return fail("no stdout line showed " + what + (ended ? " before the program ended" : " in "
                            + timeout.toMillis() + " ms") + "\n" + dump(ended ? process.exitValue() : -1));
                }
                Tmux.pause(20);
            }
        }

        /** Waits for the end and returns everything the program wrote. */
        Result finish(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    fail("backplan " + command + " did not end within " + timeout.toMillis() + " ms\n" + dump(-1));
                }
                outReader.join(TimeUnit.SECONDS.toMillis(10));
                errReader.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            byte[] bytes;
            synchronized (out) {
                bytes = out.toByteArray();
            }
            return new Result(command, process.exitValue(), new String(bytes, StandardCharsets.UTF_8), bytes, err());
        }

        private String dump(int code) {
            return new Result(command, code, out(), new byte[0], err()).dump();
        }

        private static Thread drain(InputStream in, ByteArrayOutputStream into) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        synchronized (into) {
                            into.write(buf, 0, n);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended; what was read is kept
                }
            }, "e2e-drain");
            t.setDaemon(true);
            t.start();
            return t;
        }
    }

    /** One finished run: the exit code and both streams. */
    @SuppressWarnings("ArrayRecordComponent") // a result is read, never compared or hashed
    record Result(String command, int code, String out, byte[] outBytes, String err) {

        /** Everything a reader needs to see why a check failed. */
        String dump() {
            return "backplan " + command + "\n--- exit " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err
                    + "---";
        }
    }
}
