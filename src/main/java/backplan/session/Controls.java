package backplan.session;

/** Where a running session waits: for the next deadline, or for a command that arrives first. */
@FunctionalInterface
public interface Controls {

    /** Deadline value meaning "no deadline: wait for a command". */
    long NO_DEADLINE = Long.MAX_VALUE;

    /**
     * Blocks until {@code deadlineNanos} (on the session's clock) or until a command arrives, whichever is first.
     *
     * @return the command, or null when the deadline came first
     */
    Command await(long deadlineNanos) throws InterruptedException;
}
