package backplan.term;

import backplan.session.Command;
import backplan.session.Ending;
import backplan.session.MonotonicClock;
import backplan.session.QueuedControls;
import backplan.session.SessionEngine;
import backplan.session.SessionPlan;
import backplan.session.SessionResult;
import backplan.session.SessionView;
import backplan.session.Step;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs a session plan in one of the three ways it can be shown, with signals routed to the engine. */
public final class Coach {

    /** How the session is shown. */
    public enum Mode {
        LIVE,
        PLAIN,
        JSON
    }

    /**
     * What came of a run.
     *
     * @param signal the number of the signal that stopped it, or 0
     */
    public record Outcome(SessionResult result, int signal, Integer painAfter) {}

    private Coach() {}

    /**
     * Runs the plan to its end.
     *
     * @param askPain on the live screen, ask how the back feels once the session is over
     */
    public static Outcome run(SessionPlan plan, Mode mode, MonotonicClock clock, PrintWriter out, InputStream in,
            boolean color, boolean ascii, boolean quiet, boolean askPain) throws IOException {
        QueuedControls controls = new QueuedControls(clock);
        try (Signals signals = Signals.route(() -> controls.send(Command.INTERRUPT))) {
            SessionResult result;
            Integer pain = null;
            if (mode == Mode.LIVE) {
                try (FullScreen screen = FullScreen.open()) {
                    LiveView view = new LiveView(screen, new CountdownScreen(color, ascii), quiet);
                    view.handleSignals(controls);
                    result = new SessionEngine(plan, clock, new TerminalControls(screen, controls, clock), view)
                            .run();
                    if (askPain && result.ending() != Ending.INTERRUPTED && !screen.broken()
                            && result.activeSeconds() > 0) {
                        pain = askPain(screen);
                    }
                }
            } else {
                if (plan.steps().stream().anyMatch(Step::manual)) {
                    readEnterPresses(in, controls);
                }
                SessionView view = mode == Mode.JSON ? new JsonLinesView(out) : new PlainView(out);
                result = new SessionEngine(plan, clock, controls, view).run();
            }
            return new Outcome(result, signals.received(), pain);
        }
    }

    /** The optional rating; whatever goes wrong with the terminal now, the session itself must still be kept. */
    private static Integer askPain(FullScreen screen) {
        try {
            return Picker.askPain(screen, "How is your back right now?");
        } catch (IOException | RuntimeException | java.io.IOError e) {
            return null;
        }
    }

    /** Without a terminal, a manual reps set ends on a line of input (Enter in a pipe). */
    private static void readEnterPresses(InputStream in, QueuedControls controls) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                while (r.readLine() != null) {
                    controls.send(Command.DONE);
                }
            } catch (IOException ignored) {
                // no more input: the person can still skip with a signal
            }
        }, "backplan-stdin");
        t.setDaemon(true);
        t.start();
    }
}
