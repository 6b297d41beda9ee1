package backplan.session;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Controls fed from other threads (a key reader, signal handlers) through a queue; the session thread sleeps in
 * {@code poll} until the deadline or the next command, so waiting costs no CPU.
 */
public final class QueuedControls implements Controls {

    private final BlockingQueue<Command> queue = new LinkedBlockingQueue<>();
    private final MonotonicClock clock;

    public QueuedControls(MonotonicClock clock) {
        this.clock = clock;
    }

    /** Safe to call from any thread, including signal handlers. */
    public void send(Command command) {
        queue.offer(command);
    }

    @Override
    public Command await(long deadlineNanos) throws InterruptedException {
        if (deadlineNanos == NO_DEADLINE) {
            return queue.take();
        }
        long wait = deadlineNanos - clock.nanos();
        return wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
    }
}
