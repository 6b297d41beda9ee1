package backplan.session;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a session plan against an injected clock, controls and view.
 *
 * <p>Every deadline is the previous deadline plus the step's planned length plus the time paused in it, never
 * "now plus a second": waking late never adds up, so an hour-long session ends as precisely as a minute-long one.
 */
public final class SessionEngine {

    private static final long SECOND = 1_000_000_000L;
    private static final long ADJUST = 10 * SECOND;

    private final SessionPlan plan;
    private final MonotonicClock clock;
    private final Controls controls;
    private final SessionView view;

    private int index;
    private long sessionStart;
    private ZonedDateTime wallStart;
    private long stepStart;
    private long extra;
    private long pausedInStep;
    private long pauseStart = -1;
    private long totalPaused;
    private boolean confirmingQuit;
    private int doneSeconds;
    private int lastLeft = -1;
    private int lastRep = 1; // rep 1 is announced by the step itself
    private boolean lastExhale;
    private Ending ending;

    private final int[] setsDone;
    private final long[] workNanos;
    private final int[] skipped;
    private boolean setSkipped;

    public SessionEngine(SessionPlan plan, MonotonicClock clock, Controls controls, SessionView view) {
        this.plan = plan;
        this.clock = clock;
        this.controls = controls;
        this.view = view;
        int n = plan.exercises().size();
        this.setsDone = new int[n];
        this.workNanos = new long[n];
        this.skipped = new int[n];
    }

