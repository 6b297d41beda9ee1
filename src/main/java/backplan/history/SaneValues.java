package backplan.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The values backplan accepts from the files it reads. {@code java.time} takes years up to ±999,999,999, and one
 * such date in a history made {@code progress} walk billions of weeks; these bounds are wide enough for any real
 * log (the benchmark's 100,000 sessions reach back to the 1950s) and narrow enough that no date or count read
 * from a file can overflow the arithmetic or make a command's work grow with anything but the file's size.
 */
public final class SaneValues {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /** No plan week can lie further than this from week 1 when both dates are within the bounds. */
    static final int MAX_WEEKS = (int) (ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) / 7 + 1);

    /** Sets of one exercise (the options and catalogs allow 10; room for what a later version may allow). */
    static final int MAX_SETS = 1000;

    /** An exercise's level: catalogs hold a few; room for what a later version may allow. */
    public static final int MAX_LEVEL = 100;

    /** Skipped steps of one exercise: a few per set at most. */
    static final int MAX_STEPS = 100_000;

    /**
     * Exercises in one session: a session holds one to three per category, or the few a person names; with at most
     * {@link #MAX_SETS} sets each, a session's sets add up far below the int range.
     */
    static final int MAX_EXERCISES = 10_000;

    /**
     * Seconds of one session or exercise (planned, worked, paused): any count an int holds, 68 years. Totals over
     * sessions (a day's, a category's, a plan's) are summed in {@code long}, which no number of such values can
     * overflow before the file is larger than any disk.
     */
    static final int MAX_SECONDS = Integer.MAX_VALUE;

    private SaneValues() {}

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** {@code 1900-01-01 to 2199-12-31}, for messages. */
    public static String range() {
        return FIRST_DAY + " to " + LAST_DAY;
    }
}
