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
    private volatile SessionState last;

    public LiveView(FullScreen screen, CountdownScreen frames, boolean quiet) {
        this.screen = screen;
        this.frames = frames;
        this.quiet = quiet;
    }

    /** Ctrl-C as a signal quits; a resize redraws the last frame at once, from the signal thread. */
    public void handleSignals(QueuedControls controls) {
        screen.handleSignals(() -> controls.send(Command.QUIT_NOW), () -> {
            SessionState state = last;
            screen.invalidate();
            if (state != null) {
                screen.draw((w, h) -> frames.render(state, w, h));
            }
        });
    }

    @Override
    public void show(SessionEvent event, SessionState state) {
        if (event == SessionEvent.END) {
            return;
        }
        last = state;
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
