package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.history.Verdict;
import backplan.program.CountingRule;
import backplan.program.Plan;
import backplan.program.PlanFile;
import backplan.program.Progress;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.Routine;
import backplan.session.SessionBuilder;
import backplan.session.SessionClock;
import backplan.session.SessionResult;
import backplan.session.SessionSettings;
import backplan.session.StepKind;
import backplan.text.AdviceText;
import backplan.text.TextLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code backplan log}: a session done away from the terminal (at the gym, on holiday), recorded with the sets the
 * person says were done, marked as logged, and judged by the counting rule with its sets standing for its work.
 */
public final class LoggedSessions {

    /** The largest number of sets one exercise may be logged with: a typo, not a session, past this. */
    static final int MAX_SETS = 20;

    /**
     * What was done.
     *
     * @param day        the day it was done, or null for today
     * @param exercises  {@code ID} or {@code ID:SETS} as typed, in order; empty for the plan's, every set done
     * @param painBefore 0–10, or null
     * @param painAfter  0–10, or null
     * @param note       a note, or null
     */
    public record Request(LocalDate day, List<String> exercises, Integer painBefore, Integer painAfter,
            String note) {}

    private final ActiveCatalog activeCatalog;
    private final PlanFile planFile;
    private final SessionLog log;
    private final SessionClock clock;
    private final Output output;
    private final SessionHooks hooks;

    public LoggedSessions(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, SessionClock clock,
            Output output, SessionHooks hooks) {
        this.activeCatalog = activeCatalog;
        this.planFile = planFile;
        this.log = log;
        this.clock = clock;
        this.output = output;
        this.hooks = hooks;
    }

    public int log(Request request) throws IOException, InvalidFileException {
        Catalog catalog = activeCatalog.load();
        Plan plan = planFile.load(catalog).orElse(null);
        LocalDate today = clock.today();
        LocalDate day = request.day() == null ? today : request.day();
        if (day.isAfter(today)) {
            throw new UsageException("--date " + day + " is in the future; log a session once it is done");
        }
        if (plan != null && day.isBefore(plan.start())) {
            throw new UsageException("--date " + day + " is before the plan, which starts on " + plan.start()
                    + "; log the sessions of the plan");
        }
        Map<Exercise, Integer> asked = parse(catalog, request.exercises());
        List<Exercise> chosen = asked.isEmpty()
                ? SessionBuilder.byCategory(catalog, plan == null ? Map.of() : Plans.picks(catalog, plan))
                : List.copyOf(asked.keySet());
        // The plan's prescription at the holds earned so far: its sets are the measure of a logged session.
        Progress.Tally tally = log.tally();
        Routine routine = SessionBuilder.build(catalog, chosen, SessionSettings.DEFAULTS.withWorkLengths(tally.holds())
                .withLevels(Levels.resolve(chosen, Map.of(), plan == null ? Map.of() : plan.levels())));
        ZonedDateTime at = day.equals(today) ? clock.wallNow()
                : day.atTime(LocalTime.NOON).atZone(clock.zone()); // no time was said: the middle of its day
        SessionResult result = result(routine, asked, at);
        Verdict verdict = CountingRule.judgeLogged(result, tally.countedOn(day));
        Integer week = plan == null ? null : plan.weekOf(day);
        HistoryEntry entry = new HistoryEntry(result, request.painBefore(), request.painAfter(), week, null, verdict,
                request.note(), true);
        HistoryFile.Recorded recorded = log.file().append(entry);
        tally.accept(entry);
        Progress progress = tally.against(plan, day);
        boolean inWeek = plan != null && week >= 1 && week <= plan.weeks();
        int done = inWeek ? progress.weeks().get(week - 1).done() : 0;
        int width = output.width();
        output.out().println("Logged a session on " + day + ": " + result.exercises().size() + " exercises, "
                + result.setsDone() + " of " + result.setsPlanned() + " sets.");
        TextLayout.wrap("", "  ", AdviceText.verdict(verdict, done, progress.plan().perWeek(), inWeek), width)
                .forEach(output.out()::println);
        Path journal = recorded.journal();
        if (journal != null) {
            output.err().println("backplan: another program held the history's lock, so this session's record waits"
                    + " in " + journal + "; the next backplan command adds it to the history");
        }
        hooks.sessionEnded(new HistoryEntry(result, request.painBefore(), request.painAfter(), week, recorded.id(),
                verdict, request.note(), true));
        return ExitCode.OK;
    }

    /** The exercises named, each with its sets (null: the plan's); an id named twice is refused. */
    private static Map<Exercise, Integer> parse(Catalog catalog, List<String> typed) {
        Map<Exercise, Integer> out = new LinkedHashMap<>();
        for (String t : typed) {
            int colon = t.indexOf(':');
            String id = colon < 0 ? t.strip() : t.substring(0, colon).strip();
            Integer sets = null;
            if (colon >= 0) {
                String n = t.substring(colon + 1).strip();
                try {
                    sets = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new UsageException("--exercise " + t + ": the sets after ':' must be a whole number, not '"
                            + n + "'");
                }
                if (sets < 1 || sets > MAX_SETS) {
                    throw new UsageException("--exercise " + t + ": the sets done must be from 1 to " + MAX_SETS
                            + ", not " + sets);
                }
            }
            Exercise e = Lookup.exercise(catalog, id);
            if (out.containsKey(e)) {
                throw new UsageException("--exercise " + id + " is named twice; give it once, with its sets ("
                        + id + ":3)");
            }
            out.put(e, sets);
        }
        return out;
    }

    /**
     * The session as the history keeps it: each exercise with its sets done (as said, else the plan's) and its work
     * taken as the plan's work per set; no time was measured, so it starts and ends at {@code at}.
     */
    private static SessionResult result(Routine routine, Map<Exercise, Integer> asked, ZonedDateTime at) {
        int n = routine.exercises().size();
        long[] planned = new long[n];
        routine.steps().stream().filter(s -> s.kind() == StepKind.WORK)
                .forEach(s -> planned[s.exercise()] += s.seconds());
        List<ExerciseResult> exercises = new ArrayList<>();
        int active = 0;
        for (int i = 0; i < n; i++) {
            var p = routine.exercises().get(i);
            Integer said = asked.get(p.exercise());
            int done = said == null ? p.sets() : said;
            int work = (int) Math.round((double) planned[i] * Math.min(done, p.sets()) / Math.max(1, p.sets()));
            active += work;
            exercises.add(new ExerciseResult(p.exercise().id(), p.exercise().name(), p.exercise().category().key(),
                    p.sets(), done, work, 0, (int) planned[i], p.level() == null ? null : p.level().number()));
        }
        return new SessionResult(at, at, Ending.COMPLETED, exercises, 0, active, 0);
    }
}
