package backplan.session;

/** Whether the session is paused, since when, and how long it has been paused in all. */
final class PauseClock {

    private static final long RUNNING = -1;

    private long since = RUNNING;
    private long total;

    boolean paused() {
        return since != RUNNING;
    }

    void pause(long now) {
        if (!paused()) {
            since = now;
        }
    }

    /** Ends the pause and returns how long it lasted (0 when not paused). */
    long resume(long now) {
        if (!paused()) {
            return 0;
        }
        long lasted = now - since;
        total += lasted;
        since = RUNNING;
        return lasted;
    }

    /** Time the process was stopped or frozen while running: it counts as paused. */
    void addAway(long nanos) {
        total += nanos;
    }

    /** The moment the session's clocks stand at: the pause's start while paused, else now. */
    long frozenAt(long now) {
        return paused() ? since : now;
    }

    long totalNanos() {
        return total;
    }
}
