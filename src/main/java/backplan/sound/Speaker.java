package backplan.sound;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Speaks phrases through the system's speech command, one child process per phrase, beside the session clock:
 * {@link #say} hands the phrase to the speaker's own thread and returns; a newer phrase ends the stale process and
 * takes its place, nothing queues; {@link #close} (and, as a safety net, a shutdown hook) ends every process.
 */
public final class Speaker implements AutoCloseable {

    /** The note for the person when there is no speech command. */
    public static final String NO_COMMAND = "voice: no speech command found; install espeak-ng";

    /** How long a process ended with SIGTERM has before it is killed outright. */
    private static final long GRACE_MILLIS = 300;

    private final String path;
    private final String osName;
    private final VoiceChoice voice;

    // Guarded by this.
    private boolean looked;
    private SpeechCommand command;
    private String note;
    private Thread thread;
    private Thread hook;
    private String pending;
    private boolean hushPending;
    /** A phrase was taken from {@link #pending} and its process is being started. */
    private boolean starting;
    private boolean closed;
    /** The process speaking now, and the ones being ended (with their children). */
    private Process current;
    private final List<ProcessHandle> ending = new ArrayList<>();

    /**
     * @param path   the {@code PATH} to search, as a string (tests put a fake command first)
     * @param osName the {@code os.name} property, which decides the order of the search
     */
    public Speaker(String path, String osName) {
        this(path, osName, VoiceChoice.DEFAULT);
    }

    /** @param voice the voice and pace to ask the command for */
    public Speaker(String path, String osName, VoiceChoice voice) {
        this.path = path;
        this.osName = osName;
        this.voice = voice;
    }

    /** A speaker searching the process's own {@code PATH}. */
    public static Speaker fromEnvironment(Map<String, String> env, VoiceChoice voice) {
        return new Speaker(env.get("PATH"), System.getProperty("os.name"), voice);
    }

    /**
     * Looks for the speech command (the first call does; later ones remember) and says what stops the voice: the
     * one line to show the person at start, or empty when the voice can speak.
     */
    public synchronized Optional<String> problem() {
        lookUp();
        return Optional.ofNullable(note);
    }

    /** The command in use, once found. */
    public synchronized Optional<SpeechCommand> command() {
        lookUp();
        return Optional.ofNullable(command);
    }

    /** Says the phrase, cutting any phrase still being said; never blocks and never throws. */
    public void say(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        request(phrase, false);
    }

    /** Stops the phrase being said, if any. */
    public void hush() {
        request(null, true);
    }

    private synchronized void request(String phrase, boolean hush) {
        if (closed) {
            return;
        }
        lookUp();
        if (command == null) {
            return;
        }
        pending = phrase;
        hushPending = hush;
        if (thread == null) {
            thread = new Thread(this::run, "backplan-voice");
            thread.setDaemon(true);
            thread.start();
            hook = new Thread(this::endAll, "backplan-voice-exit");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException e) {
                hook = null; // already shutting down
            }
        }
        notifyAll();
    }

    /**
     * Waits up to {@code max} for the phrase being said (or about to be) to finish, for a normal end where the last
     * words ("session complete") should be heard before the program exits.
     */
    public boolean awaitQuiet(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (true) {
            Process speaking;
            synchronized (this) {
                while (pending != null || hushPending || starting) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
                speaking = current;
            }
            if (speaking == null) {
                return true;
            }
            long left = end - System.nanoTime();
            if (left <= 0 || !speaking.waitFor(left, TimeUnit.NANOSECONDS)) {
                return false;
            }
            synchronized (this) {
                if (current == speaking) {
                    return true; // nothing newer started while it finished
                }
            }
        }
    }

    /** Ends every speech process now; the speaker says nothing more. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            pending = null;
            notifyAll();
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down: the hook runs anyway
                }
                hook = null;
            }
        }
        endAll();
    }

    private synchronized void lookUp() {
        if (!looked) {
            looked = true;
            command = SpeechCommand.find(path, osName).orElse(null);
            if (command == null) {
                note = NO_COMMAND;
            } else {
                roomToStart();
            }
        }
    }

    /**
     * Whether a speech process can start without running out of file descriptors part way (which, with the JDK 17,
     * closes the terminal's input); if not, the voice goes quiet with one line and the session runs on.
     */
    private synchronized boolean roomToStart() {
        if (command == null) {
            return false;
        }
        java.util.OptionalLong free = Descriptors.free();
        if (free.isPresent() && free.getAsLong() < Descriptors.TO_START_A_PROCESS) {
            note = "voice: too few file descriptors are free to start " + command.kind().command() + " (" + free
                    .getAsLong() + "; see ulimit -n), so the session goes on without the voice";
            command = null;
            return false;
        }
        return true;
    }

    private void run() {
        try {
            while (true) {
                String phrase;
                synchronized (this) {
                    while (pending == null && !hushPending && !closed) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    phrase = pending;
                    pending = null;
                    hushPending = false;
                    endCurrent();
                    if (phrase == null) {
                        notifyAll();
                        continue;
                    }
                    starting = true;
                }
                Process started = start(phrase);
                synchronized (this) {
                    starting = false;
                    notifyAll();
                    if (closed) {
                        end(started);
                        return;
                    }
                    current = started;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the command; a command that cannot start is noted once and the voice goes quiet. */
    private Process start(String phrase) {
        SpeechCommand c;
        synchronized (this) {
            c = roomToStart() ? command : null;
        }
        if (c == null) {
            return null;
        }
        try {
            SpeechCommand.Invocation run = c.invocation(phrase, voice);
            Process p = new ProcessBuilder(run.arguments())
                    .redirectInput(run.input() == null ? Redirect.from(new File("/dev/null")) : Redirect.PIPE)
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD)
                    .start();
            if (run.input() != null) {
                // a phrase is far smaller than a pipe's buffer: this never waits on the command
                try (OutputStream in = p.getOutputStream()) {
                    in.write(run.input().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the command ended before reading: nothing is said, as with a command that crashes
                }
            }
            return p;
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                note = "voice: cannot run " + c.executable() + ": " + TonePlayer.describe(e);
                command = null;
            }
            return null;
        }
    }

    private synchronized void endCurrent() {
        if (current != null) {
            end(current);
            current = null;
        }
    }

    /**
     * Ends a speech process and its children (a wrapper script's own child would otherwise speak on): SIGTERM now,
     * SIGKILL after a grace period if still alive. The children are listed first: once the parent is gone they
     * belong to init and can no longer be found through it.
     */
    private synchronized void end(Process p) {
        if (p == null) {
            return;
        }
        List<ProcessHandle> family = new ArrayList<>();
        p.descendants().forEach(family::add);
        family.add(0, p.toHandle());
        family.forEach(ProcessHandle::destroy);
        ending.addAll(family);
        ending.removeIf(h -> !h.isAlive());
        CompletableFuture.delayedExecutor(GRACE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
            family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        });
    }

    /** Ends the speaking process and any still being ended, at once: the program is on its way out. */
    private void endAll() {
        List<ProcessHandle> all = new ArrayList<>();
        synchronized (this) {
            if (current != null) {
                current.descendants().forEach(all::add);
                all.add(current.toHandle());
                current = null;
            }
            all.addAll(ending);
            ending.clear();
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (ProcessHandle h : all) {
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
    }
}
