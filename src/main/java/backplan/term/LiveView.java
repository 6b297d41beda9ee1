package backplan.term;

import backplan.session.Command;
import backplan.session.QueuedControls;
import backplan.session.SessionClock;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import backplan.text.SessionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final long FIGURE_FRAME_NANOS = 250_000_000L;
    /** How long the screen stays inverted for a flash: long enough to catch the eye, short enough not to hide. */
    private static final long FLASH_NANOS = 200_000_000L;

    private final FullScreen screen;
    private final Frames frames;
    private final boolean flash;
    private final SessionClock clock;
    /** The state last shown and when, for the figure's moves between ticks. */
    private volatile Shown current;
    private final AtomicReference<Throwable> fault = new AtomicReference<>();

    /** Guards the timed redraws below; the one thread that does them waits on it. */
    private final Object timed = new Object();
    /** The drawing thread for what happens between events (a flash ending, the figure moving): one, made once. */
    private Thread between;
    /** A flash shown, to be drawn again plainly at {@link #flashEnds}, unless a newer state came first. */
    private Shown flashed;
    private long flashEnds;
    /** When the moving figure is drawn next. */
    private long nextFrame;
    private boolean ended;

    private record Shown(SessionState state, long at) {}

    public LiveView(FullScreen screen, CountdownScreen frames) {
        this(screen, frames, false);
    }

    /**
     * @param flash invert the screen for a moment as each step starts and in its last three seconds, for a room
     *              where sound is off
     */
    public LiveView(FullScreen screen, CountdownScreen frames, boolean flash) {
        this(screen, frames, flash, SessionClock.SYSTEM);
    }

    /**
     * @param clock the session's clock: the figure's position between ticks and the flash's end are read from it
     */
    public LiveView(FullScreen screen, CountdownScreen frames, boolean flash, SessionClock clock) {
        this(screen, (Frames) frames, flash, clock);
    }

    /** For tests: any frames, such as ones that fail. */
    LiveView(FullScreen screen, Frames frames, boolean flash) {
        this(screen, frames, flash, SessionClock.SYSTEM);
    }

    LiveView(FullScreen screen, Frames frames, boolean flash, SessionClock clock) {
        this.screen = screen;
        this.frames = frames;
        this.flash = flash;
        this.clock = clock;
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
            synchronized (timed) {
                ended = true;
                timed.notifyAll();
            }
            return;
        }
        if (event == SessionEvent.REDRAW) {
            screen.invalidate();
        }
        long now = clock.monotonicNanos();
        Shown shown = new Shown(state, now);
        current = shown;
        boolean flashing = flash && (event == SessionEvent.STEP || (event == SessionEvent.TICK
                && inLastSeconds(state)));
        if (flashing) {
            draw((w, h) -> CountdownScreen.inverted(frames.render(state, w, h), w, h), state);
        } else {
            draw((w, h) -> frames.render(state, w, h), state);
        }
        boolean moving = fault.get() == null && moves(state);
        if (flashing || moving) {
            synchronized (timed) {
                if (flashing) {
                    flashed = shown;
                    flashEnds = now + FLASH_NANOS;
                }
                nextFrame = now + FIGURE_FRAME_NANOS;
                if (between == null) {
                    between = new Thread(this::drawBetweenEvents, "backplan-between");
                    between.setDaemon(true);
                    between.start();
                }
                timed.notifyAll();
            }
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
     * The one thread for what happens between the engine's events: the plain frame again when a flash ends, and
     * the figure a few times a second while it moves, from the last state and the time since on the session's
     * clock. It waits while there is nothing to draw, and ends with the session.
     */
    @SuppressWarnings("ReferenceEquality") // identity: has a newer showing replaced the flashed one?
    private void drawBetweenEvents() {
        while (true) {
            Shown restore = null;
            Shown move = null;
            synchronized (timed) {
                long now = clock.monotonicNanos();
                long wake = Long.MAX_VALUE;
                if (flashed != null) {
                    if (now >= flashEnds) {
                        restore = flashed;
                        flashed = null;
                    } else {
                        wake = flashEnds;
                    }
                }
                Shown shown = current;
                if (shown != null && fault.get() == null && moves(shown.state())) {
                    if (now >= nextFrame) {
                        move = shown;
                        nextFrame = now + FIGURE_FRAME_NANOS;
                    } else {
                        wake = Math.min(wake, nextFrame);
                    }
                }
                if (restore == null && move == null) {
                    if (ended) {
                        return;
                    }
                    try {
                        if (wake == Long.MAX_VALUE) {
                            timed.wait();
                        } else {
                            timed.wait(Math.max(1, (wake - now + 999_999) / 1_000_000));
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    continue;
                }
            }
            if (restore != null && move == null) {
                SessionState state = restore.state();
                drawUnless(restore, (w, h) -> frames.render(state, w, h), state);
            }
            if (move != null) {
                SessionState state = move.state();
                double secondsIn = Math.min(state.stepSeconds(),
                        FigurePanel.secondsIn(state) + (clock.monotonicNanos() - move.at()) / 1e9);
                drawUnless(move, (w, h) -> frames.render(state, w, h, secondsIn), state);
            }
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
