package backplan.session;

import java.time.ZonedDateTime;

/** The session's one source of time: a monotonic reading for deadlines and a wall reading for the record. */
public interface MonotonicClock {

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long nanos();

    /** The wall-clock time, with the user's zone, for start and end times in the history. */
    ZonedDateTime wallNow();

    /** The real clock. */
    MonotonicClock SYSTEM = new MonotonicClock() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public ZonedDateTime wallNow() {
            return ZonedDateTime.now();
        }
    };
}
