package backplan.figure;

/**
 * Where a moving figure is at a moment of the work, as a fraction from its start pose (0) to its end pose (1): in
 * time with the tempo for paced reps, one slow cycle a breath for holds. Eased at both ends, as a body slows before
 * it turns.
 */
public final class Motion {

    /** One easy breath in and out: a hold moves start → end → start once in this time. */
    public static final double BREATH_SECONDS = 4;

    private Motion() {}

    /** {@code seconds} into a hold: out to the end pose in the first half of each breath, back in the second. */
    public static double hold(double seconds) {
        return (1 - Math.cos(2 * Math.PI * cycle(seconds, BREATH_SECONDS) / BREATH_SECONDS)) / 2;
    }

    /**
     * {@code seconds} into a set of paced reps: start → end over the {@code outSeconds} of each rep, end → start over
     * its {@code backSeconds}, so the figure comes back during the exhale (the engine's exhale is the same second
     * of the rep: {@code seconds % (out + back) >= out}).
     */
    public static double rep(double seconds, double outSeconds, double backSeconds) {
        if (!(outSeconds > 0) || !(backSeconds > 0)) {
            throw new IllegalArgumentException("a rep needs time out and time back");
        }
        double phase = cycle(seconds, outSeconds + backSeconds);
        return phase < outSeconds ? ease(phase / outSeconds) : 1 - ease((phase - outSeconds) / backSeconds);
    }

    private static double cycle(double seconds, double period) {
        if (!Double.isFinite(seconds) || seconds <= 0) {
            return 0;
        }
        return seconds % period;
    }

    private static double ease(double x) {
        return (1 - Math.cos(Math.PI * Math.max(0, Math.min(1, x)))) / 2;
    }
}
