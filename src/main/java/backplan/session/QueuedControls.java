package backplan.session;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Controls fed from other threads (a key reader, signal handlers) through a queue; the session thread waits on the
 * clock until the deadline or the next command, so waiting costs no CPU.
 */
public final class QueuedControls implements Controls {

    private final BlockingQueue<Command> queue = new LinkedBlockingQueue<>();
    private final SessionClock clock;

    public QueuedControls(SessionClock clock) {
        this.clock = clock;
    }

    /** Safe to call from any thread, including signal handlers. */
    public void send(Command command) {
        queue.offer(command);
    }

    /** The next queued command, without waiting; null when there is none. */
    public Command poll() {
        return queue.poll();
    }

    @Override
    public Command await(long deadlineNanos) throws InterruptedException {
        return clock.awaitCommand(queue, deadlineNanos);
    }
}
