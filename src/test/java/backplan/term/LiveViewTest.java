package backplan.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.session.Ending;
import backplan.session.Fixtures;
import backplan.session.QueuedControls;
import backplan.session.Routine;
import backplan.session.SessionClock;
import backplan.session.SessionEngine;
import backplan.session.SessionResult;
import backplan.session.SessionSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The live screen and its keys through a virtual JLine terminal with preloaded keys, as JLine's own tests drive
 * {@code nano}: the real screen, the real key decoding, the real engine, no pseudo-terminal.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LiveViewTest {

    /** Runs a 30-second-a-step session with the given keys already typed; returns the result and the output. */
    private static Object[] run(String keys) throws Exception {
        return run(keys, null);
    }

    /** As {@link #run(String)}, drawing with {@code frames} when given; the view is the last element. */
    private static Object[] run(String keys, Frames frames) throws Exception {
        Routine routine = Fixtures.routine(SessionSettings.DEFAULTS.withSets(2).withWork(30).withRest(30)
                .withLeadIn(30), "dead-bug");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExternalTerminal terminal = new ExternalTerminal("virtual", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8);
        terminal.setSize(Size.of(80, 24));
        SessionResult result;
        LiveView view;
        try (FullScreen screen = FullScreen.on(terminal)) {
            QueuedControls signals = new QueuedControls(SessionClock.SYSTEM);
            view = frames == null ? new LiveView(screen, new CountdownScreen(false))
                    : new LiveView(screen, frames, false);
            result = new SessionEngine(routine, SessionClock.SYSTEM,
                    new TerminalControls(screen, signals, SessionClock.SYSTEM), view).run();
        }
        return new Object[] {result, out.toString(StandardCharsets.UTF_8), view};
    }

    /**
     * A fault while drawing (as the block font indexing a locale's own digits once was) is a fault in backplan,
     * not a terminal that went away: the session goes on, on a plain frame, and the fault is kept to be reported.
     */
    @Test
    void aScreenThatCannotBeDrawnNeverEndsTheSession() throws Exception {
        CountdownScreen real = new CountdownScreen(false);
        Frames failing = new Frames() {
            @Override
            public java.util.List<org.jline.utils.AttributedString> render(backplan.session.SessionState s, int w,
                    int h) {
                if (s.step().isWork()) {
                    throw new ArrayIndexOutOfBoundsException("Index 1776 out of bounds for length 10");
                }
                return real.render(s, w, h);
            }

            @Override
            public java.util.List<org.jline.utils.AttributedString> render(backplan.session.SessionState s, int w,
                    int h, double secondsIn) {
                return render(s, w, h);
            }

            @Override
            public boolean moves(backplan.session.SessionState s) {
                return false;
            }
        };
        Object[] r = run("ssss", failing);
        SessionResult result = (SessionResult) r[0];
        String screen = (String) r[1];
        LiveView view = (LiveView) r[2];
        assertEquals(Ending.COMPLETED, result.ending(), "not an interruption");
        assertTrue(view.fault().orElseThrow() instanceof ArrayIndexOutOfBoundsException);
        assertTrue(screen.contains("backplan could not draw this screen; the session goes on"), screen);
        assertTrue(screen.contains("Dead Bug — set 1/2 — work 30 s"), "the step in plain words\n" + screen);
    }

    @Test
    void skipKeysWalkThroughEveryStep() throws Exception {
        // get ready, set 1, rest, set 2: four steps, four skips (s, and the right arrow as an escape sequence)
        Object[] r = run("ss\u001b[Cs");
        SessionResult result = (SessionResult) r[0];
        String screen = (String) r[1];

        assertEquals(Ending.COMPLETED, result.ending());
        assertEquals(0, result.exercises().get(0).setsDone(), "skipped sets are not done");
        assertEquals(4, result.exercises().get(0).skippedSteps());
        assertTrue(screen.contains("Dead Bug"), screen);
        assertTrue(screen.contains("GET READY"), screen);
        assertTrue(screen.contains("\u001b[?1049h"), "the alternate screen is entered");
        assertTrue(screen.lastIndexOf("\u001b[?1049l") > screen.indexOf("\u001b[?1049h"), "and left after");
        assertTrue(screen.contains("\u001b[?25h"), "the cursor is shown again");
    }

    @Test
    void qAsksAndYQuits() throws Exception {
        Object[] r = run("qy");
        SessionResult result = (SessionResult) r[0];
        assertEquals(Ending.QUIT, result.ending());
        assertTrue(((String) r[1]).contains("Quit the session? y = quit · n, Esc or Enter = go on"), (String) r[1]);
    }

    @Test
    void escapeAsksTooAndNGoesOn() throws Exception {
        Object[] r = run("\u001bnssss");
        assertEquals(Ending.COMPLETED, ((SessionResult) r[0]).ending());
        assertTrue(((String) r[1]).contains("Quit the session?"), (String) r[1]);
    }

    @Test
    void ctrlCStopsAtOnce() throws Exception {
        Object[] r = run("\u0003");
        assertEquals(Ending.INTERRUPTED, ((SessionResult) r[0]).ending());
    }

    @Test
    void spacePausesAndTheScreenSaysSo() throws Exception {
        Object[] r = run(" q y");
        String screen = (String) r[1];
        assertTrue(screen.contains("PAUSED"), screen);
        assertEquals(Ending.QUIT, ((SessionResult) r[0]).ending());
    }

    @Test
    void theEndOfInputEndsTheSessionAsInterrupted() throws Exception {
        Object[] r = run("");
        assertEquals(Ending.INTERRUPTED, ((SessionResult) r[0]).ending(), "a closed terminal stops the session");
    }
}
