package backplan.app;

import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.session.SessionClock;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.program.CountingRule;
import backplan.program.Plan;
import backplan.program.Progression;
import backplan.session.Ending;
import backplan.session.Routine;
import backplan.session.SessionBuilder;
import backplan.session.SessionResult;
import backplan.session.SessionSettings;
import backplan.settings.Settings;
import backplan.sound.SoundMode;
import backplan.text.Json;
import backplan.text.SessionText;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code backplan start} from options to exit code: choose the exercises, build the session, coach it, record it. */
public final class StartSession {

    /** Where the session goes: the live screen when possible, plain lines, or JSON Lines. */
    public enum View {
        AUTO,
        PLAIN,
        JSON
    }

    /**
     * What the person asked for.
     *
     * @param ids        exercises named on the command line, in order (empty: one per category)
     * @param picks      {@code --pick} options as typed ({@code back=bird-dog}), in order
     * @param settings   timing and overrides; the plan's week and the levels are applied here
     * @param levels     {@code --level} by exercise id; the key "" holds a level given without an id
     * @param yes        the safety note is acknowledged
     * @param painBefore the rating before, or null
     * @param painAfter  the rating after, or null to ask on the live screen
     */
    public record Request(
            List<String> ids,
            List<String> picks,
            SessionSettings settings,
            Map<String, Integer> levels,
            View view,
            boolean dryRun,
            boolean yes,
            Integer painBefore,
            Integer painAfter,
            Preferences preferences) {}

    /**
     * What the command line says of the things settings.yaml can also say; null where it says nothing, so the
     * saved setting (else the default) applies.
     *
     * @param quiet {@code --quiet}: no sound at all, whatever is saved
     */
    public record Preferences(
            SoundMode sound, Boolean voice, boolean quiet, Integer leadIn, Boolean waitToStart, Boolean figure) {
    }

    static final String PAIN_QUESTION = "How is your back right now?";

    /**
     * The files a session reads and adds to.
     *
     * @param plans   the four-week plan
     * @param safety  the safety note, shown until acknowledged once
     * @param log     the history, where the session is recorded
     * @param saved   settings.yaml's choices
     * @param posture whose turn it is among the posture cues
     */
    public record Stores(Plans plans, SafetyGate safety, SessionLog log, SavedSettings saved, PostureTurns posture) {}

    private final Output output;
    private final SessionClock clock;
    private final Coach coach;
    private final Prompts prompts;
    private final ExercisePicker picker;
    private final ActiveCatalog activeCatalog;
    private final Stores stores;
    private final boolean debug;

    /** @param debug say on stderr why sound fell back to the bell */
    public StartSession(Output output, SessionClock clock, Coach coach, Prompts prompts, ExercisePicker picker,
            ActiveCatalog activeCatalog, Stores stores, boolean debug) {
        this.output = output;
        this.clock = clock;
        this.coach = coach;
        this.prompts = prompts;
        this.picker = picker;
        this.activeCatalog = activeCatalog;
        this.stores = stores;
        this.debug = debug;
    }

    public int run(Request request) throws IOException, InvalidFileException {
        if (request.view() == View.AUTO && output.live() && !request.dryRun() && asksNothingFirst(request)) {
            coach.prepareScreen(); // the terminal is set up beside the catalog and the session: the first frame
        }
        Catalog catalog = activeCatalog.load();
        Settings saved = stores.saved().load();
        Preferences p = request.preferences();
        Plans plans = stores.plans();
        Plan plan = request.ids().isEmpty() ? plans.load(catalog).orElse(null) : planIfItFits(plans, catalog);
        if (!request.dryRun()) {
            stores.safety().check(request.yes()); // the trainer's warning comes first
        }
        Coach.Mode mode = mode(request.view());
        List<Exercise> chosen = choose(catalog, plan, plans, request, mode);
        if (chosen == null) {
            output.say("No session started: the picker was closed.");
            return ExitCode.INTERRUPTED;
        }
        if (plan == null && mode == Coach.Mode.LIVE && !request.dryRun()) {
            plan = plans.load(catalog).orElse(null); // kept from the picker just now: this session is its first
        }
        Progression progression = plan == null ? Progression.NONE : plan.progressionOn(clock.today());
        SessionSettings settings = request.settings().withWorkLengths(progression)
                .withLeadIn(p.leadIn() != null ? p.leadIn() : saved.leadIn().orElse(SessionSettings.DEFAULTS.leadIn()))
                .withWaitToStart(p.waitToStart() != null ? p.waitToStart()
                        // saved, it is for the screen: a script's plain lines have no one to press Enter
                        : mode == Coach.Mode.LIVE && saved.waitToStart().orElse(false))
                .withLevels(Levels.resolve(chosen, request.levels(), plan == null ? Map.of() : plan.levels()))
                .withPostureTurn(request.dryRun() ? stores.posture().peek() : stores.posture().next());
        Routine session = SessionBuilder.build(catalog, chosen, settings);
        if (request.dryRun()) {
            printDryRun(session, mode == Coach.Mode.JSON);
            return ExitCode.OK;
        }
        Coach.Options options = new Coach.Options(mode, output.color(), output.ascii(false),
                saved.sound(p.sound(), p.voice(), p.quiet()),
                p.figure() != null ? p.figure() : saved.figure().orElse(true), debug, output.stdoutTerminal());
        return coach(session, plan, options, request);
    }

