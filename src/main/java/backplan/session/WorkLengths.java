package backplan.session;

import backplan.catalog.Exercise;
import backplan.catalog.SecondsRange;

/**
 * How long each set of a range prescription (say 30–60 s) lasts in a session. The program decides; a session
 * without one starts at the low end.
 */
@FunctionalInterface
public interface WorkLengths {

    /** Always the low end of the range. */
    WorkLengths LOW_END = (exercise, range) -> range.min();

    /** Seconds of work per set for {@code exercise}, within {@code range}. */
    int secondsFor(Exercise exercise, SecondsRange range);
}
