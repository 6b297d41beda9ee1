package backplan.catalog;

/** A work time in seconds: fixed ({@code 45}) or a range the user grows into ({@code 30–60}). */
public record SecondsRange(int min, int max) {

    public SecondsRange {
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + "-" + max);
        }
    }

    public static SecondsRange of(int seconds) {
        return new SecondsRange(seconds, seconds);
    }

    public boolean isRange() {
        return min != max;
    }

    /** {@code 45 s} or {@code 30–60 s}, the way a person reads it. */
    public String format() {
        return isRange() ? min + "–" + max + " s" : Seconds.format(min);
    }
}
