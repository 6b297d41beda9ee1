package backplan.session;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A clock that moves only when told to, or when a session waits on it: a wait jumps straight to its deadline, so
 * whole sessions run in milliseconds.
 */
public final class FakeClock implements SessionClock {

    public static final ZonedDateTime EPOCH =
            ZonedDateTime.of(2026, 11, 24, 7, 0, 0, 0, ZoneId.of("Europe/Paris"));

    private final ZonedDateTime wallOrigin;
    private long nanos = 1_000_000_000_000L;
    private final long origin = nanos;

    public FakeClock() {
        this(EPOCH);
    }

    /** A clock whose wall time starts at {@code wallOrigin}. */
    public FakeClock(ZonedDateTime wallOrigin) {
        this.wallOrigin = wallOrigin;
    }

    @Override
    public synchronized long monotonicNanos() {
        return nanos;
    }

    @Override
    public synchronized ZonedDateTime wallNow() {
        return wallOrigin.plusNanos(nanos - origin);
    }

    /**
     * A queued command comes at once; otherwise time jumps to the deadline. Without a deadline only another
     * thread can answer (a reader of stdin), so this waits for it in real time, a few seconds at most.
     */
    @Override
    public Command awaitCommand(BlockingQueue<Command> commands, long deadlineNanos) throws InterruptedException {
        Command queued = commands.poll();
        if (queued != null) {
            return queued;
        }
        if (deadlineNanos == Controls.NO_DEADLINE) {
            Command late = commands.poll(10, TimeUnit.SECONDS);
            if (late == null) {
                throw new IllegalStateException("the session waits for a command that never comes");
            }
            return late;
        }
        advanceTo(Math.max(monotonicNanos(), deadlineNanos));
        return null;
    }

    public synchronized void advanceTo(long value) {
        if (value < nanos) {
            throw new IllegalStateException("time cannot go back");
        }
        nanos = value;
    }

    /** Seconds since the clock was made. */
    public synchronized double seconds() {
        return (nanos - origin) / 1e9;
    }

    /** The monotonic reading {@code seconds} after the clock was made. */
    public long at(double seconds) {
        return origin + Math.round(seconds * 1e9);
    }
}
