package backplan.program;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the pain ratings are rising, fed one session at a time: the back hurt more after the session than
 * before it in 2 of the last 3 sessions that can say, or the ratings of the last 7 days average 2 points or more
 * above those of the plan's first week. Either way backplan says to pause and check with a doctor or
 * physiotherapist; it never says why the back hurts or that anything will help.
 */
public final class PainTrend {

    /** How many of the latest comparable sessions are looked at, and how many rises among them are too many. */
    static final int WINDOW = 3;
    static final int RISES = 2;
    /** How far the week's average may climb above the first week's before it is too far. */
    static final int POINTS = 2;


    /** Rose or not, for each of the latest sessions rated before and after, oldest first. */
    private final ArrayDeque<Boolean> rises = new ArrayDeque<>();
    /** Per day, the sum and the count of the ratings after sessions. */
    private final Map<LocalDate, long[]> days = new HashMap<>();
    private LocalDate firstDay;

    /**
     * One session, in the order of the history.
     *
     * @param before the rating before it (see {@link Progress.Tally}), or null
     * @param after  the rating after it, or null
     */
    void add(LocalDate day, Integer before, Integer after) {
        if (firstDay == null || day.isBefore(firstDay)) {
            firstDay = day;
        }
        if (after == null) {
            return;
        }
        long[] d = days.computeIfAbsent(day, k -> new long[2]);
        d[0] += after;
        d[1]++;
        if (before != null) {
            rises.addLast(after > before);
            if (rises.size() > WINDOW) {
                rises.removeFirst();
            }
        }
    }

    /**
     * Why the ratings call for a pause on {@code today}, or empty when they do not.
     *
     * @param plan the plan, whose first week the latest ratings are held against; without one, the week from the
     *             first recorded session
     */
    public Optional<String> alert(Plan plan, LocalDate today) {
        long rose = rises.stream().filter(r -> r).count();
        if (rose >= RISES) {
            return Optional.of("your back hurt more after the session than before it in " + rose + " of your last "
                    + rises.size() + " rated sessions");
        }
        LocalDate first = plan != null ? plan.start() : firstDay;
        if (first == null) {
            return Optional.empty();
        }
        long[] start = sum(first, first.plusDays(6));
        long[] recent = sum(today.minusDays(6), today);
        // recent/n >= start/m + POINTS, in whole numbers: no rounding decides a health message
        if (start[1] > 0 && recent[1] > 0 && recent[0] * start[1] >= (start[0] + POINTS * start[1]) * recent[1]) {
            return Optional.of("your ratings of the last 7 days average " + average(recent) + " out of 10, "
                    + POINTS + " or more above the " + average(start) + " of " + (plan != null ? "your plan's"
                    : "your") + " first week");
        }
        return Optional.empty();
    }

    private long[] sum(LocalDate from, LocalDate to) {
        long[] total = new long[2];
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long[] day = days.get(d);
            if (day != null) {
                total[0] += day[0];
                total[1] += day[1];
            }
        }
        return total;
    }

    private static String average(long[] sumAndCount) {
        return String.format(Locale.ROOT, "%.1f", (double) sumAndCount[0] / sumAndCount[1]);
    }

    /** The whole message, for {@code plan}, {@code progress} and the end of a session. */
    public static String message(String why) {
        return "Your pain ratings are going up: " + why + ". " + Standing.ADVICE;
    }
}
