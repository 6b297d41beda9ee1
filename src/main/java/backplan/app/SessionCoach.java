package backplan.app;

import backplan.session.Command;
import backplan.session.Controls;
import backplan.session.QueuedControls;
import backplan.session.Rating;
import backplan.session.Routine;
import backplan.session.SessionClock;
import backplan.session.SessionEngine;
import backplan.session.SessionResult;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import backplan.session.Step;
import backplan.sound.CueView;
import backplan.sound.SoundSettings;
import backplan.term.CountdownScreen;
import backplan.term.FullScreen;
import backplan.term.Tty;
import backplan.term.LiveView;
import backplan.term.NoteQuestion;
import backplan.term.Picker;
import backplan.term.Signals;
import backplan.term.TerminalControls;
import backplan.text.JsonLinesView;
import backplan.text.PlainView;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The real coach: runs a session's routine on the live screen, as plain lines or as JSON Lines, with its cues
 * sounded beside it. {@link #open} takes the screen (in live mode) and routes signals to the session until the
 * returned {@link Coaching} is closed, so the end questions are asked on the same screen after the session is
 * recorded.
 */
public final class SessionCoach implements Coach {

    /** Long enough for "session complete" and the end tone to finish before the program exits. */
    private static final Duration LAST_WORDS = Duration.ofSeconds(4);

    private final Tty tty;
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
    public SessionCoach(Tty tty, SessionClock clock, PrintWriter out, PrintWriter err, InputStream in,
            Map<String, String> env) {
        this.tty = tty;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    @Override
    public void prepareScreen() {
        tty.prepare();
    }

    /** Takes the screen for a live session and routes SIGINT, SIGTERM and SIGHUP to the session. */
    @Override
    public Coaching open(Options options) throws IOException {
        QueuedControls controls = new QueuedControls(clock);
        FullScreen screen = options.mode() == Mode.LIVE ? tty.open() : null;
        OnScreen[] opened = new OnScreen[1];
        // SIGTERM, SIGHUP and SIGINT end whatever is waiting: the session, the end question, a held history lock.
        // Routed after the terminal is built, so these handlers, not JLine's, are the ones the signals reach.
        Signals signals = Signals.route(() -> {
            controls.send(Command.INTERRUPT);
            OnScreen coaching = opened[0];
            if (coaching != null) {
                coaching.stopWaiting();
            }
        });
        opened[0] = new OnScreen(options, controls, signals, screen);
        return opened[0];
    }


    /** One session on its screen, from the first step to the last question. */
    private final class OnScreen implements Coaching {

        private final Options options;
        private final QueuedControls controls;
        private final Signals signals;
        private final FullScreen screen;
        private CueView cues;
        private LiveView live;
        private SessionResult lastResult;
        private final List<String> notes = new ArrayList<>();
        /** Without a terminal: the input ended, so no line can end a manual reps set any more. */
        private boolean inputEnded;
        /** The session ran to its end and its last words may still be spoken, after the summary. */
        private boolean wordsLeft;
        /** The step last shown, and the manual step last skipped for want of input (both by index). */
        private int shownStep = -1;
        private int skippedStep = -1;
        private boolean shownManual;

        private OnScreen(Options options, QueuedControls controls, Signals signals, FullScreen screen) {
            this.options = options;
            this.controls = controls;
            this.signals = signals;
            this.screen = screen;
        }

        /**
         * Runs the routine to its end, a quit or an interrupt, with its cues sounded beside the view (tones or the
         * bell, and the voice): nothing about sound can delay or stop the session.
         */
        @Override
        public SessionResult run(Routine routine) {
            SessionView inner;
            Controls input;
            Runnable bell;
            if (screen != null) {
                LiveView view = new LiveView(screen, new CountdownScreen(options.color(), options.ascii(),
                        options.figure()), options.flash(), clock);
                live = view;
                view.handleSignals(controls);
                signals.reinstall(); // the native SIGINT handler is ours again, not the one JLine just set
                inner = view;
                input = new TerminalControls(screen, controls, clock);
                bell = screen::bell;
            } else {
                SessionView lines = options.mode() == Mode.JSON ? new JsonLinesView(out) : new PlainView(out, options.width());
                if (routine.steps().stream().anyMatch(Step::manual)) {
                    readEnterPresses();
                    inner = (event, state) -> {
                        lines.show(event, state);
                        if (event == SessionEvent.STEP) {
                            shown(state);
                        }
                    };
                } else {
                    inner = lines;
                }
                if (options.mode() == Mode.PLAIN && options.keyboard()) {
                    note(PLAIN_KEYS);
                }
                input = controls;
                // a bell byte would land in a log or a parser: only plain lines on a terminal ring it
                bell = options.mode() == Mode.PLAIN && options.ring() ? this::ringTheTerminal : () -> { };
            }
            cues = CueView.open(inner, options.sound(), env, bell);
            Optional<String> voiceAtStart = cues.voiceProblem();
            voiceAtStart.ifPresent(this::note);
            try {
                // no wait for the audio device: the first frame comes first, and a tone asked for while the
                // device opens plays as soon as it is open
                SessionResult result = new SessionEngine(routine, clock, input, cues).run();
                lastResult = result;
                return result; // recorded next; the last words are let finish on close
            } finally {
                // a voice that stopped during the session (its command could not start) says so once
                cues.voiceProblem().filter(p -> voiceAtStart.isEmpty()).ifPresent(this::note);
                internalError().ifPresent(e -> {
                    if (options.debug()) {
                        StringWriter trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        note(trace.toString().stripTrailing());
                    }
                    note("backplan: internal error while drawing the screen: " + e
                            + " (the session went on and is kept as it went"
                            + (options.debug() ? ")" : "; run with --debug for details)"));
                });
                if (options.debug()) {
                    cues.debugNotes().forEach(note -> note("debug: " + note));
                }
            }
        }

        @Override
        public Optional<Throwable> internalError() {
            return live == null ? Optional.empty() : live.fault();
        }

        /** The terminal's bell, written past the text filter (which shows control characters as '?'). */
        private void ringTheTerminal() {
            out.flush();
            try {
                FileOutputStream tty = new FileOutputStream(FileDescriptor.out);
                tty.write(7);
                tty.flush();
            } catch (IOException e) {
                // no terminal to ring
            }
        }

        /** A line for stderr: at once without a screen; once the screen is given back with one, or it is lost. */
        private void note(String line) {
            if (screen == null) {
                err.println(line);
                err.flush();
            } else {
                notes.add(line);
            }
        }

        /**
         * Asks for a 0-10 rating on the live screen; null without one, when skipped (Enter, Esc, Ctrl-C), when a
         * signal ends the wait, or when the terminal went away. The session itself is already kept by then.
         */
        @Override
        public Integer askPain(String question) {
            if (screen == null || screen.broken() || signals.received() != 0) {
                return null;
            }
            try {
                screen.onInterrupt(() -> screen.keys().interrupt()); // Ctrl-C JLine reads itself ends it
                signals.reinstall(); // and a SIGINT from the terminal ends it through the session's handler
                return Picker.askPain(screen, question);
            } catch (IOException | RuntimeException | java.io.IOError e) {
                return null;
            }
        }

        @Override
        public Rating askRating(String question) {
            if (screen == null || screen.broken() || signals.received() != 0) {
                return null;
            }
            try {
                screen.onInterrupt(() -> screen.keys().interrupt());
                signals.reinstall();
                return Picker.askRating(screen, question);
            } catch (IOException | RuntimeException | java.io.IOError e) {
                return null;
            }
        }

        @Override
        public String askNote(String question) {
            if (screen == null || screen.broken() || signals.received() != 0) {
                return null;
            }
            try {
                screen.onInterrupt(() -> screen.keys().interrupt());
                signals.reinstall();
                return NoteQuestion.ask(screen, question);
            } catch (RuntimeException | java.io.IOError e) {
                return null;
            }
        }

        /**
         * Says, for a wait on a file (the history's lock, say), whether to give it up: a SIGTERM, SIGHUP or SIGINT
         * has arrived since the wait began. A signal that already stopped the session does not stop its record.
         */
        @Override
        public BooleanSupplier signalledFromNow() {
            int before = signals.count();
            return () -> signals.count() > before;
        }

        /** "Session complete" and the end tone, given up to a few seconds once the session is recorded. */
        @Override
        public void lastWords() {
            if (!wordsLeft) {
                return;
            }
            wordsLeft = false;
            try {
                cues.settle(LAST_WORDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the last words are cut short; the session is recorded
            } finally {
                cues.close();
            }
        }

        /** A signal arrived: end the question on screen (a wait on a file asks {@link #signalledFromNow}). */
        void stopWaiting() {
            if (screen != null) {
                screen.keys().interrupt();
            }
        }

        /** The number of the signal that stopped the session, or 0. */
        @Override
        public int signal() {
            return signals.received();
        }

        @Override
        public void close() {
            try {
                if (cues != null && lastResult != null && lastResult.completed() && signals.received() == 0) {
                    wordsLeft = true; // spoken on while the summary is printed; lastWords ends them
                    cues.closeTones();
                } else if (cues != null) {
                    cues.close(); // every speech process ends, on every other way out
                }
                if (screen != null) {
                    screen.close();
                }
                notes.forEach(err::println);
                err.flush();
            } finally {
                signals.close();
            }
        }

        /**
         * Without a terminal, a manual reps set ends on a line of input (Enter in a pipe). Once the input ends
         * (closed, or /dev/null), nothing can end one: each is skipped, said once, instead of waiting for ever.
         */
        private void readEnterPresses() {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    while (r.readLine() != null) {
                        controls.send(Command.DONE);
                    }
                } catch (IOException ignored) {
                    // unreadable: as good as ended
                }
                inputEnded();
            }, "backplan-stdin");
            t.setDaemon(true);
            t.start();
        }

        private synchronized void inputEnded() {
            inputEnded = true;
            note("backplan: the input ended, so no Enter can end a reps set: each is skipped (--reps without"
                    + " --reps-manual counts them for you)");
            skipIfWaiting();
        }

        private synchronized void shown(SessionState state) {
            shownStep = state.stepIndex();
            shownManual = !state.finished() && state.step().manual();
            skipIfWaiting();
        }

        /** Skips the manual step on show when the input has ended, once: a second skip would skip the next step. */
        private void skipIfWaiting() {
            if (inputEnded && shownManual && skippedStep != shownStep) {
                skippedStep = shownStep;
                controls.send(Command.SKIP);
            }
        }
    }
}
