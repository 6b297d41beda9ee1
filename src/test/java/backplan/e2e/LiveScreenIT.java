package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The live screen as a person sees it: the launched program in a real pseudo-terminal, driven by keys. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class LiveScreenIT {

    static final String PAIN_PROMPT = "How is your back right now?";
    static final String QUIT_QUESTION = "Quit the session? y = quit · n, Esc or Enter = go on";

    Sandbox sandbox;
    Tmux tmux;

    /** {@code start dead-bug --yes --data-dir DIR --lead-in 0} plus the given timing. */
    String[] deadBug(String... timing) {
        List<String> args = new ArrayList<>(List.of("start", "dead-bug", "--yes", "--lead-in", "0",
                "--data-dir", sandbox.dataDir().toString()));
        args.addAll(List.of(timing));
        return args.toArray(String[]::new);
    }

    /** Waits for the countdown to show a number, and returns it. */
    int countdown() {
        return tmux.waitUntil("a countdown", s -> s.countdown().isPresent(), Tmux.SHORT).countdown().getAsInt();
    }

    /** Waits until the countdown shows less than {@code than}: proof the clock is running. */
    Screen countdownBelow(int than) {
        return tmux.waitUntil("the countdown to go below " + than,
                s -> s.countdown().isPresent() && s.countdown().getAsInt() < than, Tmux.SHORT);
    }

    /**
     * Ends the run whatever comes first, the pain question (skipped with Enter) or the exit, and returns the code:
     * for tests about something other than the question.
     */
    int finishSkippingPain() {
        Screen s = tmux.waitUntil("the pain question or the exit",
                x -> x.contains(PAIN_PROMPT) || Tmux.exited(x), Tmux.SHORT);
        if (s.contains(PAIN_PROMPT)) {
            tmux.sendKeys("Enter");
        }
        return tmux.waitForExit(Tmux.SHORT);
    }

    void assertTerminalRestored() {
        Screen s = tmux.screen();
        assertTrue(tmux.cooked(), "the tty is back in cooked mode (icanon, echo, isig):\n" + tmux.stty() + "\n" + s);
        assertFalse(tmux.alternateScreen(), "the alternate screen was left\n" + s);
        assertTrue(tmux.cursorVisible(), "the cursor is visible again\n" + s);
        assertTrue(s.contains(Tmux.BEFORE), "the shell's own output is visible again\n" + s);
    }

    /**
     * The one session in the history, recorded exactly once, with its amendment (the pain answer, appended after
     * the session was recorded) merged in as every reader merges it.
     */
    Map<String, Object> onlyHistoryLine() throws IOException {
        return onlySession(sandbox, tmux.lastScreen());
    }

    static Map<String, Object> onlySession(Sandbox sandbox, String context) throws IOException {
        List<String> lines = sandbox.historyLines();
        List<Map<String, Object>> sessions = new ArrayList<>();
        List<Map<String, Object>> amendments = new ArrayList<>();
        for (String line : lines) {
            Map<String, Object> o = JsonTree.object(line);
            (o.containsKey("amend") ? amendments : sessions).add(o);
        }
        assertEquals(1, sessions.size(), () -> "one session:\n" + String.join("\n", lines) + "\n" + context);
        Map<String, Object> session = new java.util.LinkedHashMap<>(sessions.get(0));
        for (Map<String, Object> a : amendments) {
            assertEquals(session.get("id"), a.get("amend"), "an amendment of this session");
            session.remove("awaits");
            if (a.get("painAfter") != null) {
                session.put("painAfter", a.get("painAfter"));
            }
        }
        return session;
    }

    @Test
    void showsTheExerciseTheSetACountdownAndTheBreathingCue() {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "5", "--rest", "3"));
        Screen s = tmux.waitFor("set 1/2", Tmux.STARTUP);
        assertTrue(s.contains("Dead Bug"), s.framed());
        assertTrue(s.contains("Breathe out"), "the breathing cue\n" + s);
        assertTrue(s.contains("space pause · s skip · +/- 10 s · q quit"), "the keys\n" + s);
        OptionalInt first = s.countdown();
        assertTrue(first.isPresent() && first.getAsInt() >= 1 && first.getAsInt() <= 5,
                "a countdown from 5 in big digits\n" + s);
        countdownBelow(first.getAsInt());
        assertTrue(tmux.alternateScreen(), "the live screen uses the alternate screen\n" + s);
    }

    @Test
    void spacePausesTheCountdownAndSpaceResumesIt() {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        countdownBelow(countdown()); // running before the pause, so a frozen one below means something

        tmux.sendKeys("Space");
        Screen paused = tmux.waitFor("PAUSED");
        assertTrue(paused.contains("Paused · space resume"), paused.framed());
        int held = paused.countdown().orElseThrow(() -> new AssertionError("no countdown\n" + paused));
        Tmux.pause(1600);
        Screen later = tmux.screen();
        assertEquals(OptionalInt.of(held), later.countdown(), "the countdown stands still while paused\n" + later);
        // only the session's elapsed clock moves on, marked as paused: no jump on resume
        assertEquals(paused.lines().subList(1, paused.lines().size()), later.lines().subList(1, later.lines().size()),
                "nothing else on the screen moves while paused");
        assertTrue(later.lines().get(0).endsWith("paused"), later.framed());
        assertTrue(!paused.lines().get(0).equals(later.lines().get(0)), "the elapsed clock goes on\n" + later);

        tmux.sendKeys("Space");
        Screen resumed = tmux.waitUntil("PAUSED to go away", x -> !x.contains("PAUSED"), Tmux.SHORT);
        assertTrue(resumed.contains("set 1/2"), resumed.framed());
        countdownBelow(countdown());
    }

    @Test
    void qAsksBeforeQuittingAndNGoesOn() {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);

        tmux.sendKeys("q");
        Screen asking = tmux.waitFor(QUIT_QUESTION);
        assertTrue(asking.contains("QUIT?"), asking.framed());
        int held = asking.countdown().orElseThrow(() -> new AssertionError("no countdown\n" + asking));
        Tmux.pause(1200);
        assertEquals(OptionalInt.of(held), tmux.screen().countdown(), "the clock waits for the answer");

        tmux.sendKeys("n");
        Screen goingOn = tmux.waitUntil("the question to go away", x -> !x.contains(QUIT_QUESTION), Tmux.SHORT);
        assertTrue(goingOn.contains("space pause · s skip"), "the keys line is back\n" + goingOn);
        countdownBelow(held);
        assertTrue(tmux.alternateScreen(), "still running\n" + tmux.screen());
    }

    @Test
    void qThenYQuitsWith130AndGivesTheTerminalBack() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        countdownBelow(countdown()); // a second of work done, so the session has something to ask about

        tmux.sendKeys("q");
        tmux.waitFor(QUIT_QUESTION);
        tmux.sendKeys("y");
        tmux.waitFor(PAIN_PROMPT);
        tmux.sendKeys("Enter");

        int code = tmux.waitForExit(Tmux.SHORT);
        Screen s = tmux.screen();
        assertEquals(130, code, s.framed());
        assertTrue(s.contains("Session stopped early."), "the summary is on the normal screen\n" + s);
        assertTerminalRestored();
        Map<String, Object> entry = onlyHistoryLine();
        assertEquals("quit", entry.get("ending"), entry.toString());
    }

    @Test
    void ctrlCQuitsWith130AndGivesTheTerminalBack() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);

        tmux.sendKeys("C-c");
        int code = finishSkippingPain();
        Screen s = tmux.screen();
        assertEquals(130, code, s.framed());
        assertTerminalRestored();
        assertEquals(1, sandbox.historyLines().size(), "recorded once\n" + s);
    }

    @Test
    void ctrlCEndsAtOnceWithoutFurtherQuestions() {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        countdownBelow(countdown());

        tmux.sendKeys("C-c");
        int code = tmux.waitForExit(Tmux.SHORT); // a question would hold it: the wait bounds only the test
        Screen s = tmux.screen();
        assertEquals(130, code, s.framed());
        assertTerminalRestored();
    }

    @Test
    void sSkipsToTheNextStep() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "30", "--rest", "20"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);

        tmux.sendKeys("s");
        Screen rest = tmux.waitFor("after: set 2 of 2", Tmux.SHORT); // 30 s of work could not have passed
        assertTrue(rest.contains("REST"), rest.framed());
        tmux.sendKeys("s");
        tmux.waitUntil("the second set's work", x -> x.contains("WORK") && x.contains("set 2/2")
                && !x.contains("after: set 2 of 2"), Tmux.SHORT);
        tmux.sendKeys("Right"); // → skips too

        assertEquals(0, finishSkippingPain(), "skipping the last step ends the session\n" + tmux.screen());
        Map<String, Object> entry = onlyHistoryLine();
        Map<String, Object> deadBug = JsonTree.asObject(JsonTree.asArray(entry.get("exercises")).get(0));
        assertEquals(3L, deadBug.get("skippedSteps"), entry.toString());
        assertEquals(0L, deadBug.get("setsDone"), entry.toString());
    }

    @Test
    void aRunToTheEndAsksAboutPainThenSummarizesOnTheNormalScreen() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "1", "--work", "2", "--rest-between", "1"));
        tmux.waitFor(PAIN_PROMPT, Tmux.STARTUP);
        tmux.sendKeys("Enter");

        int code = tmux.waitForExit(Tmux.SHORT);
        Screen s = tmux.screen();
        assertEquals(0, code, s.framed());
        assertTrue(s.contains("Session complete."), s.framed());
        assertTrue(s.contains("✓ Dead Bug"), s.framed());
        assertTerminalRestored();
        Map<String, Object> entry = onlyHistoryLine();
        assertEquals("completed", entry.get("ending"), entry.toString());
        assertFalse(entry.containsKey("painAfter"), "Enter skipped the rating: " + entry);
    }

    @Test
    void aRatingTypedAtThePainQuestionIsRecorded() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "1", "--work", "2"));
        tmux.waitFor(PAIN_PROMPT, Tmux.STARTUP);
        tmux.sendKeys("1");
        tmux.sendKeys("1");
        tmux.waitFor("11 is more than 10"); // a hint, and the question stays
        tmux.sendKeys("Enter");
        tmux.waitFor("11 is more than 10"); // Enter on 11 does not skip the rating
        tmux.sendKeys("BSpace");
        tmux.sendKeys("BSpace");
        tmux.sendKeys("4");
        tmux.waitFor("> 4_");
        tmux.sendKeys("Enter");

        assertEquals(0, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        assertEquals(4L, onlyHistoryLine().get("painAfter"));
    }

    @Test
    void aSmallTerminalStillShowsTheNameTheCountdownAndTheKeys() {
        tmux.start(40, 10, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        Screen s = tmux.waitFor("set 1/2", Tmux.STARTUP);
        assertEquals("40x10", tmux.paneSize());
        assertTrue(s.contains("Dead Bug"), s.framed());
        assertTrue(s.lines().stream().anyMatch(l -> l.contains("pause") && l.contains("q quit")), "keys\n" + s);
        assertTrue(s.countdown().isPresent(), "a countdown\n" + s);
        assertTrue(s.widest() < 40, "nothing wider than the window\n" + s);
    }

    @Test
    void aTinyTerminalShowsOneLine() {
        tmux.start(20, 5, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        Screen s = tmux.waitFor("Dead Bug", Tmux.STARTUP);
        assertEquals(1, s.nonBlankLines().size(), "one line\n" + s);
        assertTrue(s.nonBlankLines().get(0).matches("\\d+ Dead Bug 1/2"), "countdown, name and set\n" + s);
    }

    @Test
    void resizingRedrawsWithoutLeftovers() {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "30", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        assertCleanFrame(100, 30);

        tmux.resize(60, 20);
        assertEquals("60x20", tmux.paneSize());
        assertCleanFrame(60, 20);

        tmux.resize(100, 30);
        assertEquals("100x30", tmux.paneSize());
        assertCleanFrame(100, 30);
    }

    /** One whole frame for this size: the name, a countdown, one keys line, one session bar, no overlong line. */
    private void assertCleanFrame(int width, int height) {
        Screen s = tmux.waitUntil("a clean " + width + "x" + height + " frame", x -> x.contains("Dead Bug")
                && x.countdown().isPresent() && x.count("q quit") == 1 && x.count("left") == 1
                && x.widest() < width && x.lines().size() <= height, Tmux.SHORT);
        // A stale cell would survive the next tick: look again after the countdown moves.
        Screen later = countdownBelow(s.countdown().getAsInt());
        assertEquals(1, later.count("q quit"), later.framed());
        assertEquals(1, later.count("left"), later.framed());
        assertTrue(later.widest() < width, later.framed());
    }

    @Test
    void noColorMeansNoColorEscapesWhileTheDefaultHasColor() throws IOException {
        tmux.startWith("NO_COLOR=1", 100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        Sandbox other = new Sandbox(sandbox.root().resolve("colored"));
        try (Tmux colored = new Tmux(other)) {
            colored.start(100, 30, "start", "dead-bug", "--yes", "--lead-in", "0", "--sets", "2", "--work", "10",
                    "--data-dir", other.dataDir().toString());
            tmux.waitFor("set 1/2", Tmux.STARTUP);
            colored.waitFor("set 1/2", Tmux.STARTUP);

            String plain = tmux.screenWithEscapes();
            assertFalse(AnsiColors.present(plain), "no color under NO_COLOR=1:\n" + AnsiColors.visible(plain));
            assertTrue(plain.contains("Dead Bug"), plain);
            String withColor = colored.screenWithEscapes();
            assertTrue(AnsiColors.present(withColor), "colors by default (so the check above can fail):\n"
                    + AnsiColors.visible(withColor));
        }
    }

    @Test
    void sigtermEndsWith143RestoresTheTerminalAndRecordsTheSessionOnce() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        countdownBelow(countdown());
        long pid = tmux.javaPid().orElseThrow(() -> new AssertionError("no java process for " + sandbox.marker()));

        ProcessHandle.of(pid).orElseThrow().destroy(); // SIGTERM
        int code = tmux.waitForExit(Tmux.SHORT);
        Screen s = tmux.screen();
        assertEquals(143, code, s.framed());
        assertTrue(s.contains("Session interrupted."), s.framed());
        assertTerminalRestored();
        Tmux.pause(300);
        assertEquals("interrupted", onlyHistoryLine().get("ending"));
    }

    @Test
    void closingTheWindowRecordsThePartialSessionOnce() throws IOException {
        tmux.start(100, 30, deadBug("--sets", "2", "--work", "10", "--rest", "3"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        countdownBelow(countdown());
        ProcessHandle java = tmux.javaPid().flatMap(ProcessHandle::of)
                .orElseThrow(() -> new AssertionError("no java process for " + sandbox.marker()));

        tmux.killPane(); // SIGHUP, and the terminal is gone
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((java.isAlive() || sandbox.historyLines().isEmpty()) && System.nanoTime() < deadline) {
            Tmux.pause(50);
        }
        assertFalse(java.isAlive(), "backplan ended within 5 s of its window closing");
        Tmux.pause(300);
        Map<String, Object> entry = onlyHistoryLine();
        assertEquals("interrupted", entry.get("ending"), entry.toString());
    }

    @Test
    void termDumbFallsBackToPlainLinesEvenOnATerminal() {
        tmux.startWith("TERM=dumb", 100, 30, deadBug("--sets", "1", "--work", "2"));
        Screen s = tmux.waitFor("00:00 Dead Bug — set 1/1 — work 2 s", Tmux.STARTUP);
        assertFalse(tmux.alternateScreen(), "no full screen\n" + s);
        assertEquals(0, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        Screen end = tmux.screen();
        assertTrue(end.contains("Session complete."), end.framed());
        assertFalse(end.contains(PAIN_PROMPT), end.framed());
        assertFalse(AnsiColors.present(tmux.screenWithEscapes()), AnsiColors.visible(tmux.screenWithEscapes()));
    }
}
