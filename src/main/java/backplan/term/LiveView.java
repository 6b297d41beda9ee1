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

    /** The key map: one place, shown in the README and on the screen's footer. */
    static Command command(int key) {
        return switch (key) {
            case ' ', 'p', 'P' -> Command.TOGGLE_PAUSE;
            case 's', 'S', FullScreen.RIGHT -> Command.SKIP;
            case '+', '=' -> Command.MORE_TIME;
            case '-', '_' -> Command.LESS_TIME;
            case 'q', 'Q', FullScreen.ESC -> Command.ASK_QUIT;
            case 'y', 'Y' -> Command.YES;
            case 'n', 'N' -> Command.NO;
            case FullScreen.ENTER -> Command.DONE;
            case FullScreen.CTRL_C -> Command.QUIT_NOW;
            case 12 -> Command.REDRAW; // Ctrl-L
            default -> null;
        };
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
        if (!quiet && (event == SessionEvent.STEP
                || event == SessionEvent.TICK && state.step().seconds() >= 5 && state.secondsLeft() <= 3
                && state.secondsLeft() > 0 && !state.step().manual())) {
            screen.bell();
        }
    }
}
