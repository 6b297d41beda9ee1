package backplan.cli;

import backplan.session.Command;
import backplan.session.FakeClock;
import backplan.session.SessionClock;
import java.time.ZonedDateTime;
import java.util.concurrent.BlockingQueue;

/** A fake clock on which the person presses s at once in every step: a session skipped through from start to end. */
final class SkippingClock implements SessionClock {

    private final FakeClock clock;

    SkippingClock(ZonedDateTime start) {
        this.clock = new FakeClock(start);
    }

    @Override
    public long monotonicNanos() {
        return clock.monotonicNanos();
    }

    @Override
    public ZonedDateTime wallNow() {
        return clock.wallNow();
    }

    @Override
    public Command awaitCommand(BlockingQueue<Command> commands, long deadlineNanos) {
        Command queued = commands.poll();
        if (queued != null) {
            return queued;
        }
        clock.advanceTo(clock.monotonicNanos() + 300_000_000L); // a moment to reach for the key
        return Command.SKIP;
    }
}
