package backplan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which days the plan's sessions fall on: the one place that decides it. {@code due}, the next session that
 * {@code plan} names, {@code progress} and the calendar export all ask here, so they never disagree.
 *
 * <p>The rule: a plan week needs {@code perWeek} sessions that count, at most one a day. When the plan fixes its
 * weekdays, a session is due on each of them until the week's goal is met, and on any other day of the week
 * while a fixed day before it went without a session (a missed day is made up). A session done on another day
 * still counts toward the week: the goal is met sooner, and the last fixed days of the week are then free.
 * Without fixed days, a session is due on any day until the week's goal is met; the calendar puts them on the
 * suggested days ({@link Plan#suggestedDays}).
 */
public final class Schedule {

    private Schedule() {}

    /** The answer of {@code backplan due} for one day. */
    public record Due(boolean due, String reason) {}

    /** The sessions counted so far, as the schedule needs them: which days have one. */
    interface Counted {

        /** Whether a session that counts was done on the day. */
        boolean on(LocalDate day);
    }

    /**
     * Whether a session is due on {@code day}, and why or why not. Without a plan: 3 sessions per calendar week
     * (Monday to Sunday), any day.
     */
    public static Due due(Plan plan, Progress.Tally tally, LocalDate day) {
        return due(plan, tally::countedOn, day);
    }

    static Due due(Plan plan, Counted counted, LocalDate day) {
        Plan p = plan != null ? plan
                : new Plan(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Plan.DEFAULT_PER_WEEK, 1,
                        Map.of());
        int week = p.weekOf(day);
        if (week < 1) {
            return new Due(false, "the plan starts on " + p.start());
        }
        if (week > p.weeks()) {
            String ended = ended(p);
            return new Due(false, Character.toLowerCase(ended.charAt(0)) + ended.substring(1));
        }
        int done = doneInWeek(p, counted, day);
        String where = (plan == null ? "this week" : "week " + week + " of " + p.weeks()) + ": "
                + Counts.ofGoal(done, p.perWeek(), "session") + " done";
        if (counted.on(day)) {
            return new Due(false, "done today (" + where + ")");
        }
        if (done >= p.perWeek()) {
            return new Due(false, "this week's goal is met (" + where + ")");
        }
        if (p.days().isEmpty() || p.days().contains(day.getDayOfWeek())) {
            return new Due(true, "a session is due today (" + where + ")");
        }
        if (missedDay(p, counted, day)) {
            return new Due(true, "a session is due today, to make up for a missed day (" + where + ")");
        }
        return new Due(false, "today is not one of the plan's days, " + Weekdays.format(p.days()) + " (" + where
                + ")");
    }

    /**
     * What {@code due} says once the plan's weeks are over: "The four-week plan ended on 2026-12-20: 'backplan plan
     * renew' starts another". Nothing goes on as if a fifth week were the fourth.
     */
    public static String ended(Plan plan) {
        return "The " + plan.length() + " plan ended on " + plan.lastDay() + ": 'backplan plan renew' starts"
                + " another";
    }

    /** Sessions that count in the plan week that holds {@code day}, at most one a day. */
    private static int doneInWeek(Plan p, Counted counted, LocalDate day) {
        LocalDate from = p.weekStart(p.weekOf(day));
        int n = 0;
        for (int i = 0; i < 7; i++) {
            n += counted.on(from.plusDays(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether a fixed day of this week before {@code day} has no session of its own: counting from the week's
     * start, the fixed days so far outnumber the sessions done so far.
     */
    private static boolean missedDay(Plan p, Counted counted, LocalDate day) {
        int fixed = 0;
        int done = 0;
        for (LocalDate d = p.weekStart(p.weekOf(day)); d.isBefore(day); d = d.plusDays(1)) {
            fixed += p.days().contains(d.getDayOfWeek()) ? 1 : 0;
            done += counted.on(d) ? 1 : 0;
        }
        return done < fixed;
    }

    /**
     * The days the plan's sessions fall on from {@code today} to its end, if each is done on its day: today's when
     * one is due, then the fixed (or suggested) days that the weeks' goals still need.
     */
    public static List<LocalDate> upcoming(Plan plan, Progress.Tally tally, LocalDate today) {
        Set<LocalDate> done = new HashSet<>();
        Counted counted = d -> tally.countedOn(d) || done.contains(d);
        Plan calendar = plan.days().isEmpty() ? withDays(plan, plan.sessionDays()) : plan;
        List<LocalDate> days = new ArrayList<>();
        LocalDate from = today.isBefore(plan.start()) ? plan.start() : today;
        for (LocalDate d = from; d.isBefore(plan.end()); d = d.plusDays(1)) {
            boolean dueHere = d.equals(today) ? due(plan, counted, d).due()
                    : calendar.days().contains(d.getDayOfWeek()) && due(calendar, counted, d).due();
            if (dueHere) {
                days.add(d);
                done.add(d);
            }
        }
        return days;
    }

    /** The first day from {@code today} on which a session falls; empty when the plan has none left. */
    public static Optional<LocalDate> next(Plan plan, Progress.Tally tally, LocalDate today) {
        List<LocalDate> days = upcoming(plan, tally, today);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
    }

    private static Plan withDays(Plan p, Set<DayOfWeek> days) {
        return new Plan(p.start(), p.perWeek(), p.weeks(), p.picks(), p.levels(), days);
    }
}
