package backplan.term;

import backplan.session.Command;
import backplan.session.Controls;
import backplan.session.MonotonicClock;
import backplan.session.QueuedControls;
import java.io.IOException;

/**
 * Controls read straight from the terminal on the session thread, as JLine's own {@code ttop} does: the key read
 * waits up to the next deadline, so a timeout is a tick and a key is a command. Signals arrive through a queue,
 * checked at least once a second.
 */
final class TerminalControls implements Controls {

    /** Longest single wait, so queued signals and a paused screen's signals are seen within a second. */
    private static final long MAX_WAIT_MS = 1000;

    private final FullScreen screen;
    private final QueuedControls signals;
    private final MonotonicClock clock;

    TerminalControls(FullScreen screen, QueuedControls signals, MonotonicClock clock) {
        this.screen = screen;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public Command await(long deadlineNanos) throws InterruptedException {
        while (true) {
            Command queued = signals.await(clock.nanos()); // never blocks
            if (queued != null) {
                return queued;
            }
            long waitMs = MAX_WAIT_MS;
            if (deadlineNanos != NO_DEADLINE) {
                long left = deadlineNanos - clock.nanos();
                if (left <= 0) {
                    return null;
                }
                waitMs = Math.min(MAX_WAIT_MS, (left + 999_999) / 1_000_000);
            }
            int key;
            try {
                key = screen.readKey(waitMs);
            } catch (IOException | RuntimeException | java.io.IOError e) {
                return Command.INTERRUPT; // the terminal is gone
            }
            if (key == FullScreen.EOF || screen.broken()) {
                return Command.INTERRUPT; // the terminal is gone
            }
            if (key != FullScreen.TIMEOUT) {
                Command command = LiveView.command(key);
                if (command != null) {
                    return command;
                }
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
