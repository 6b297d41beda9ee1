package backplan.session;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock that moves only when told to, so whole sessions run in milliseconds. */
final class FakeClock implements MonotonicClock {

    static final ZonedDateTime EPOCH = ZonedDateTime.of(2026, 11, 24, 7, 0, 0, 0, ZoneId.of("Europe/Paris"));

    private long nanos = 1_000_000_000_000L;
    private final long origin = nanos;

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public ZonedDateTime wallNow() {
        return EPOCH.plusNanos(nanos - origin);
    }

    void advanceTo(long value) {
        if (value < nanos) {
            throw new IllegalStateException("time cannot go back");
        }
        nanos = value;
    }

    double seconds() {
        return (nanos - origin) / 1e9;
    }

    long at(double seconds) {
        return origin + Math.round(seconds * 1e9);
    }
}
