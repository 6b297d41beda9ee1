package backplan.term;

import backplan.session.Command;
import backplan.session.QueuedControls;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import backplan.text.SessionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The live countdown: draws each event on the full screen and turns keys into session commands.
 *
 * <p>A screen that cannot be drawn (a fault in backplan, not a lost terminal) never stops the session: the first
 * fault is kept for the caller to report, and a plain frame with the step and its seconds stands in.
 */
public final class LiveView implements SessionView {

    /** A moving figure is redrawn this often between the engine's ticks. */
    private static final long FIGURE_FRAME_MS = 250;
    /** How long the screen stays inverted for a flash: long enough to catch the eye, short enough not to hide. */
    private static final long FLASH_MS = 200;

    private final FullScreen screen;
    private final Frames frames;
    private final boolean flash;
    /** The state last shown and when, for the figure's moves between ticks. */
    private volatile Shown current;
    private final AtomicBoolean animating = new AtomicBoolean();
    private final AtomicReference<Throwable> fault = new AtomicReference<>();

    private record Shown(SessionState state, long at) {}

    public LiveView(FullScreen screen, CountdownScreen frames) {
        this(screen, frames, false);
    }

    /**
     * @param flash invert the screen for a moment as each step starts and in its last three seconds, for a room
     *              where sound is off
     */
    public LiveView(FullScreen screen, CountdownScreen frames, boolean flash) {
        this(screen, (Frames) frames, flash);
    }

    /** For tests: any frames, such as ones that fail. */
    LiveView(FullScreen screen, Frames frames, boolean flash) {
        this.screen = screen;
        this.frames = frames;
        this.flash = flash;
    }

    /** Ctrl-C as a signal quits at once (the screen redraws itself after a resize or a stop). */
    public void handleSignals(QueuedControls controls) {
        screen.onInterrupt(() -> controls.send(Command.QUIT_NOW));
    }

    /** The first fault met while drawing, if any: the session went on past it on a plain frame. */
    public Optional<Throwable> fault() {
        return Optional.ofNullable(fault.get());
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
        Shown shown = new Shown(state, System.nanoTime());
        current = shown;
        boolean flashing = flash && (event == SessionEvent.STEP || (event == SessionEvent.TICK
                && inLastSeconds(state)));
        if (flashing) {
            draw((w, h) -> CountdownScreen.inverted(frames.render(state, w, h), w, h), state);
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(FLASH_MS);
                } catch (InterruptedException e) {
                    return;
                }
                drawUnless(shown, (w, h) -> frames.render(state, w, h), state);
            }, "backplan-flash");
            t.setDaemon(true);
            t.start();
        } else {
            draw((w, h) -> frames.render(state, w, h), state);
        }
        if (fault.get() == null && moves(state) && animating.compareAndSet(false, true)) {
            Thread t = new Thread(this::animate, "backplan-figure");
            t.setDaemon(true);
            t.start();
        }
    }

    private void draw(BiFunction<Integer, Integer, List<AttributedString>> frame,
            SessionState state) {
        try {
            screen.draw(frame);
        } catch (RuntimeException | StackOverflowError e) {
            fallBack(e, state);
        }
    }

    @SuppressWarnings("ReferenceEquality") // identity: has a newer showing replaced this one, even an equal one?
    private void drawUnless(Shown shown, BiFunction<Integer, Integer, List<AttributedString>> frame,
            SessionState state) {
        try {
            screen.drawUnless(() -> current != shown, frame);
        } catch (RuntimeException | StackOverflowError e) {
            fallBack(e, state);
        }
    }

    /** Keeps the first fault and shows the step in plain words, which need none of the screen's drawing. */
    private void fallBack(Throwable e, SessionState state) {
        fault.compareAndSet(null, e);
        try {
            screen.draw((w, h) -> plainFrame(state, w, h));
        } catch (RuntimeException | StackOverflowError again) {
            // nothing can be drawn: the session still runs and is still recorded
        }
    }

    /** The least a person needs: what to do and the seconds left, and that the screen could not be drawn. */
    static List<AttributedString> plainFrame(SessionState state, int width, int height) {
        List<String> words = new ArrayList<>();
        if (!state.finished()) {
            words.add(" " + SessionText.stepTitle(state.routine(), state.step()));
            words.add(" " + state.secondsLeft() + (state.paused() ? "  (paused)" : ""));
        }
        words.add(" backplan could not draw this screen; the session goes on. q quits.");
        List<AttributedString> out = new ArrayList<>();
        for (String w : words) {
            if (out.size() < height) {
                out.add(new AttributedString(w.length() < width ? w : w.substring(0, Math.max(0, width - 1)),
                        AttributedStyle.DEFAULT));
            }
        }
        return out;
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
            if (shown == null || fault.get() != null || !moves(shown.state())) {
                animating.set(false);
                Shown again = current;
                if (again == null || fault.get() != null || !moves(again.state())
                        || !animating.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            SessionState state = shown.state();
            double secondsIn = Math.min(state.stepSeconds(),
                    FigurePanel.secondsIn(state) + (System.nanoTime() - shown.at()) / 1e9);
            drawUnless(shown, (w, h) -> frames.render(state, w, h, secondsIn), state);
        }
    }

    private boolean moves(SessionState state) {
        try {
            return frames.moves(state);
        } catch (RuntimeException e) {
            fault.compareAndSet(null, e);
            return false;
        }
    }

    /** The last three seconds of a timed step at least five seconds long: one flash each. */
    private static boolean inLastSeconds(SessionState state) {
        boolean counted = !state.step().manual() && state.step().seconds() >= 5;
        return counted && state.secondsLeft() > 0 && state.secondsLeft() <= 3;
    }
}
