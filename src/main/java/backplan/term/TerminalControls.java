package backplan.term;

import backplan.session.Command;
import backplan.session.Controls;
import backplan.session.QueuedControls;
import backplan.session.Rating;
import backplan.session.SessionClock;

/**
 * Controls read straight from the terminal on the session thread, as JLine's own {@code ttop} does: the key read
 * waits up to the next deadline, so a timeout is a tick and a key is a command. Signals arrive through a queue,
 * checked at least once a second.
 */
public final class TerminalControls implements Controls {

    /** Longest single wait, so queued signals are seen within a second even on a paused screen. */
    private static final long MAX_WAIT_MS = 1000;

    private final FullScreen screen;
    private final QueuedControls signals;
    private final SessionClock clock;

    public TerminalControls(FullScreen screen, QueuedControls signals, SessionClock clock) {
        this.screen = screen;
        this.signals = signals;
        this.clock = clock;
    }

    /** What each key means during a session. */
    static Command command(KeyAction action) {
        return switch (action) {
            case TOGGLE -> Command.TOGGLE_PAUSE;
            case SKIP -> Command.SKIP;
            case MORE -> Command.MORE_TIME;
            case LESS -> Command.LESS_TIME;
            case QUIT -> Command.ASK_QUIT;
            case YES -> Command.YES;
            case NO -> Command.NO;
            case ENTER -> Command.DONE;
            case INTERRUPT -> Command.QUIT_NOW;
            case REDRAW -> Command.REDRAW;
            case BACK, UP, DOWN, RANDOM, DIGIT, OTHER -> null;
        };
    }

    /** 1 to 4: how the exercise just done went, easy to hurt; other digits mean nothing here. */
    static Command rating(String digit) {
        for (Rating r : Rating.values()) {
            if (digit.equals(String.valueOf(r.digit()))) {
                return Command.rate(r);
            }
        }
        return null;
    }

    @Override
    public Command await(long deadlineNanos) throws InterruptedException {
        while (true) {
            Command queued = signals.poll();
            if (queued != null) {
                return queued;
            }
            long waitMs = MAX_WAIT_MS;
            if (deadlineNanos != NO_DEADLINE) {
                long left = deadlineNanos - clock.monotonicNanos();
                if (left <= 0) {
                    return null;
                }
                waitMs = Math.min(MAX_WAIT_MS, (left + 999_999) / 1_000_000);
            }
            KeyReader.Read read = screen.keys().read(waitMs);
            if (read instanceof KeyReader.Closed || screen.broken()) {
                return Command.INTERRUPT; // the terminal is gone
            }
            if (read instanceof KeyReader.Keystroke key) {
                Command command = key.action() == KeyAction.DIGIT ? rating(key.typed()) : command(key.action());
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
