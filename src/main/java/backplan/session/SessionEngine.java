package backplan.session;

import backplan.session.SessionState.Countdown;
import backplan.session.SessionState.RepPace;
import backplan.session.SessionState.Status;
import backplan.session.SessionState.Totals;
import java.time.ZonedDateTime;

/**
 * Runs a session's routine against an injected clock, controls and view.
 *
 * <p>Its state is a few named parts: the {@link StepTimer} (the one place a deadline is computed), the
 * {@link PauseClock}, the {@link Tallies} of what was done, and the {@link Announced} memory of what the view was
 * last told, so a tick is shown only when something on screen changes.
 */
public final class SessionEngine {

    private static final long SECOND = StepTimer.SECOND;
    private static final long ADJUST = 10 * SECOND;
    /** Later than this past a wake-up, the process was not running; a busy machine is late by milliseconds. */
    private static final long TIME_AWAY = 3 * SECOND;

    private final Routine routine;
    private final SessionClock clock;
    private final Controls controls;
    private final SessionView view;

    private final StepTimer timer = new StepTimer();
    private final PauseClock pauses = new PauseClock();
    private final Tallies tallies;
    private final Announced announced = new Announced();

    private int index;
    /** Planned seconds of the steps behind us. */
    private int secondsBehind;
    private boolean askingToQuit;
    /** The quit question was asked from a pause: "no" goes back to the pause, not to the session. */
    private boolean pausedBeforeAsking;
    private long sessionStart;
    private ZonedDateTime wallStart;
    private Ending ending;

    public SessionEngine(Routine routine, SessionClock clock, Controls controls, SessionView view) {
        this.routine = routine;
        this.clock = clock;
        this.controls = controls;
        this.view = view;
        this.tallies = new Tallies(routine.exercises().size());
    }

