package backplan.term;

import backplan.session.Command;
import backplan.session.QueuedControls;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import java.util.concurrent.atomic.AtomicBoolean;

/** The live countdown: draws each event on the full screen and turns keys into session commands. */
public final class LiveView implements SessionView {

    /** A moving figure is redrawn this often between the engine's ticks. */
    private static final long FIGURE_FRAME_MS = 250;

    private final FullScreen screen;
    private final CountdownScreen frames;
    /** The state last shown and when, for the figure's moves between ticks. */
    private volatile Shown current;
    private final AtomicBoolean animating = new AtomicBoolean();

    private record Shown(SessionState state, long at) {}

    public LiveView(FullScreen screen, CountdownScreen frames) {
        this.screen = screen;
        this.frames = frames;
    }

    /** Ctrl-C as a signal quits at once (the screen redraws itself after a resize or a stop). */
    public void handleSignals(QueuedControls controls) {
        screen.onInterrupt(() -> controls.send(Command.QUIT_NOW));
    }

    @Override
    public void show(SessionEvent event, SessionState state) {
        if (event == SessionEvent.END) {
            current = null;
            return;
        }
        if (event == SessionEvent.REDRAW) {
            screen.invalidate();
        }
        current = new Shown(state, System.nanoTime());
        screen.draw((w, h) -> frames.render(state, w, h));
        if (frames.moves(state) && animating.compareAndSet(false, true)) {
            Thread t = new Thread(this::animate, "backplan-figure");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Redraws the figure a few times a second while it moves, from the last state and the time since; ends when it
     * stops moving (a pause, a rest, the end), to be started again by the next moving state.
     */
    @SuppressWarnings("ReferenceEquality") // identity: has a newer showing replaced this one, even an equal one?
    private void animate() {
        while (true) {
            try {
                Thread.sleep(FIGURE_FRAME_MS);
            } catch (InterruptedException e) {
                animating.set(false);
                return;
            }
            Shown shown = current;
            if (shown == null || !frames.moves(shown.state())) {
                animating.set(false);
                Shown again = current;
                if (again == null || !frames.moves(again.state()) || !animating.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            SessionState state = shown.state();
            double secondsIn = Math.min(state.stepSeconds(),
                    FigurePanel.secondsIn(state) + (System.nanoTime() - shown.at()) / 1e9);
            screen.drawUnless(() -> current != shown, (w, h) -> frames.render(state, w, h, secondsIn));
        }
    }
}
