package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.base.ExitCode;
import backplan.base.Locations;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.program.CheckInFile;
import backplan.program.PlanFile;
import backplan.session.Command;
import backplan.session.Ending;
import backplan.session.FakeClock;
import backplan.session.Routine;
import backplan.session.ScriptedControls;
import backplan.session.SessionEngine;
import backplan.session.SessionResult;
import backplan.session.SessionSettings;
import backplan.session.Tempo;
import backplan.settings.ProfileFile;
import backplan.settings.SettingsFile;
import backplan.term.Tty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole start flow, safety note to summary, with a scripted person: answers typed on stdin, a picker that takes
 * each category's first exercise, and a coach that runs the real engine on a fake clock. No terminal, no tmux.
 */
@Timeout(10)
class StartSessionFlowTest {

    @TempDir
    Path home;

    private final FakeClock clock = new FakeClock();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> questions = new ArrayList<>();
    private int picked;
    /** The picker is closed instead of choosing. */
    private boolean pickerCloses;
    /** The terminal's columns. */
    private int columns = 80;
    private Profile pickedFor;

    /** The person's side of the coaching: keys during the session, the rating asked at the end, a signal. */
    private final class FakeCoach implements Coach {

        Integer painAnswer;
        String noteAnswer;
        int signalAtQuestion;
        final ScriptedControls controls = new ScriptedControls(clock);
        Coach.Options opened;

        @Override
        public Coaching open(Options options) {
            opened = options;
            return new Coaching() {
                private int signal;

                @Override
                public SessionResult run(Routine routine) {
                    return new SessionEngine(routine, clock, controls, (event, state) -> { }).run();
                }

                @Override
                public Integer askPain(String question) {
                    questions.add(question);
                    signal = signalAtQuestion;
                    return signal == 0 ? painAnswer : null;
                }

                @Override
                public String askNote(String question) {
                    questions.add(question);
                    return noteAnswer;
                }

                @Override
                public BooleanSupplier signalledFromNow() {
                    return () -> signal != 0;
                }

                @Override
                public int signal() {
                    return signal;
                }

                @Override
                public void close() {}
            };
        }
    }

    private final FakeCoach coach = new FakeCoach();