    /**
     * For a session of named exercises the plan only gives the week and levels: one that does not fit this catalog
     * (made for another) is left out with a note, not a refusal.
     */
    private Plan planIfItFits(Plans plans, Catalog catalog) {
        try {
            return plans.load(catalog).orElse(null);
        } catch (InvalidFileException e) {
            output.say("note: the plan does not fit this catalog, so this session is not part of it ('backplan"
                    + " plan set' makes one that fits)");
            return null;
        }
    }

    /**
     * Whether the run goes straight to the screen: no safety question and no plan question on the command line
     * first (those read stdin, which a terminal being set up must not share).
     */
    private boolean asksNothingFirst(Request request) {
        boolean acknowledged = request.yes() || stores.safety().acknowledged();
        boolean picksGiven = !request.ids().isEmpty() || !request.picks().isEmpty()
                || stores.plans().exists();
        return acknowledged && picksGiven;
    }

    private Coach.Mode mode(View view) {
        return switch (view) {
            case JSON -> Coach.Mode.JSON;
            case PLAIN -> Coach.Mode.PLAIN;
            case AUTO -> output.live() ? Coach.Mode.LIVE : Coach.Mode.PLAIN;
        };
    }

    /** Named ids, else picks over the plan, else (on a live terminal) the picker, else the first of each category. */
    private List<Exercise> choose(Catalog catalog, Plan plan, Plans plans, Request request, Coach.Mode mode)
            throws IOException {
        if (!request.ids().isEmpty()) {
            if (!request.picks().isEmpty()) {
                throw new UsageException("name exercises or use --pick, not both");
            }
            return request.ids().stream().map(id -> Lookup.exercise(catalog, id)).toList();
        }
        Map<Category, List<Exercise>> chosen = new EnumMap<>(Category.class);
        if (plan != null) {
            chosen.putAll(Plans.picks(catalog, plan));
        }
        chosen.putAll(Picks.parse(catalog, request.picks()));
        if (plan == null && request.picks().isEmpty() && !request.dryRun() && mode == Coach.Mode.LIVE) {
            chosen = picker.pick(catalog, chosen);
            if (chosen == null) {
                return null;
            }
            offerToSave(plans, chosen);
        }
        return SessionBuilder.byCategory(catalog, chosen);
    }

    private void offerToSave(Plans plans, Map<Category, List<Exercise>> chosen) throws IOException {
        if (prompts.confirm("Keep these as your plan (" + Plan.DEFAULT_PER_WEEK + " sessions a week for "
                + Plan.DEFAULT_WEEKS + " weeks, from today)?", true)) {
            plans.saveNew(chosen);
            output.say("Saved the plan to " + plans.path() + "; 'backplan plan' shows it.");
        }
    }

    private void printDryRun(Routine session, boolean json) {
        PrintWriter out = output.out();
        if (json) {
            Json.write(out, true, g -> Json.routine(g, session));
            out.println();
        } else {
            SessionText.dryRun(session, output.width()).forEach(out::println);
        }
    }

