package backplan.session;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Controls that deliver commands at scripted session times and otherwise jump the fake clock to each deadline,
 * optionally waking late (as a busy machine would) to show lateness does not accumulate.
 */
public class ScriptedControls implements Controls {

    private record Press(double at, Command command) {}

    private final FakeClock clock;
    private final Deque<Press> presses = new ArrayDeque<>();
    private long lateBy;
    int waits;

    public ScriptedControls(FakeClock clock) {
        this.clock = clock;
    }

    public ScriptedControls at(double seconds, Command command) {
        presses.add(new Press(seconds, command));
        return this;
    }

    /** Every timed wake-up comes this late. */
    ScriptedControls late(long nanos) {
        this.lateBy = nanos;
        return this;
    }

    @Override
    public Command await(long deadline) {
        waits++;
        Press next = presses.peek();
        if (next != null && (deadline == NO_DEADLINE || clock.at(next.at()) <= deadline)) {
            presses.poll();
            clock.advanceTo(Math.max(clock.monotonicNanos(), clock.at(next.at())));
            return next.command();
        }
        if (deadline == NO_DEADLINE) {
            throw new IllegalStateException("the session waits for a key that the script never presses");
        }
        clock.advanceTo(Math.max(clock.monotonicNanos(), deadline + lateBy));
        return null;
    }
}