    /** Runs to the end, a quit or an interrupt, and returns what was done. */
    public SessionResult run() {
        startClocks();
        if (routine.steps().isEmpty()) {
            ending = Ending.COMPLETED;
            view.show(SessionEvent.END, state(sessionStart));
            return result(sessionStart);
        }
        view.show(SessionEvent.START, state(sessionStart));
        // The clock starts once the first line is out: a cold JVM may take milliseconds to print it, and the
        // session should end exactly its planned length after the person saw it begin.
        startClocks();
        view.show(SessionEvent.STEP, state(sessionStart));
        try {
            while (ending == null) {
                if (pauses.paused()) {
                    // the session's elapsed clock keeps moving on screen while everything else stands still
                    Command command = controls.await(nextWholeSecond(clock.monotonicNanos()));
                    if (command != null) {
                        handle(command);
                    } else {
                        view.show(SessionEvent.CLOCK, state(clock.monotonicNanos()));
                    }
                    continue;
                }
                long now = clock.monotonicNanos();
                long deadline = timer.deadline(step());
                if (now >= deadline) {
                    completeStep(deadline);
                    continue;
                }
                long wake = timer.nextWake(step(), now);
                Command command = controls.await(wake);
                creditTimeAway(wake);
                if (command != null) {
                    handle(command);
                } else if (clock.monotonicNanos() < deadline) {
                    tick(); // at the deadline itself the next step's STEP event says it all
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Ending.INTERRUPTED);
        }
        long end = clock.monotonicNanos();
        view.show(SessionEvent.END, state(end));
        return result(end);
    }

    /**
     * A wake-up far later than asked for means the process did not run: stopped (Ctrl-Z, SIGSTOP) or frozen. That
     * time away counts as paused, not as work, and the step goes on where it was.
     */
    private void creditTimeAway(long wake) {
        long away = clock.monotonicNanos() - wake;
        if (away > TIME_AWAY) {
            timer.addPaused(away);
            pauses.addAway(away);
        }
    }

    /** The next moment the session's elapsed time reaches a whole second. */
    private long nextWholeSecond(long now) {
        return sessionStart + (Math.max(0, now - sessionStart) / SECOND + 1) * SECOND;
    }

    private void startClocks() {
        sessionStart = clock.monotonicNanos();
        wallStart = clock.wallNow();
        timer.restart(sessionStart);
    }

    private Step step() {
        return routine.steps().get(index);
    }

    private void tick() {
        SessionState s = state(clock.monotonicNanos());
        SessionEvent event = announced.next(s);
        if (event != null) {
            view.show(event, s);
        }
    }

    private void handle(Command command) {
        long now = clock.monotonicNanos();
        if (askingToQuit && !command.answersTheQuitQuestion()) {
            return; // only the answer, or a signal, counts while the question is on screen
        }
        if (askingToQuit && command.goesOnFromTheQuitQuestion()) {
            command = Command.NO;
        }
        switch (command) {
            case TOGGLE_PAUSE -> {
                if (waitingForTheStart()) {
                    completeStep(now); // space starts the exercise, as Enter does
                } else if (pauses.paused()) {
                    resume(now);
                    view.show(SessionEvent.RESUME, state(now));
                } else {
                    pauses.pause(now);
                    view.show(SessionEvent.PAUSE, state(now));
                }
            }
            case SKIP -> {
                resume(now);
                skipStep(now);
            }
            case MORE_TIME -> adjust(ADJUST, now);
            case LESS_TIME -> adjust(-ADJUST, now);
            case ASK_QUIT -> {
                pausedBeforeAsking = pauses.paused();
                pauses.pause(now);
                askingToQuit = true;
                view.show(SessionEvent.ASK_QUIT, state(now));
            }
            case YES -> {
                if (askingToQuit) {
                    stop(Ending.QUIT);
                }
            }
            case NO -> {
                if (askingToQuit) {
                    askingToQuit = false;
                    if (pausedBeforeAsking) {
                        view.show(SessionEvent.PAUSE, state(now)); // back to the pause it was asked from
                    } else {
                        resume(now);
                        view.show(SessionEvent.RESUME, state(now));
                    }
                }
            }
            case DONE -> {
                if (!pauses.paused() && step().manual()) {
                    completeStep(now);
                }
            }
            case QUIT_NOW, INTERRUPT -> stop(Ending.INTERRUPTED); // at once, no questions after
            case REDRAW -> view.show(SessionEvent.REDRAW, state(now));
            case RATE_EASY, RATE_FINE, RATE_HARD, RATE_HURT -> {
                int exercise = state(now).ratedExercise();
                if (exercise >= 0) {
                    tallies.rate(exercise, command.rating());
                    view.show(SessionEvent.RATED, state(now));
                }
            }
        }
    }

    /** A get-ready that waits for the person instead of counting down ({@code --wait}). */
    private boolean waitingForTheStart() {
        return !pauses.paused() && step().manual() && !step().isWork();
    }

    private void adjust(long delta, long now) {
        if (pauses.paused() || step().manual()) {
            return;
        }
        timer.adjust(delta);
        if (timer.deadline(step()) <= now) {
            completeStep(now);
        } else {
            view.show(SessionEvent.TIME, state(now));
        }
    }

    private void resume(long now) {
        timer.addPaused(pauses.resume(now));
    }

    private void stop(Ending why) {
        long now = clock.monotonicNanos();
        resume(now);
        if (ending == null && index < routine.steps().size()) {
            tallies.stopped(step(), timer.activeNanos(now));
        }
        ending = why;
    }

    /** The step ran out at {@code end} (its deadline, so no drift, or now for a set ended with Enter). */
    private void completeStep(long end) {
        tallies.finished(step(), timer.activeNanos(end));
        nextStep(end);
    }

    private void skipStep(long now) {
        tallies.skipped(step(), timer.activeNanos(now));
        view.show(SessionEvent.SKIP, state(now));
        nextStep(now);
    }

    private void nextStep(long at) {
        secondsBehind += step().seconds();
        index++;
        timer.restart(at);
        announced.reset();
        if (index >= routine.steps().size()) {
            ending = Ending.COMPLETED;
        } else {
            view.show(SessionEvent.STEP, state(at));
        }
    }

    private SessionState state(long now) {
        long elapsed = Math.max(0, (now - sessionStart) / SECOND);
        if (index >= routine.steps().size()) {
            return new SessionState(routine, index, new Countdown(0, 0), elapsed, new Totals(routine.totalSeconds(), 0),
                    Status.RUNNING, RepPace.NONE, tallies.ratings());
        }
        Step step = step();
        long at = pauses.frozenAt(now);
        int length = timer.lengthSeconds(step);
        int left = timer.secondsLeft(step, at);
        int done = secondsBehind + (step.manual() ? 0 : Math.max(0, Math.min(step.seconds(), length - left)));
        int ahead = routine.totalSeconds() - secondsBehind - step.seconds();
        Totals totals = new Totals(done, ahead + (step.manual() ? 0 : left));
        Status status = askingToQuit ? Status.ASKING_TO_QUIT : pauses.paused() ? Status.PAUSED : Status.RUNNING;
        return new SessionState(routine, index, new Countdown(left, length), elapsed, totals, status,
                pace(step, timer.activeNanos(at)), tallies.ratings());
    }

    /** Which rep of a paced set, and whether it is in its breathing-out half. */
    private RepPace pace(Step step, long activeNanos) {
        if (!step.isWork() || step.reps() == 0 || step.manual()) {
            return RepPace.NONE;
        }
        Tempo tempo = routine.tempo();
        long second = activeNanos / SECOND;
        int rep = (int) Math.min(step.reps(), second / tempo.repSeconds() + 1);
        return new RepPace(rep, second % tempo.repSeconds() >= tempo.outSeconds());
    }

    private SessionResult result(long end) {
        var exercises = tallies.results(routine);
        int active = exercises.stream().mapToInt(ExerciseResult::workSeconds).sum();
        ZonedDateTime wallEnd = wallStart.plusNanos(end - sessionStart);
        return new SessionResult(wallStart, wallEnd, ending, exercises, routine.totalSeconds(), active,
                (int) Math.round(pauses.totalNanos() / 1e9));
    }

    /** What the view was last told within the step, so each tick shows only what changed. */
    private static final class Announced {

        private int secondsLeft = -1;
        private int rep = 1; // rep 1 is announced by the step itself
        private boolean exhale;

        void reset() {
            secondsLeft = -1;
            rep = 1;
            exhale = false;
        }

        /** The event this state deserves: a new rep, the exhale, a new second, or nothing. */
        SessionEvent next(SessionState s) {
            if (s.rep() != rep && s.rep() > 0) {
                rep = s.rep();
                exhale = false;
                secondsLeft = s.secondsLeft();
                return SessionEvent.REP;
            }
            if (s.exhale() && !exhale) {
                exhale = true;
                secondsLeft = s.secondsLeft();
                return SessionEvent.EXHALE;
            }
            if (s.secondsLeft() != secondsLeft) {
                secondsLeft = s.secondsLeft();
                return SessionEvent.TICK;
            }
            return null;
        }
    }
}
