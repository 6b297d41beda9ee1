package backplan.app;

import backplan.base.Safety;
import backplan.catalog.Catalog;
import backplan.catalog.Exercise;
import backplan.catalog.Seconds;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.Schedule;
import backplan.session.Routine;
import backplan.session.RoutineExercise;
import backplan.session.SessionBuilder;
import backplan.session.SessionSettings;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan laid out on the calendar from today: the days {@link Schedule} gives its sessions (its own days, or the
 * suggested ones), with the exercises and the holds the sessions so far earned (a later one may hold longer). What {@code plan export} writes, without any calendar
 * format.
 */
final class PlannedSessions {

    /**
     * One session on the calendar.
     *
     * @param week    the plan week, 1-based
     * @param minutes its planned length, whole minutes rounded up
     * @param lines   what it holds: each exercise with its prescription as earned so far, then the safety line
     */
    record Session(LocalDate day, int week, ZonedDateTime start, int minutes, List<String> lines) {

        /** The same session with a note before what it holds (the plan is paused, say). */
        Session noting(String note) {
            List<String> all = new ArrayList<>();
            all.add(note);
            all.addAll(lines);
            return new Session(day, week, start, minutes, List.copyOf(all));
        }
    }

    private PlannedSessions() {}

    /**
     * Every session of the plan still to come, in order, at {@code at} on its day in {@code zone}: the days the
     * sessions already done leave.
     */
    static List<Session> of(Catalog catalog, Plan plan, Progress.Tally tally, LocalDate today, ZoneId zone,
            LocalTime at) {
        Set<LocalDate> sessionDays = new HashSet<>(Schedule.upcoming(plan, tally, today));
        List<Exercise> chosen = SessionBuilder.byCategory(catalog, Plans.picks(catalog, plan));
        Map<String, Integer> levels = Levels.resolve(chosen, Map.of(), plan.levels());
        List<Session> out = new ArrayList<>();
        // Holds grow as sessions earn them, not by the calendar: every session to come shows today's lengths.
        Routine session = SessionBuilder.build(catalog, chosen, SessionSettings.DEFAULTS
                .withWorkLengths(tally.holds()).withLevels(levels));
        for (int week = 1; week <= plan.weeks(); week++) {
            List<String> lines = new ArrayList<>();
            for (RoutineExercise p : session.exercises()) {
                lines.add(p.exercise().name() + ": " + p.format() + (p.level() == null ? "" : ", " + p.levelName()));
            }
            lines.add("About " + Seconds.format(minutes(session) * 60L) + ". Start it with: backplan start");
            lines.add(Safety.SHARP_PAIN);
            LocalDate from = plan.weekStart(week);
            for (int i = 0; i < 7; i++) {
                LocalDate day = from.plusDays(i);
                if (sessionDays.contains(day)) {
                    out.add(new Session(day, week, ZonedDateTime.of(day, at, zone), minutes(session),
                            List.copyOf(lines)));
                }
            }
        }
        return out;
    }

    private static int minutes(Routine session) {
        return (session.totalSeconds() + 59) / 60;
    }
}
