package backplan.term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Routes SIGINT, SIGTERM and SIGHUP to the running session instead of killing the JVM mid-write, so a stopped
 * session is still summarized and recorded once; the previous handlers come back on close.
 */
public final class Signals implements AutoCloseable {

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private final SignalHandler handler;
    private volatile int received;
    private final AtomicInteger count = new AtomicInteger();

    private Signals(Runnable onSignal) {
        this.handler = sig -> {
            received = sig.getNumber();
            count.incrementAndGet();
            onSignal.run();
        };
    }

    /** Calls {@code onSignal} (from a signal thread) when any of the three arrives. */
    public static Signals route(Runnable onSignal) {
        Signals s = new Signals(onSignal);
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal signal = new Signal(name);
                s.previous.add(Signal.handle(signal, s.handler));
                s.signals.add(signal);
            } catch (IllegalArgumentException unavailable) {
                // the platform lacks this signal, or the JVM reserves it (-Xrs): nothing to route
            }
        }
        return s;
    }

    /**
     * Takes the three signals back: JLine registers its own native handler each time a terminal signal handler is
     * set ({@code Terminal.handle}), which would leave SIGINT to JLine instead of to the session.
     */
    public void reinstall() {
        for (Signal signal : signals) {
            Signal.handle(signal, handler);
        }
    }

    /** How many signals have arrived so far: a wait started at N ends when it is more. */
    public int count() {
        return count.get();
    }

    /**
     * Stops the whole process as SIGTSTP would have, until a SIGCONT ({@code fg}); returns then. Java cannot raise
     * a signal it does not handle, so {@code kill -STOP} does it; it waits for us, as we wait for it.
     */
    static void stopThisProcess() {
        try {
            Process kill = new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            // no kill command: the program simply goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The number of the last signal received, or 0. */
    public int received() {
        return received;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
