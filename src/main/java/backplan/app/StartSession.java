package backplan.app;

import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Profile;
import backplan.catalog.Seconds;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.history.Notes;
import backplan.history.Verdict;
import backplan.program.CountingRule;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.EasierChoice;
import backplan.program.HoldLengths;
import backplan.program.Standing;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.Rating;
import backplan.session.Routine;
import backplan.session.RoutineExercise;
import backplan.session.SessionBuilder;
import backplan.session.SessionResult;
import backplan.session.SessionSettings;
import backplan.settings.Settings;
import backplan.sound.CueScript;
import backplan.sound.SoundMode;
import backplan.sound.SoundSettings;
import backplan.sound.SpokenLength;
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
import java.util.function.Function;

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
     * @param note       {@code --note}: kept with the session; null to ask at the end of a live session
     * @param ratings    {@code --rate} options as typed ({@code bird-dog=hurt}): how exercises went, for a session
     *                   run where no key can say it (plain lines, a script)
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
            Preferences preferences,
            String note, List<String> ratings) {

        /** A request with no note and no ratings on the command line. */
        public Request(List<String> ids, List<String> picks, SessionSettings settings, Map<String, Integer> levels,
                View view, boolean dryRun, boolean yes, Integer painBefore, Integer painAfter,
                Preferences preferences) {
            this(ids, picks, settings, levels, view, dryRun, yes, painBefore, painAfter, preferences, null, List.of());
        }
    }

    /**
     * What the command line says of the things settings.yaml can also say; null where it says nothing, so the
     * saved setting (else the default) applies.
     *
     * @param quiet  {@code --quiet}: no sound at all, whatever is saved
     * @param tuning {@code --volume}, {@code --voice-name} and {@code --voice-rate}
     * @param flash  {@code --flash} / {@code --no-flash}
     */
    public record Preferences(
            SoundMode sound, Boolean voice, boolean quiet, Integer leadIn, Boolean waitToStart, Boolean figure,
            SoundSettings.Tuning tuning, Boolean flash) {

        public Preferences(SoundMode sound, Boolean voice, boolean quiet, Integer leadIn, Boolean waitToStart,
                Boolean figure) {
            this(sound, voice, quiet, leadIn, waitToStart, figure, SoundSettings.Tuning.NONE, null);
        }
    }

    static final String PAIN_QUESTION = "How is your back right now?";
    static final String NOTE_QUESTION = "A note for this session? Enter skips.";

    /**
     * The files a session reads and adds to.
     *
     * @param plans   the four-week plan
     * @param safety  the safety note, shown until acknowledged once
     * @param standings where the plan stands with the person's back: a check-in or a pause before a session
     * @param log     the history, where the session is recorded
     * @param saved   settings.yaml's choices
     * @param posture whose turn it is among the posture cues
     * @param profile the conditions that leave exercises out or mark them, asked once
     * @param hooks   the commands to run when a session ends
     */
    public record Stores(Plans plans, SafetyGate safety, Standings standings, SessionLog log, SavedSettings saved,
            PostureTurns posture, ProfileGate profile, SessionHooks hooks) {

        /** The stores, with no hooks to run. */
        public Stores(Plans plans, SafetyGate safety, Standings standings, SessionLog log, SavedSettings saved,
                PostureTurns posture, ProfileGate profile) {
            this(plans, safety, standings, log, saved, posture, profile, SessionHooks.NONE);
        }
    }

    private final Output output;
    private final Coach coach;
    private final Prompts prompts;
    private final ExercisePicker picker;
    private final ActiveCatalog activeCatalog;
    private final Stores stores;
    private final boolean debug;

    /** @param debug say on stderr why sound fell back to the bell */
    public StartSession(Output output, Coach coach, Prompts prompts, ExercisePicker picker,
            ActiveCatalog activeCatalog, Stores stores, boolean debug) {
        this.output = output;
        this.coach = coach;
        this.prompts = prompts;
        this.picker = picker;
        this.activeCatalog = activeCatalog;
        this.stores = stores;
        this.debug = debug;
    }

    public int run(Request request) throws IOException, InvalidFileException {
        Progress.Tally tally = tally(); // the holds the sessions so far earned, the dry run's too
        if (request.view() == View.AUTO && output.live() && !request.dryRun() && asksNothingFirst(request, tally)) {
            coach.prepareScreen(); // the terminal is set up beside the catalog and the session: the first frame
        }
        Catalog catalog = activeCatalog.load();
        Settings saved = stores.saved().load();
        Preferences p = request.preferences();
        Plans plans = stores.plans();
        Plan plan = request.ids().isEmpty() ? plans.load(catalog).orElse(null) : planIfItFits(plans, catalog);
        if (!request.dryRun()) {
            if (!stores.safety().check(request.yes())) { // the trainer's warning and the red flags come first
                return ExitCode.SEE_CARE;
            }
            int paused = checkIn(plan, tally, request);
            if (paused != ExitCode.OK) {
                return paused;
            }
        }
        Profile profile = stores.profile().settle(request.yes(), request.dryRun()); // asked once, after the note
        Coach.Mode mode = mode(request.view());
        List<Exercise> chosen = choose(catalog, plan, plans, request, mode, profile, tally.holds());
        if (chosen == null) {
            output.say("No session started: the picker was closed.");
            return ExitCode.INTERRUPTED;
        }
        chosen = stores.profile().review(catalog, chosen, profile, !request.ids().isEmpty(),
                !request.yes() && !request.dryRun());
        Map<String, Rating> rated = ratings(request.ratings(), chosen);
        if (plan == null && mode == Coach.Mode.LIVE && !request.dryRun()) {
            plan = plans.load(catalog).orElse(null); // kept from the picker just now: this session is its first
        }
        // the pain question follows a live session unless --pain answered it: the last words say so
        SoundSettings sound = saved.sound(p.sound(), p.voice(), p.quiet(), p.tuning())
                .askingAtTheEnd(mode == Coach.Mode.LIVE && request.painAfter() == null);
        HoldLengths holds = tally.holds();
        SessionSettings settings = request.settings().withWorkLengths(holds)
                .withLeadIn(p.leadIn() != null ? p.leadIn() : saved.leadIn().orElse(SessionSettings.DEFAULTS.leadIn()))
                .withWaitToStart(p.waitToStart() != null ? p.waitToStart()
                        // saved, it is for the screen: a script's plain lines have no one to press Enter
                        : mode == Coach.Mode.LIVE && saved.waitToStart().orElse(false))
                .withLevels(Levels.resolve(chosen, request.levels(), plan == null ? Map.of() : plan.levels()))
                .withPostureTurn(request.dryRun() ? stores.posture().peek() : stores.posture().next())
                // with the voice on, a get-ready or a switch lasts as long as its words (the dry run says so)
                .withStepWords(sound.voice() ? CueScript.words(new SpokenLength(sound.speech().wordsPerMinute()))
                        : null);
        Routine session = SessionBuilder.build(catalog, chosen, settings);
        boolean easedSaid = (mode != Coach.Mode.JSON || !request.dryRun())
                && eased(catalog, session, holds, profile, request.dryRun() ? output.out() : output.err());
        // The live screen would cover that advice until the session is over: a person at a terminal reads it
        // first, and may take the easier choice instead.
        if (easedSaid && !request.dryRun() && mode == Coach.Mode.LIVE && prompts.interactive() && !request.yes()
                && !prompts.confirm("Start this session as it is?", true)) {
            output.say("No session started: the commands above start the easier choice.");
            return ExitCode.OK;
        }
        if (request.dryRun()) {
            printDryRun(session, holds, mode == Coach.Mode.JSON);
            return ExitCode.OK;
        }
        Coach.Options options = new Coach.Options(mode, output.color(), output.ascii(false), sound,
                p.figure() != null ? p.figure() : saved.figure().orElse(true), debug, output.stdoutTerminal(),
                p.flash() != null ? p.flash() : saved.flash().orElse(false), prompts.interactive(),
                output.stdoutTerminal() ? output.width() : TextLayout.UNLIMITED);
        // What the plan prescribes, whatever the command line changed: the measure of a session that counts.
        long prescribed = SessionBuilder.build(catalog, chosen, SessionSettings.DEFAULTS.withWorkLengths(holds)
                .withLevels(settings.levels()).withReps(settings.byReps()).withTempo(settings.tempo()))
                .workSeconds();
        return coach(session, plan, options, request, rated, judge -> CountingRule.judge(judge, prescribed,
                tally.countedOn(judge.start().toLocalDate())));
    }

    /** {@code --rate ID=RATING} options, by id: each an exercise of this session and one of the four words. */
    static Map<String, Rating> ratings(List<String> typed, List<Exercise> chosen) {
        Map<String, Rating> out = new java.util.LinkedHashMap<>();
        for (String r : typed) {
            int eq = r.indexOf('=');
            String id = eq < 0 ? r : r.substring(0, eq).strip();
            Optional<Rating> rating = eq < 0 ? Optional.empty() : Rating.fromKey(r.substring(eq + 1).strip()
                    .toLowerCase(java.util.Locale.ROOT));
            if (rating.isEmpty()) {
                throw new UsageException("--rate must be ID=RATING with a rating of easy, fine, hard or hurt, such as"
                        + " bird-dog=fine, not '" + r + "'");
            }
            if (chosen.stream().noneMatch(e -> e.id().equals(id))) {
                throw new UsageException("--rate " + r + ": " + id + " is not in this session (it has "
                        + String.join(", ", chosen.stream().map(Exercise::id).toList()) + ")");
            }
            out.put(id, rating.get());
        }
        return out;
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

    /** The history so far; when it cannot be read, none (the session is still run and recorded, or said why not). */
    private Progress.Tally tally() {
        try {
            return stores.log().tally();
        } catch (IOException | RuntimeException e) {
            return new Progress.Tally();
        }
    }

    /**
     * Before a session: whether pain from the last one settled, and, while the plan is paused, the advice and a
     * question whether to go on anyway. OK to go on, else the exit code.
     */
    private int checkIn(Plan plan, Progress.Tally tally, Request request) throws IOException {
        Standing standing = stores.standings().checkIn(plan, tally);
        if (standing.ready()) {
            return ExitCode.OK;
        }
        stores.standings().lines(standing).forEach(output.err()::println);
        if (standing.kind() == Standing.Kind.SEE_CARE) {
            return ExitCode.SEE_CARE;
        }
        if (standing.kind() == Standing.Kind.PAUSED && prompts.interactive() && !request.yes()
                && prompts.confirm("Start a session anyway?", false)) {
            return ExitCode.OK;
        }
        output.err().println(prompts.interactive() ? "No session started."
                : "No session started: answer on a terminal ('backplan due' or 'backplan start' asks), or say the"
                        + " pain has settled with 'backplan plan resume'.");
        return ExitCode.PAUSED;
    }

    /**
     * Whether the run goes straight to the screen: no safety question, no check-in and no plan question on the
     * command line first (those read stdin, which a terminal being set up must not share).
     */
    private boolean asksNothingFirst(Request request, Progress.Tally tally) throws IOException {
        if (!stores.standings().now(null, tally).ready()) {
            return false;
        }
        boolean acknowledged = request.yes() || stores.safety().acknowledged();
        boolean picksGiven = !request.ids().isEmpty() || !request.picks().isEmpty()
                || stores.plans().exists();
        return acknowledged && picksGiven && stores.profile().asksNothing(request.yes());
    }

    private Coach.Mode mode(View view) {
        return switch (view) {
            case JSON -> Coach.Mode.JSON;
            case PLAIN -> Coach.Mode.PLAIN;
            case AUTO -> output.live() ? Coach.Mode.LIVE : Coach.Mode.PLAIN;
        };
    }

    /** Named ids, else picks over the plan, else (on a live terminal) the picker, else the first of each category. */
    private List<Exercise> choose(Catalog catalog, Plan plan, Plans plans, Request request, Coach.Mode mode,
            Profile profile, HoldLengths holds) throws IOException {
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
            chosen = picker.pick(catalog, chosen, profile, EasierChoice.offers(catalog, profile,
                    id -> request.levels().getOrDefault(id, holds.lastLevel(id).orElse(1)), holds));
            if (chosen == null) {
                return null;
            }
            offerToSave(plans, chosen);
        }
        return SessionBuilder.byCategory(catalog, chosen, profile);
    }

    private void offerToSave(Plans plans, Map<Category, List<Exercise>> chosen) throws IOException {
        if (prompts.confirm("Keep these as your plan (" + Plan.DEFAULT_PER_WEEK + " sessions a week for "
                + Plan.DEFAULT_WEEKS + " weeks, from today)?", true)) {
            plans.saveNew(chosen);
            output.say("Saved the plan to " + plans.path() + "; 'backplan plan' shows it.");
        }
    }

    private void printDryRun(Routine session, HoldLengths holds, boolean json) {
        PrintWriter out = output.out();
        if (json) {
            Json.write(out, true, g -> Json.routine(g, session, holdNotes(session, holds)));
            out.println();
        } else {
            SessionText.dryRun(session, output.width()).forEach(out::println);
            List<String> lines = holdLines(session, holds);
            if (!lines.isEmpty()) {
                out.println();
                TextLayout.wrap("", "  ", "Holds (they grow after " + HoldLengths.SESSIONS + " counted sessions"
                        + " without 'hard' or 'hurt'):", output.width()).forEach(out::println);
                lines.forEach(l -> TextLayout.wrap("  ", "    ", l, output.width()).forEach(out::println));
            }
        }
    }

    /** "Bird Dog: 30 s holds; 3 more sessions without 'hard' or 'hurt' to 40 s", for each timed hold that grows. */
    static List<String> holdLines(Routine session, HoldLengths holds) {
        Map<String, String> notes = holdNotes(session, holds);
        return session.exercises().stream().filter(p -> notes.containsKey(p.exercise().id()))
                .map(p -> p.exercise().name() + ": " + notes.get(p.exercise().id())).distinct().toList();
    }

    /** By exercise id, where each timed hold that grows stands: "30 s holds; 3 more sessions ... to 40 s". */
    private static Map<String, String> holdNotes(Routine session, HoldLengths holds) {
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        for (RoutineExercise p : session.exercises()) {
            if (!p.byReps()) {
                holds.hold(p.exercise(), p.level()).filter(HoldLengths.Hold::growing)
                        .ifPresent(h -> notes.putIfAbsent(p.exercise().id(), h.describe()));
            }
        }
        return notes;
    }

    /**
     * After a "hurt": for each exercise of today's session that hurt last time, one line saying its holds step back
     * and what to try instead (the picker, when it opens, offers that first).
     */
    private boolean eased(Catalog catalog, Routine session, HoldLengths holds, Profile profile, PrintWriter to) {
        List<Exercise> picked = session.exercises().stream().map(RoutineExercise::exercise).toList();
        boolean said = false;
        for (RoutineExercise p : session.exercises()) {
            // the earned hold, whatever --work says today
            String hold = p.byReps() ? null : holds.hold(p.exercise(), p.level())
                    .map(h -> Seconds.format(h.seconds())).orElse(null);
            Optional<EasierChoice> offer = EasierChoice.of(catalog, p.exercise(),
                    p.level() == null ? 1 : p.level().number(), profile, picked, holds);
            if (offer.isPresent()) {
                output.sayOn(to, offer.get().advice(hold));
                said = true;
            }
        }
        return said;
    }

    /** Runs the session, then the summary and the record: a session that ran is always recorded. */
    private int coach(Routine session, Plan plan, Coach.Options options, Request request, Map<String, Rating> rated,
            Function<SessionResult, Verdict> judge) throws IOException {
        Coach.Mode mode = options.mode();
        SessionResult result;
        Integer painAfter = request.painAfter();
        String note = request.note();
        boolean asked = false;
        HistoryFile.Recorded recorded = null;
        Verdict verdict;
        String notRecorded;
        boolean inHistory = false;
        Path kept = null;
        int signal;
        boolean internalError;
        Coach.Coaching spoken;
        try (Coach.Coaching coaching = coach.open(options)) {
            spoken = coaching;
            result = coaching.run(session);
            if (!rated.isEmpty()) {
                result = rated(result, rated); // said on the command line: a key during the session says it too
            }
            verdict = judge.apply(result);
            // Something was done: a set, a side of one, or some seconds of work before a quit (a person who stops
            // in the middle of a hold may have stopped because it hurt); a session skipped through asks nothing.
            boolean didSomething = result.exercises().stream().anyMatch(ExerciseResult::reached);
            boolean ask = painAfter == null && mode == Coach.Mode.LIVE && result.ending() != Ending.INTERRUPTED
                    && didSomething;
            Integer week = plan == null ? null : plan.weekOf(result.start().toLocalDate());
            // Recorded the moment it ends, before any question: a kill during the question loses nothing.
            HistoryEntry entry = new HistoryEntry(result, request.painBefore(), ask ? null : painAfter, week, null,
                    verdict, request.note(), false);
            // A session a signal ended waits for no other program's lock: its line goes to the history's journal.
            HistoryFile history = stores.log().file().givingUpWhen(coaching.signal() > 0 ? () -> true
                    : coaching.signalledFromNow()).noticesTo(this::notice);
            try {
                recorded = ask ? history.appendAwaitingPain(entry) : history.append(entry);
                inHistory = true; // in the history, or in its journal, which every reader takes in
                kept = recorded.journal();
                notRecorded = null;
            } catch (IOException | RuntimeException e) {
                notRecorded = whyNotRecorded(e);
            }
            if (ask && recorded != null) {
                Map<String, Rating> ratings = askLastRating(coaching, result);
                if (!ratings.isEmpty()) {
                    result = rated(result, ratings);
                }
                painAfter = coaching.signal() == 0 ? coaching.askPain(PAIN_QUESTION) : null;
                asked = true;
                // A note after the pain, only where a person sits at the keyboard and none was given: never in a
                // run that said --yes (a script's), nor when stdin is not a terminal.
                if (note == null && !request.yes() && options.keyboard() && coaching.signal() == 0) {
                    note = Notes.clean(coaching.askNote(NOTE_QUESTION));
                }
                // The answers, on every way out of the questions (a reader would otherwise wait for them); a signal
                // during a question still lets them through.
                try {
                    Path journal = stores.log().file().givingUpWhen(coaching.signalledFromNow())
                            .noticesTo(this::notice).amend(recorded, painAfter, ratings, note);
                    kept = kept != null ? kept : journal;
                } catch (IOException | RuntimeException e) {
                    notRecorded = whyNotRecorded(e).replace("the session could not be recorded",
                            "the pain rating could not be added (the session itself is recorded)");
                }
            }
            signal = coaching.signal();
            internalError = coaching.internalError().isPresent();
        }
        // the screen is given back: now the summary and any failure can be read, while the last words end
        try {
            PrintWriter summaryTo = mode == Coach.Mode.JSON ? output.err() : output.out();
            // stderr's width is not known: whole lines there
            SessionText.summary(result, mode == Coach.Mode.JSON ? TextLayout.UNLIMITED : output.width())
                    .forEach(summaryTo::println);
            painLine(request.painBefore(), painAfter, asked).ifPresent(summaryTo::println);
            if (note != null) {
                summaryTo.println("  note:      " + note);
            }
            new SessionOutcome(stores.log(), output).lines(new HistoryEntry(result, request.painBefore(), painAfter,
                    plan == null ? null : plan.weekOf(result.start().toLocalDate()), null, verdict, note, false),
                    inHistory, plan, session,
                    mode == Coach.Mode.JSON ? TextLayout.UNLIMITED : output.width()).forEach(summaryTo::println);
            summaryTo.flush();
            if (kept != null) {
                output.err().println("backplan: another program held the history's lock, so this session's record"
                        + " waits in " + kept + "; the next backplan command adds it to the history");
            }
            if (notRecorded != null) {
                output.err().println(notRecorded);
                return signal > 0 ? ExitCode.signal(signal) : ExitCode.FAILURE;
            }
            if (signal > 0) {
                return ExitCode.signal(signal);
            }
            stores.hooks().sessionEnded(new HistoryEntry(result, request.painBefore(), painAfter, plan == null ? null
                    : plan.weekOf(result.start().toLocalDate()), recorded.id(), verdict, note, false));
            if (internalError) {
                return ExitCode.FAILURE; // said on stderr; the session is recorded as it went
            }
            return result.completed() ? ExitCode.OK : ExitCode.INTERRUPTED;
        } finally {
            spoken.lastWords();
        }
    }

    /**
     * The rating of the session's last exercise, asked on the screen when the person did some of it and did not
     * rate it during the session (the others are rated in the rest after each one); empty when skipped.
     */
    private static Map<String, Rating> askLastRating(Coach.Coaching coaching, SessionResult result) {
        for (int i = result.exercises().size() - 1; i >= 0; i--) {
            ExerciseResult last = result.exercises().get(i);
            if (last.reached()) {
                if (last.rating() != null) {
                    return Map.of();
                }
                Rating r = coaching.askRating("How did " + last.name() + " go?");
                return r == null ? Map.of() : Map.of(last.id(), r);
            }
        }
        return Map.of();
    }

    /** The result with the ratings given after it ended. */
    private static SessionResult rated(SessionResult r, Map<String, Rating> ratings) {
        List<ExerciseResult> exercises = r.exercises().stream()
                .map(e -> ratings.containsKey(e.id()) && e.rating() == null ? e.rated(ratings.get(e.id())) : e)
                .toList();
        return new SessionResult(r.start(), r.end(), r.ending(), exercises, r.plannedSeconds(), r.activeSeconds(),
                r.pausedSeconds());
    }

    /** Said on stderr while the history waits for another program's lock. */
    private void notice(String line) {
        output.err().println("backplan: " + line);
        output.err().flush();
    }

    /** The one line that says where the record could not go and why, in words. */
    private String whyNotRecorded(Exception e) {
        Path path = stores.log().file().path();
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
