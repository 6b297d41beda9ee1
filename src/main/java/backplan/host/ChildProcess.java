package backplan.host;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one program to its end within a time limit, as backplan runs every helper it starts (a notifier,
 * {@code systemctl}, {@code crontab}, a hook): its input written beside it, its output read beside it and kept up
 * to a bound, and at the limit the program and every process it started ended. Nothing here ever waits longer than
 * the limit plus a short grace, even when a grandchild keeps the output pipe open.
 */
public final class ChildProcess {

    /** How much of the output is kept: enough for any message, never a memory hazard. */
    static final int KEPT_BYTES = 64 * 1024;
    /** How long a program ended with SIGTERM has before it is killed outright. */
    private static final long GRACE_MILLIS = 300;

    /**
     * How a run ended.
     *
     * @param exit   the exit status, or -1 when it was ended at the time limit
     * @param output its standard output and error, interleaved, up to {@link #KEPT_BYTES}
     */
    public record Result(int exit, boolean timedOut, String output) {

        public boolean ok() {
            return !timedOut && exit == 0;
        }

        /** The output's first line that says something, or "" ({@code crontab: no crontab for you}). */
        public String firstLine() {
            return output.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        }
    }

    private final Map<String, String> env;
    private final Duration timeout;

    /**
     * @param env     the whole environment of the program (the invocation's: tests put fakes on its PATH)
     * @param timeout how long it may run
     */
    public ChildProcess(Map<String, String> env, Duration timeout) {
        this.env = env;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The time limit as people read it: "10 s", or "300 ms" under a second. */
    public String limit() {
        return timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
    }

    /** Runs {@code command} with no input. */
    public Result run(List<String> command) throws IOException {
        return run(command, null);
    }

    /**
     * Runs {@code command} (never through a shell: the words are the program's arguments) with {@code input} on its
     * standard input, or none (null). Throws IOException only when it cannot be started at all.
     */
    public Result run(List<String> command, byte[] input) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(input == null ? Redirect.from(new File("/dev/null")) : Redirect.PIPE);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        Thread writer = null;
        if (input != null) {
            writer = daemon("backplan-child-input", () -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException e) {
                    // the program did not read it all (it exited, or closed its input): its exit status says the rest
                }
            });
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        Thread reader = daemon("backplan-child-output", () -> drain(p.getInputStream(), kept));
        boolean ended;
        try {
            ended = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (!ended) {
            end(p);
        }
        try {
            // A grandchild may hold the pipe open after the program is gone: the output so far is enough.
            reader.join(GRACE_MILLIS);
            if (writer != null) {
                writer.join(GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String output;
        synchronized (kept) {
            output = kept.toString(StandardCharsets.UTF_8);
        }
        return new Result(ended ? p.exitValue() : -1, !ended, output);
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void drain(InputStream in, ByteArrayOutputStream kept) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (kept) {
                    kept.write(buffer, 0, Math.max(0, Math.min(n, KEPT_BYTES - kept.size())));
                }
            }
        } catch (IOException e) {
            // the pipe closed under us when the program was ended: what was read is kept
        }
    }

    /**
     * Ends the program and the processes it started: SIGTERM now, SIGKILL after a grace period. The children are
     * listed first, while they can still be found through it.
     */
    private static void end(Process p) {
        List<ProcessHandle> family = new ArrayList<>();
        p.descendants().forEach(family::add);
        family.add(0, p.toHandle());
        family.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        for (ProcessHandle h : family) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    h.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // still alive after the grace period: killed below
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
        try {
            p.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
