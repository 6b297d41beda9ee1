package backplan.program;

import backplan.catalog.Exercise;
import backplan.catalog.SecondsRange;
import backplan.session.WorkLengths;

/**
 * Where a range prescription (say 30–60 s) stands in a plan: the low end in week 1, the high end in the last week,
 * in whole 5-second steps between.
 */
public record Progression(int week, int weeks) implements WorkLengths {

    /** No plan: always the low end. */
    public static final Progression NONE = new Progression(1, 1);

    private static final int STEP = 5;

    public Progression {
        if (weeks < 1 || week < 1) {
            throw new IllegalArgumentException("week " + week + " of " + weeks);
        }
    }

    @Override
    public int secondsFor(Exercise exercise, SecondsRange range) {
        return workFor(range);
    }

    public int workFor(SecondsRange range) {
        if (!range.isRange() || weeks == 1) {
            return range.min();
        }
        int w = Math.min(week, weeks);
        double exact = range.min() + (range.max() - range.min()) * (w - 1) / (double) (weeks - 1);
        long rounded = range.min() + Math.round((exact - range.min()) / STEP) * STEP;
        return (int) Math.max(range.min(), Math.min(range.max(), rounded));
    }
}
