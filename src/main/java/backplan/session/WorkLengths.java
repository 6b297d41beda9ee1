package backplan.session;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.SecondsRange;

/**
 * How long each set of a timed prescription (say 30–60 s, or a fixed 30 s) lasts in a session. The program decides
 * from the history; a session without one starts at the low end.
 */
@FunctionalInterface
public interface WorkLengths {

    /** Always the low end of the range. */
    WorkLengths LOW_END = (exercise, level, range) -> range.min();

    /** Seconds of work per set for {@code exercise} at {@code level} (null without levels), from {@code range}. */
    int secondsFor(Exercise exercise, Level level, SecondsRange range);
}
