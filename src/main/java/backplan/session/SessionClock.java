package backplan.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The session's time, in the three forms it needs: a monotonic reading for deadlines, the wall time for the
 * record, and the wait for the next deadline or command. The real clock sleeps; a test's fake clock jumps, so a
 * whole session runs in milliseconds.
 */
public interface SessionClock {

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long monotonicNanos();

    /** The wall-clock time, with the user's zone, for start and end times in the history. */
    ZonedDateTime wallNow();

    /**
     * Milliseconds since the epoch: the wall time without its zone, which the real clock reads without loading
     * the time-zone rules (tens of milliseconds at start-up).
     */
    default long epochMillis() {
        return wallNow().toInstant().toEpochMilli();
    }

    /** Today in the user's time zone. */
    default LocalDate today() {
        return wallNow().toLocalDate();
    }

    /** The user's time zone. */
    default ZoneId zone() {
        return wallNow().getZone();
    }

    /**
     * Waits until {@code deadlineNanos} (on {@link #monotonicNanos()}) or until a command is queued.
     *
     * @return the command, or null when the deadline came first
     */
    Command awaitCommand(BlockingQueue<Command> commands, long deadlineNanos) throws InterruptedException;

    /** The real clock. */
    SessionClock SYSTEM = new SessionClock() {
        @Override
        public long monotonicNanos() {
            return System.nanoTime();
        }

        @Override
        public ZonedDateTime wallNow() {
            return ZonedDateTime.now(ZoneId.systemDefault());
        }

        @Override
        public long epochMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public Command awaitCommand(BlockingQueue<Command> commands, long deadlineNanos)
                throws InterruptedException {
            if (deadlineNanos == Controls.NO_DEADLINE) {
                return commands.take();
            }
            long wait = deadlineNanos - System.nanoTime();
            return wait <= 0 ? commands.poll() : commands.poll(wait, TimeUnit.NANOSECONDS);
        }
    };
}
