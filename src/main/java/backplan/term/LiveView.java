package backplan.term;

import backplan.session.Command;
import backplan.session.QueuedControls;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;

/** The live countdown: draws each event on the full screen and turns keys into session commands. */
public final class LiveView implements SessionView {

    private final FullScreen screen;
    private final CountdownScreen frames;
    private final boolean quiet;

    public LiveView(FullScreen screen, CountdownScreen frames, boolean quiet) {
        this.screen = screen;
        this.frames = frames;
        this.quiet = quiet;
    }

    /** Ctrl-C as a signal quits at once (the screen redraws itself after a resize or a stop). */
    public void handleSignals(QueuedControls controls) {
        screen.onInterrupt(() -> controls.send(Command.QUIT_NOW));
    }

    @Override
    public void show(SessionEvent event, SessionState state) {
        if (event == SessionEvent.END) {
            return;
        }
        if (event == SessionEvent.REDRAW) {
            screen.invalidate();
        }
        screen.draw((w, h) -> frames.render(state, w, h));
        if (!quiet && (event == SessionEvent.STEP || event == SessionEvent.TICK && inLastSeconds(state))) {
            screen.bell();
        }
    }

    /** The last three seconds of a timed step at least five seconds long: one bell each. */
    private static boolean inLastSeconds(SessionState state) {
        boolean counted = !state.step().manual() && state.step().seconds() >= 5;
        return counted && state.secondsLeft() > 0 && state.secondsLeft() <= 3;
    }
}
