package backplan.catalog;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations the way people type them: {@code 45}, {@code 45s}, {@code 1m30s}, {@code 2m}. */
public final class Seconds {

    private static final Pattern DURATION =
            Pattern.compile("(?:(\\d{1,6})\\s*h)?\\s*(?:(\\d{1,6})\\s*m(?:in)?)?\\s*(?:(\\d{1,9})\\s*s?(?:ec)?)?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})\\s*s?\\s*[-–]\\s*(\\d{1,9})\\s*s?");

    private Seconds() {}

    /** Parses a non-negative duration; empty when the text is not one (or overflows an int). */
    public static OptionalInt parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        long total = 0;
        if (m.group(1) != null) total += Long.parseLong(m.group(1)) * 3600;
        if (m.group(2) != null) total += Long.parseLong(m.group(2)) * 60;
        if (m.group(3) != null) total += Long.parseLong(m.group(3));
        return total > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) total);
    }

    /** Parses {@code 30-60} or {@code 30–60s} into its two bounds, unchecked; null when the text is no range. */
    public static long[] parseRange(String text) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    /** {@code 45 s}, {@code 1 min}, {@code 1 min 30 s}. */
    public static String format(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long min = seconds / 60;
        long sec = seconds % 60;
        return sec == 0 ? min + " min" : min + " min " + sec + " s";
    }

    /** {@code 00:05}, {@code 12:30}, {@code 1:02:03}: a clock reading. */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%02d:%02d", m, s);
    }
}