    private Locations locations() {
        return Locations.from(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString()), null);
    }

    /** A live terminal 80 columns wide, with {@code typed} as the answers to the line questions. */
    private StartSession startSession(String typed) {
        Output output = new Output(new PrintWriter(out, true), new PrintWriter(err, true), () -> columns, false, false,
                true, true);
        Prompts prompts = new Prompts(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                output.err(), true, new Tty(), () -> columns);
        Locations files = locations();
        SessionLog log = new SessionLog(new HistoryFile(files.history()), output.err());
        ExercisePicker picker = (catalog, preselected, profile, offers) -> {
            picked++;
            pickedFor = profile;
            return pickerCloses ? null : firstOfEach(catalog);
        };
        SafetyGate safety = new SafetyGate(files.safetyNote(), prompts, clock, output);
        Standings standings = new Standings(new CheckInFile(files.checkIns()), safety, prompts, clock, output);
        Plans plans = new Plans(ActiveCatalog.BUNDLED, new PlanFile(files.plan()), log, standings, clock, prompts,
                picker, output, new ProfileFile(files.profile()));
        StartSession.Stores stores = new StartSession.Stores(plans, safety, standings, log,
                new SavedSettings(new SettingsFile(files.settings()), output),
                new PostureTurns(files.data().resolve("posture-turn")),
                new ProfileGate(new ProfileFile(files.profile()), files.data().resolve("profile-hint-shown"), prompts,
                        output));
        return new StartSession(output, coach, prompts, picker, ActiveCatalog.BUNDLED, stores, false);
    }

    private static Map<Category, List<Exercise>> firstOfEach(Catalog catalog) {
        Map<Category, List<Exercise>> first = new EnumMap<>(Category.class);
        catalog.bySessionOrder().forEach((c, list) -> first.put(c, List.of(list.get(0))));
        return first;
    }

    /** One set of 5 s each, so a whole session is a few dozen steps. */
    private static StartSession.Request request(Integer painBefore) {
        SessionSettings short5 = SessionSettings.DEFAULTS.withSets(1).withWork(5).withRest(2).withRestBetween(2)
                .withSwitchPause(2).withTempo(new Tempo(2, 2));
        return new StartSession.Request(List.of(), List.of(), short5, Map.of(), StartSession.View.AUTO, false, false,
                painBefore, null, new StartSession.Preferences(null, null, true, 3, null, false));
    }

    private List<HistoryEntry> history() throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        new HistoryFile(locations().history()).read(entries::add, p -> entries.clear());
        return entries;
    }

    @Test
    void aFirstSessionGoesFromTheSafetyNoteToTheSummary() throws Exception {
        coach.painAnswer = 2;

        int code = startSession("y\nn\n\ny\n").run(request(4));

        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(err.toString().contains("see a doctor about your back pain"), "the safety note comes first:\n" + err);
        assertTrue(Files.exists(locations().safetyNote()), "and is remembered once acknowledged");
        assertEquals(1, picked, "no plan and no picks: the picker chooses");
        assertTrue(err.toString().contains("Saved the plan to"), err.toString());
        assertTrue(Files.exists(locations().plan()), "the picks were kept as the plan");
        assertEquals(Coach.Mode.LIVE, coach.opened.mode());
        assertEquals(List.of(StartSession.PAIN_QUESTION, StartSession.NOTE_QUESTION), questions,
                "asked once each, after the session");
        List<HistoryEntry> recorded = history();
        assertEquals(1, recorded.size());
        assertEquals(Ending.COMPLETED, recorded.get(0).result().ending());
        assertEquals(4, recorded.get(0).painBefore());
        assertEquals(2, recorded.get(0).painAfter(), "the answer is added to the session recorded before it");
        assertTrue(out.toString().contains("Session complete."), out.toString());
        assertTrue(out.toString().contains("back now:  2/10; before: 4/10"), out.toString());
    }

    @Test
    void closingThePickerSaysSoInWholeWordsOnANarrowTerminal() throws Exception {
        pickerCloses = true;
        columns = 40;

        int code = startSession("y\n").run(request(null));

        assertEquals(ExitCode.INTERRUPTED, code, err.toString());
        // after the questions (whose answers a terminal would echo, ending their lines)
        String said = err.toString().substring(err.toString().indexOf("No session started"));
        assertEquals(List.of("No session started: the picker was", "closed."), said.lines().toList(),
                "wrapped between words: " + err);
        // a question's line ends where its answer is typed, and the echo of that answer ends it
        assertTrue(err.toString().lines().allMatch(l -> l.replaceAll("(\\[y/N]|for none:) .*", "$1").length() <= 40),
                err.toString());
        assertEquals(List.of(), history(), "nothing ran, nothing recorded");
    }

    @Test
    void theNoteAfterThePainIsAddedToTheSessionWithoutItsControlCharacters() throws Exception {
        coach.painAnswer = 3;
        coach.noteAnswer = "hips \u001b[31mtight\u0007 today";

        assertEquals(ExitCode.OK, startSession("y\nn\n\ny\n").run(request(null)), err.toString());

        List<HistoryEntry> recorded = history();
        assertEquals("hips [31mtight today", recorded.get(0).note(), "kept through the amendment, cleaned");
        assertEquals(3, recorded.get(0).painAfter());
        assertTrue(out.toString().contains("note:      hips [31mtight today"), out.toString());
        assertTrue(Files.readString(locations().history()).lines().anyMatch(l -> l.startsWith("{\"amend\"")
                && l.contains("\"note\":\"hips [31mtight today\"")), "the note rides on the pain's amendment");
    }

    @Test
    void aNoteGivenWithTheCommandOrAScriptIsNeverAsked() throws Exception {
        StartSession.Request r = request(null);
        StartSession.Request withNote = new StartSession.Request(r.ids(), r.picks(), r.settings(), r.levels(),
                r.view(), false, false, null, null, r.preferences(), "gym bag forgotten", List.of());
        assertEquals(ExitCode.OK, startSession("y\nn\n\ny\n").run(withNote), err.toString());
        assertEquals(List.of(StartSession.PAIN_QUESTION), questions, "the note was given: only the pain is asked");
        assertEquals("gym bag forgotten", history().get(0).note());

        questions.clear();
        assertEquals(ExitCode.OK, startSessionAsAScript().run(scriptRequest()), err.toString());
        assertEquals(List.of(), questions, "a script is asked nothing");
    }

    @Test
    void aSecondSessionAsksNothingAndUsesThePlan() throws Exception {
        startSession("y\nn\n\ny\n").run(request(null));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        int code = startSession("").run(request(null));

        assertEquals(ExitCode.OK, code, err.toString());
        assertFalse(err.toString().contains("see a doctor about your back pain"), "acknowledged once: not shown again\n" + err);
        assertEquals(1, picked, "the plan picks this time");
        assertEquals(2, history().size());
    }

    @Test
    void aQuitSessionIsRecordedAndSaysSo() throws Exception {
        coach.controls.at(4, Command.ASK_QUIT).at(4.5, Command.YES);

        int code = startSession("y\nn\n\nn\n").run(request(null));

        assertEquals(ExitCode.INTERRUPTED, code, err.toString());
        assertFalse(Files.exists(locations().plan()), "'n': the picks were not kept");
        assertEquals(Ending.QUIT, history().get(0).result().ending());
        assertTrue(out.toString().contains("Session stopped early."), out.toString());
    }

    @Test
    void aSignalAtThePainQuestionEndsWithItsCodeAndKeepsTheSession() throws Exception {
        coach.signalAtQuestion = 15;

        int code = startSession("y\nn\n\ny\n").run(request(3));

        assertEquals(ExitCode.signal(15), code, err.toString());
        List<HistoryEntry> recorded = history();
        assertEquals(1, recorded.size(), "recorded before the question");
        assertNull(recorded.get(0).painAfter());
        assertTrue(out.toString().contains("Session complete."), "the summary still comes:\n" + out);
    }

    @Test
    void aHistoryThatCannotBeWrittenIsOneLineAndTheSummaryStillComes() throws Exception {
        Files.createDirectories(locations().history()); // a folder where the file should be
        coach.painAnswer = 1;

        int code = startSession("y\nn\n\ny\n").run(request(null));

        assertEquals(ExitCode.FAILURE, code, err.toString());
        assertTrue(err.toString().contains("the session could not be recorded in " + locations().history()),
                err.toString());
        assertTrue(questions.isEmpty(), "nothing recorded, nothing to add a rating to");
        assertTrue(out.toString().contains("Session complete."), out.toString());
    }

    @Test
    void aRedFlagStopsEverySessionUntilItIsAnsweredAgain() throws Exception {
        int code = startSession("y\ny\n").run(request(null));

        assertEquals(ExitCode.SEE_CARE, code, err.toString());
        assertTrue(err.toString().contains("Get medical care now, not exercise, if you have any of these:"),
                err.toString());
        assertTrue(err.toString().contains("Please see a doctor now"), err.toString());
        assertEquals(0, picked, "no session was built");
        assertTrue(history().isEmpty());

        err.getBuffer().setLength(0);
        assertEquals(ExitCode.SEE_CARE, startSessionAsAScript().run(scriptRequest()),
                "--yes never answers over a red flag on record");
        assertTrue(err.toString().contains("Last time you said you have one of these:"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, startSession("n\n\ny\n").run(request(null)), "answered again: none now");
        assertFalse(err.toString().contains("Before you start"), "the note was acknowledged before\n" + err);
    }

    @Test
    void painThatWentUpAsksBeforeTheNextSessionAndPausesThePlanUntilItSettles() throws Exception {
        coach.painAnswer = 7;
        assertEquals(ExitCode.OK, startSession("y\nn\n\ny\n").run(request(2)));
        String summary = out.toString().replaceAll("\\s+", " ");
        assertTrue(summary.contains("! This session ended with pain 7/10 (2 before). Stop for today and rest."),
                summary);

        // the next start asks first; "not yet" pauses the plan, and "no" to going on starts nothing
        err.getBuffer().setLength(0);
        coach.painAnswer = 2;
        assertEquals(ExitCode.PAUSED, startSession("n\n\n").run(request(null)));
        String asked = err.toString().replaceAll("\\s+", " ");
        assertTrue(asked.contains("Your session on Tue 24 Nov ended with pain 7/10 (2 before)."), asked);
        assertTrue(asked.contains("Has that pain settled? [s]ettled [n]ot yet [w]orse"), asked);
        assertTrue(asked.contains("The plan is paused: after your session on Tue 24 Nov (pain 7/10 (2 before)),"
                + " you said on Tue 24 Nov that the pain had not settled."), asked);
        assertTrue(asked.contains("Start a session anyway? [y/N]"), asked);
        assertEquals(1, history().size());

        // a script cannot answer: it starts nothing and says how to go on
        err.getBuffer().setLength(0);
        assertEquals(ExitCode.PAUSED, startSessionAsAScript().run(scriptRequest()));
        assertTrue(err.toString().contains("'backplan plan resume'"), err.toString());

        // settled: the plan goes on
        err.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, startSession("s\n").run(request(null)), err.toString());
        assertEquals(2, history().size());
    }

    /** As a script runs it: no terminal to answer on, and --yes. */
    private StartSession startSessionAsAScript() {
        Output output = new Output(new PrintWriter(out, true), new PrintWriter(err, true), () -> 0, false, false,
                false, false);
        Prompts prompts = new Prompts(InputStream.nullInputStream(), output.err(), false, new Tty());
        Locations files = locations();
        SessionLog log = new SessionLog(new HistoryFile(files.history()), output.err());
        SafetyGate safety = new SafetyGate(files.safetyNote(), prompts, clock, output);
        Standings standings = new Standings(new CheckInFile(files.checkIns()), safety, prompts, clock, output);
        Plans plans = new Plans(ActiveCatalog.BUNDLED, new PlanFile(files.plan()), log, standings, clock, prompts,
                (catalog, preselected, profile, offers) -> null, output, new ProfileFile(files.profile()));
        StartSession.Stores stores = new StartSession.Stores(plans, safety, standings, log,
                new SavedSettings(new SettingsFile(files.settings()), output),
                new PostureTurns(files.data().resolve("posture-turn")),
                new ProfileGate(new ProfileFile(files.profile()), files.data().resolve("profile-hint-shown"), prompts,
                        output));
        return new StartSession(output, coach, prompts, (catalog, preselected, profile, offers) -> null,
                ActiveCatalog.BUNDLED, stores, false);
    }

    /** A script's request: plain lines, and --yes. */
    private static StartSession.Request scriptRequest() {
        StartSession.Request r = request(null);
        return new StartSession.Request(r.ids(), r.picks(), r.settings(), r.levels(), StartSession.View.PLAIN,
                false, true, null, null, r.preferences());
    }

    @Test
    void theProfileIsAskedOnceRightAfterTheSafetyNoteAndThePickerGetsIt() throws Exception {
        int code = startSession("y\nn\n5\ny\n").run(request(null));

        assertEquals(ExitCode.OK, code, err.toString());
        String said = err.toString();
        int note = said.indexOf("see a doctor about your back pain");
        int question = said.indexOf("do any of these apply to you?");
        assertTrue(note >= 0 && question > note, "the note, then the question:\n" + said);
        assertTrue(said.contains("  5  spinal stenosis"), said);
        assertEquals(Profile.of(Condition.SPINAL_STENOSIS), pickedFor, "the picker leaves out what it avoids");
        assertTrue(Files.readString(locations().profile()).endsWith("- spinal-stenosis\n"), "saved once answered");
        err.getBuffer().setLength(0);

        assertEquals(ExitCode.OK, startSession("").run(request(null)));
        assertFalse(err.toString().contains("do any of these apply"), "asked once\n" + err);
    }

    @Test
    void noAnswerLeavesTheQuestionForNextTime() throws Exception {
        int code = startSession("y\nn\n").run(request(null)); // the input ends at the question

        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(err.toString().contains("(not answered: no conditions for now; asked again next time)"),
                err.toString());
        assertFalse(Files.exists(locations().profile()));
        assertEquals(Profile.NONE, pickedFor);
    }
}