    /** Runs to the end, a quit or an interrupt, and returns what was done. */
    public SessionResult run() {
        sessionStart = clock.nanos();
        wallStart = clock.wallNow();
        stepStart = sessionStart;
        List<Step> steps = plan.steps();
        if (steps.isEmpty()) {
            ending = Ending.COMPLETED;
            view.show(SessionEvent.END, state(sessionStart));
            return result(sessionStart);
        }
        view.show(SessionEvent.START, state(sessionStart));
        // The clock starts once the first line is out: a cold JVM may take milliseconds to print it, and the
        // session should end exactly its planned length after the person saw it begin.
        sessionStart = clock.nanos();
        wallStart = clock.wallNow();
        stepStart = sessionStart;
        view.show(SessionEvent.STEP, state(sessionStart));
        try {
            while (ending == null) {
                if (isPaused()) {
                    handle(controls.await(Controls.NO_DEADLINE));
                    continue;
                }
                long now = clock.nanos();
                long deadline = deadline();
                if (now >= deadline) {
                    finishStep(deadline, false);
                    continue;
                }
                Command command = controls.await(nextWake(now, deadline));
                if (command == null) {
                    if (clock.nanos() < deadline) {
                        tick(); // at the deadline itself the next step's STEP event says it all
                    }
                } else {
                    handle(command);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Ending.INTERRUPTED);
        }
        long end = clock.nanos();
        view.show(SessionEvent.END, state(end));
        return result(end);
    }

    private boolean isPaused() {
        return pauseStart >= 0;
    }

    private Step step() {
        return plan.steps().get(index);
    }

    private long deadline() {
        Step step = step();
        if (step.manual()) {
            return Controls.NO_DEADLINE;
        }
        return stepStart + step.seconds() * SECOND + extra + pausedInStep;
    }

    /** The next moment the seconds shown change: a whole second before the deadline, or after the step began. */
    private long nextWake(long now, long deadline) {
        if (deadline == Controls.NO_DEADLINE) {
            long base = stepStart + pausedInStep;
            return base + ((now - base) / SECOND + 1) * SECOND;
        }
        long left = deadline - now;
        long toBoundary = (left - 1) % SECOND + 1;
        return now + toBoundary;
    }

    private void tick() {
        long now = clock.nanos();
        SessionState s = state(now);
        if (s.rep() != lastRep && s.rep() > 0) {
            lastRep = s.rep();
            lastExhale = false;
            lastLeft = s.secondsLeft();
            view.show(SessionEvent.REP, s);
        } else if (s.exhale() && !lastExhale) {
            lastExhale = true;
            lastLeft = s.secondsLeft();
            view.show(SessionEvent.EXHALE, s);
        } else if (s.secondsLeft() != lastLeft) {
            lastLeft = s.secondsLeft();
            view.show(SessionEvent.TICK, s);
        }
    }

    private void handle(Command command) {
        long now = clock.nanos();
        switch (command) {
            case TOGGLE_PAUSE -> {
                if (confirmingQuit) {
                    return;
                }
                if (isPaused()) {
                    resume(now);
                    view.show(SessionEvent.RESUME, state(now));
                } else {
                    pauseStart = now;
                    view.show(SessionEvent.PAUSE, state(now));
                }
            }
            case SKIP -> {
                if (confirmingQuit) {
                    return;
                }
                if (isPaused()) {
                    resume(now);
                }
                finishStep(now, true);
            }
            case MORE_TIME, LESS_TIME -> adjust(command == Command.MORE_TIME ? ADJUST : -ADJUST, now);
            case ASK_QUIT -> {
                if (!confirmingQuit) {
                    if (!isPaused()) {
                        pauseStart = now;
                    }
                    confirmingQuit = true;
                    view.show(SessionEvent.ASK_QUIT, state(now));
                }
            }
            case YES -> {
                if (confirmingQuit) {
                    stop(Ending.QUIT);
                }
            }
            case NO -> {
                if (confirmingQuit) {
                    confirmingQuit = false;
                    resume(now);
                    view.show(SessionEvent.RESUME, state(now));
                }
            }
            case DONE -> {
                if (!isPaused() && step().manual()) {
                    finishStep(now, false);
                }
            }
            case QUIT_NOW -> stop(Ending.INTERRUPTED); // Ctrl-C: at once, no questions after
            case INTERRUPT -> stop(Ending.INTERRUPTED);
            case REDRAW -> view.show(SessionEvent.REDRAW, state(now));
        }
    }

    private void adjust(long delta, long now) {
        if (isPaused() || step().manual()) {
            return;
        }
        extra += delta;
        if (deadline() <= now) {
            finishStep(now, false);
        } else {
            view.show(SessionEvent.TIME, state(now));
        }
    }

    private void resume(long now) {
        if (isPaused()) {
            pausedInStep += now - pauseStart;
            totalPaused += now - pauseStart;
            pauseStart = -1;
        }
    }

    private void stop(Ending why) {
        long now = clock.nanos();
        resume(now);
        if (ending == null && index < plan.steps().size()) {
            account(now, true, false);
        }
        ending = why;
    }

    /** Ends the current step at {@code end} (the planned deadline, so no drift) and starts the next one there. */
    private void finishStep(long end, boolean skip) {
        account(end, skip, true);
        if (skip) {
            view.show(SessionEvent.SKIP, state(end));
        }
        doneSeconds += step().seconds();
        index++;
        stepStart = end;
        extra = 0;
        pausedInStep = 0;
        lastLeft = -1;
        lastRep = 1;
        lastExhale = false;
        if (index >= plan.steps().size()) {
            ending = Ending.COMPLETED;
        } else {
            view.show(SessionEvent.STEP, state(end));
        }
    }

    /** Credits the work done in the current step; a set counts only when all its work ran to the end. */
    private void account(long end, boolean cut, boolean stepEnds) {
        Step step = step();
        if (!step.isWork()) {
            if (cut && stepEnds) {
                skipped[step.exercise()]++;
            }
            return;
        }
        int ex = step.exercise();
        if (step.side() != Side.RIGHT) {
            setSkipped = false;
        }
        workNanos[ex] += Math.max(0, end - stepStart - pausedInStep);
        if (cut) {
            setSkipped = true;
            if (stepEnds) {
                skipped[ex]++;
            }
        }
        boolean lastOfSet = step.side() != Side.LEFT;
        if (stepEnds && lastOfSet && !setSkipped) {
            setsDone[ex]++;
        }
    }

    private SessionState state(long now) {
        if (index >= plan.steps().size()) {
            return new SessionState(plan, index, 0, 0, elapsedSeconds(now), plan.totalSeconds(), false, false, 0,
                    false);
        }
        Step step = step();
        long at = isPaused() ? pauseStart : now;
        long inStep = Math.max(0, at - stepStart - pausedInStep);
        int stepSeconds = (int) Math.max(0, step.seconds() + extra / SECOND);
        int left;
        if (step.manual()) {
            left = (int) (inStep / SECOND);
        } else {
            long remaining = Math.max(0, stepStart + step.seconds() * SECOND + extra + pausedInStep - at);
            left = (int) ((remaining + SECOND - 1) / SECOND);
        }
        int rep = 0;
        boolean exhale = false;
        if (step.isWork() && step.reps() > 0 && !step.manual()) {
            int period = plan.tempo().repSeconds();
            long sec = inStep / SECOND;
            rep = (int) Math.min(step.reps(), sec / period + 1);
            exhale = sec % period >= plan.tempo().outSeconds();
        }
        int done = doneSeconds + (step.manual() ? 0 : Math.max(0, Math.min(step.seconds(), stepSeconds - left)));
        return new SessionState(plan, index, left, stepSeconds, elapsedSeconds(now), done, isPaused(),
                confirmingQuit, rep, exhale);
    }

    private long elapsedSeconds(long now) {
        return Math.max(0, (now - sessionStart) / SECOND);
    }

    private SessionResult result(long end) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (int i = 0; i < plan.exercises().size(); i++) {
            PlannedExercise p = plan.exercises().get(i);
            exercises.add(new ExerciseResult(p.exercise().id(), p.exercise().name(), p.exercise().category().key(),
                    p.sets(), setsDone[i], (int) Math.round(workNanos[i] / 1e9), skipped[i]));
        }
        int active = exercises.stream().mapToInt(ExerciseResult::workSeconds).sum();
        ZonedDateTime wallEnd = wallStart.plusNanos(end - sessionStart);
        return new SessionResult(wallStart, wallEnd, ending, exercises, plan.totalSeconds(), active,
                (int) Math.round(totalPaused / 1e9));
    }
}