    /** Runs the session, then the summary and the record: a session that ran is always recorded. */
    private int coach(Routine session, Plan plan, Coach.Options options, Request request) throws IOException {
        Coach.Mode mode = options.mode();
        SessionResult result;
        Integer painAfter = request.painAfter();
        boolean asked = false;
        String notRecorded;
        boolean inHistory = false;
        int signal;
        try (Coach.Coaching coaching = coach.open(options)) {
            result = coaching.run(session);
            boolean ask = painAfter == null && mode == Coach.Mode.LIVE && result.ending() != Ending.INTERRUPTED
                    && result.activeSeconds() > 0;
            Integer week = plan == null ? null : plan.weekOf(result.start().toLocalDate());
            // Recorded the moment it ends, before any question: a kill during the question loses nothing.
            HistoryEntry entry = new HistoryEntry(result, request.painBefore(), ask ? null : painAfter, week, null,
                    CountingRule.judge(result));
            HistoryFile history = stores.log().file().givingUpWhen(coaching.signalledFromNow());
            HistoryFile.Recorded recorded = null;
            try {
                recorded = ask ? history.appendAwaitingPain(entry) : history.append(entry);
                inHistory = true;
                notRecorded = null;
            } catch (IOException | RuntimeException e) {
                notRecorded = whyNotRecorded(e);
            }
            if (ask && recorded != null) {
                painAfter = coaching.askPain(PAIN_QUESTION);
                asked = true;
                notRecorded = amend(stores.log().file().givingUpWhen(coaching.signalledFromNow()), recorded,
                        painAfter);
            }
            signal = coaching.signal();
        }
        // the screen is given back: now the summary and any failure can be read
        PrintWriter summaryTo = mode == Coach.Mode.JSON ? output.err() : output.out();
        // stderr's width is not known: whole lines there
        SessionText.summary(result, mode == Coach.Mode.JSON ? TextLayout.UNLIMITED : output.width())
                .forEach(summaryTo::println);
        painLine(request.painBefore(), painAfter, asked).ifPresent(summaryTo::println);
        new SessionOutcome(stores.log(), clock, output).lines(new HistoryEntry(result, request.painBefore(), painAfter,
                plan == null ? null : plan.weekOf(result.start().toLocalDate()), null, CountingRule.judge(result)),
                inHistory, plan, session,
                mode == Coach.Mode.JSON ? TextLayout.UNLIMITED : output.width()).forEach(summaryTo::println);
        summaryTo.flush();
        if (notRecorded != null) {
            output.err().println(notRecorded);
            return signal > 0 ? ExitCode.signal(signal) : ExitCode.FAILURE;
        }
        if (signal > 0) {
            return ExitCode.signal(signal);
        }
        return result.completed() ? ExitCode.OK : ExitCode.INTERRUPTED;
    }

    /**
     * Adds the answer to the session already recorded (null: no answer), on every way out of the question: a
     * reader would otherwise wait for it. A signal during the question still lets this through.
     */
    private String amend(HistoryFile history, HistoryFile.Recorded recorded, Integer painAfter) {
        try {
            history.amend(recorded, painAfter);
            return null;
        } catch (IOException | RuntimeException e) {
            return whyNotRecorded(e).replace("the session could not be recorded",
                    "the pain rating could not be added (the session itself is recorded)");
        }
    }

    /** The one line that says where the record could not go and why, in words. */
    private String whyNotRecorded(Exception e) {
        Path path = stores.log().file().path();
        if (e instanceof HistoryFile.LockNotTaken) {
            return "backplan: the session could not be recorded in " + path + ": stopped by a signal while"
                    + " another program held the history's lock";
        }
        // Name the history once: say the reason alone when the failure is about the history itself.
        String why = e instanceof FileSystemException f && path.toString().equals(f.getFile())
                ? UserFiles.reason(f) : IoFailure.describe(e);
        return "backplan: the session could not be recorded in " + path + ": " + why;
    }

    /** The ratings, echoed so the person sees what was kept: "back now: 3/10; before: 5/10". */
    static Optional<String> painLine(Integer before, Integer after, boolean asked) {
        String now = after != null ? after + "/10" : asked ? "not rated (skipped)" : null;
        if (now == null && before == null) {
            return Optional.empty();
        }
        return Optional.of("  back now:  " + (now == null ? "not rated" : now)
                + (before == null ? "" : "; before: " + before + "/10"));
    }
}
