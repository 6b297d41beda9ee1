package backplan.history;

import backplan.catalog.Category;
import backplan.session.Progression;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * The article's plan: one exercise per category, {@code perWeek} sessions a week for {@code weeks} weeks, from a
 * start date. Weeks are counted from that date, not from Mondays.
 *
 * @param picks exercise ids by category; a category left out uses the catalog's first exercise
 */
public record Plan(LocalDate start, int perWeek, int weeks, Map<Category, String> picks) {

    public static final int DEFAULT_PER_WEEK = 3;
    public static final int DEFAULT_WEEKS = 4;

    public Plan {
        picks = picks.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(picks));
    }

    /** The 1-based plan week a day falls in: 0 or less before the start, above {@link #weeks} after the end. */
    public int weekOf(LocalDate day) {
        long days = ChronoUnit.DAYS.between(start, day);
        return (int) Math.floorDiv(days, 7) + 1;
    }

    public LocalDate weekStart(int week) {
        return start.plusWeeks(week - 1L);
    }

    public LocalDate end() {
        return start.plusWeeks(weeks);
    }

    /** Where a range prescription stands on a day: the first week before the start, the last after the end. */
    public Progression progressionOn(LocalDate day) {
        return new Progression(Math.max(1, Math.min(weeks, weekOf(day))), weeks);
    }
}
