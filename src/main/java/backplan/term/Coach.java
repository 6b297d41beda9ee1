package backplan.term;

import backplan.session.Command;
import backplan.session.QueuedControls;
import backplan.session.SessionClock;
import backplan.session.SessionEngine;
import backplan.session.SessionPlan;
import backplan.session.SessionResult;
import backplan.session.SessionView;
import backplan.session.Step;
import backplan.session.Controls;
import backplan.sound.CueView;
import backplan.sound.SoundSettings;
import java.time.Duration;
import java.util.Map;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs a session plan in one of the three ways it can be shown. {@link #open} takes the screen (in live mode) and
 * routes signals to the session until the returned {@link Coaching} is closed, so the end questions are asked on
 * the same screen after the session is recorded.
 */
public final class Coach {

    /** How the session is shown. */
    public enum Mode {
        LIVE,
        PLAIN,
        JSON
    }

    /**
     * How to coach.
     *
     * @param color colors on the live screen
     * @param ascii ASCII look-alikes for a locale that cannot show Unicode marks
     * @param sound  tones or the bell, and the voice
     * @param figure the exercise's moving figure on the live screen, where there is room
     * @param debug  say on stderr why sound fell back to the bell
     */
    public record Options(Mode mode, boolean color, boolean ascii, SoundSettings sound, boolean figure,
            boolean debug) {}

    /** Long enough for "session complete" and the end tone to finish before the program exits. */
    private static final Duration LAST_WORDS = Duration.ofSeconds(4);

    private final SessionClock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Map<String, String> env;

    /**
     * @param out where plain lines and JSON events go
     * @param err where a note about the voice goes
     * @param in  where a manual reps set's Enter comes from without a terminal
     * @param env the environment variables: PATH for the speech command, SSH for where sound plays
     */
    public Coach(SessionClock clock, PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    /** Takes the screen for a live session and routes SIGINT, SIGTERM and SIGHUP to the session. */
    public Coaching open(Options options) throws IOException {
        QueuedControls controls = new QueuedControls(clock);
        FullScreen screen = options.mode() == Mode.LIVE ? FullScreen.open() : null;
        Coaching[] opened = new Coaching[1];
        // SIGTERM, SIGHUP and SIGINT end whatever is waiting: the session, the end question, a held history lock.
        // Routed after the terminal is built, so these handlers, not JLine's, are the ones the signals reach.
        Signals signals = Signals.route(() -> {
            controls.send(Command.INTERRUPT);
            Coaching coaching = opened[0];
            if (coaching != null) {
                coaching.stopWaiting();
            }
        });
        opened[0] = new Coaching(options, controls, signals, screen);
        return opened[0];
    }

    /** A wait on a file that a signal cut short (another program held the history's lock, say). */
    public static final class StoppedWaiting extends IOException {

        private static final long serialVersionUID = 1L;

        StoppedWaiting(IOException cause) {
            super("stopped by a signal while waiting", cause);
        }
    }

    /** Something that waits on a file or a lock and may be cut short by a signal. */
    @FunctionalInterface
    public interface Wait<T> {
        T run() throws IOException;
    }

    /** One session on its screen, from the first step to the last question. */
    public final class Coaching implements AutoCloseable {

        private final Options options;
        private final QueuedControls controls;
        private final Signals signals;
        private final FullScreen screen;
        private CueView cues;
        private SessionResult lastResult;
        /** The thread in a {@link #interruptibly} wait, for a signal to wake. */
        private volatile Thread waiting;
        private volatile boolean cutShort;

        private Coaching(Options options, QueuedControls controls, Signals signals, FullScreen screen) {
            this.options = options;
            this.controls = controls;
            this.signals = signals;
            this.screen = screen;
        }

        /**
         * Runs the plan to its end, a quit or an interrupt, with its cues sounded beside the view (tones or the
         * bell, and the voice): nothing about sound can delay or stop the session.
         */
        public SessionResult run(SessionPlan plan) {
            SessionView inner;
            Controls input;
            Runnable bell;
            if (screen != null) {
                LiveView view = new LiveView(screen, new CountdownScreen(options.color(), options.ascii(),
                        options.figure()), true);
                view.handleSignals(controls);
                inner = view;
                input = new TerminalControls(screen, controls, clock);
                bell = screen::bell;
            } else {
                if (plan.steps().stream().anyMatch(Step::manual)) {
                    readEnterPresses();
                }
                inner = options.mode() == Mode.JSON ? new JsonLinesView(out) : new PlainView(out);
                input = controls;
                bell = () -> { }; // plain lines and JSON stay clean text: a bell byte would land in logs and parsers
            }
            cues = CueView.open(inner, options.sound(), env, bell);
            cues.voiceProblem().ifPresent(problem -> {
                err.println(problem);
                err.flush();
            });
            try {
                // no wait for the audio device: the first frame comes first, and a tone asked for while the
                // device opens plays as soon as it is open
                SessionResult result = new SessionEngine(plan, clock, input, cues).run();
                lastResult = result;
                if (result.completed()) {
                    cues.settle(LAST_WORDS);
                }
                return result;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the last words are cut short; the session is whole
                return lastResult;
            } finally {
                if (options.debug()) {
                    cues.debugNotes().forEach(note -> err.println("debug: " + note));
                }
            }
        }

        /**
         * Asks for a 0-10 rating on the live screen; null without one, when skipped (Enter, Esc, Ctrl-C), when a
         * signal ends the wait, or when the terminal went away. The session itself is already kept by then.
         */
        public Integer askPain(String question) {
            if (screen == null || screen.broken() || signals.received() != 0) {
                return null;
            }
            try {
                screen.onInterrupt(() -> screen.keys().interrupt()); // Ctrl-C skips the question
                return Picker.askPain(screen, question);
            } catch (IOException | RuntimeException | java.io.IOError e) {
                return null;
            }
        }

        /**
         * Runs a wait on a file (the history's lock, say) that a SIGTERM, SIGHUP or SIGINT cuts short: the wait
         * then fails with an IOException, and {@link #signal()} says which signal it was.
         */
        public <T> T interruptibly(Wait<T> wait) throws IOException {
            waiting = Thread.currentThread();
            try {
                return wait.run(); // a signal that already stopped the session does not stop its record
            } catch (IOException e) {
                if (cutShort) {
                    throw new StoppedWaiting(e);
                }
                throw e;
            } finally {
                waiting = null;
                Thread.interrupted(); // a signal's wake-up ends here, not in the next wait
            }
        }

        /** A signal arrived: end the question on screen and any wait on a file. */
        void stopWaiting() {
            if (screen != null) {
                screen.keys().interrupt();
            }
            Thread t = waiting;
            if (t != null) {
                cutShort = true;
                t.interrupt();
            }
        }

        /** The number of the signal that stopped the session, or 0. */
        public int signal() {
            return signals.received();
        }

        @Override
        public void close() {
            try {
                if (cues != null) {
                    cues.close(); // every speech process ends, on every way out
                }
                if (screen != null) {
                    screen.close();
                }
            } finally {
                signals.close();
            }
        }

        /** Without a terminal, a manual reps set ends on a line of input (Enter in a pipe). */
        private void readEnterPresses() {
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
}
