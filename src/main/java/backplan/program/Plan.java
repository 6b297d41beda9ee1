package backplan.program;

import backplan.catalog.Category;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's plan: its exercises by category, {@code perWeek} sessions a week for {@code weeks} weeks, from a
 * start date. Weeks are counted from that date, not from Mondays.
 *
 * @param picks  exercise ids by category, in session order (1–2 for back, 1–3 for glutes, else one); a category
 *               left out uses the catalog's first exercise
 * @param levels the level to do an exercise at, by id (an exercise left out starts at its first level)
 * @param days   the weekdays of the sessions, as many as {@code perWeek}; empty when none are fixed
 */
public record Plan(LocalDate start, int perWeek, int weeks, Map<Category, List<String>> picks,
        Map<String, Integer> levels, Set<DayOfWeek> days) {

    public static final int DEFAULT_PER_WEEK = 3;
    public static final int DEFAULT_WEEKS = 4;
    /** A maintenance plan's sessions a week, once the first weeks built the habit. */
    public static final int MAINTENANCE_PER_WEEK = 2;

    public Plan {
        Map<Category, List<String>> p = new EnumMap<>(Category.class);
        picks.forEach((c, ids) -> {
            if (!ids.isEmpty()) {
                p.put(c, List.copyOf(ids));
            }
        });
        picks = p.isEmpty() ? Map.of() : Collections.unmodifiableMap(p);
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        days = days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** A plan with no levels and no fixed days. */
    public Plan(LocalDate start, int perWeek, int weeks, Map<Category, List<String>> picks) {
        this(start, perWeek, weeks, picks, Map.of(), Set.of());
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

    /** The days sessions fall on: the plan's own, else {@link #suggestedDays} for its sessions a week. */
    public Set<DayOfWeek> sessionDays() {
        return days.isEmpty() ? suggestedDays(perWeek) : days;
    }

    /**
     * Days spread over the week with a day of rest between sessions where there is room: Mon/Wed/Fri for the
     * article's three.
     */
    public static Set<DayOfWeek> suggestedDays(int perWeek) {
        return switch (Math.max(1, Math.min(7, perWeek))) {
            case 1 -> EnumSet.of(DayOfWeek.WEDNESDAY);
            case 2 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            case 3 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            case 4 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            case 5 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            case 6 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
            default -> EnumSet.allOf(DayOfWeek.class);
        };
    }

    /** Whether the plan's weeks are all behind {@code day}. */
    public boolean endedBy(LocalDate day) {
        return !day.isBefore(end());
    }

    /** The last day of the plan. */
    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    /** "four-week", "6-week": the plan's length as a person says it. */
    public String length() {
        return switch (weeks) {
            case 1 -> "one-week";
            case 2 -> "two-week";
            case 3 -> "three-week";
            case 4 -> "four-week";
            case 5 -> "five-week";
            case 6 -> "six-week";
            default -> weeks + "-week";
        };
    }

    /**
     * The same plan for another run of its weeks from {@code from}: its picks, levels and whatever else it keeps,
     * with {@code perWeek} sessions a week on {@code days}.
     */
    public Plan renewed(LocalDate from, int sessionsAWeek, Set<DayOfWeek> onDays) {
        return new Plan(from, sessionsAWeek, weeks, picks, levels, onDays);
    }

    /** The level the plan does an exercise at; 1 when it says nothing. */
    public int levelOf(String id) {
        return levels.getOrDefault(id, 1);
    }
}
