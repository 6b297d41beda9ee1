package backplan.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEngineTest {

    private final FakeClock clock = new FakeClock();
    private final ScriptedControls controls = new ScriptedControls(clock);
    private final RecordingView view = new RecordingView();

    private static SessionSettings settings(Integer sets, Integer work, Integer rest) {
        return SessionSettings.DEFAULTS.withSets(sets).withWork(work).withRest(rest).withLeadIn(5);
    }

    private Routine routine(SessionSettings settings, String... ids) {
        return Fixtures.routine(settings, ids);
    }

    private SessionResult run(Routine routine) {
        return new SessionEngine(routine, clock, controls, view).run();
    }

    @Test
    void aWholeSessionEndsExactlyWhenPlannedAndCountsEverySet() {
        Routine routine = routine(SessionSettings.DEFAULTS, "dead-bug", "bird-dog");
        // 10 get-ready + 3×45 + 2×15 rest + 30 between + 10 get-ready + 3×30 + 2×15
        assertEquals(10 + 135 + 30 + 30 + 10 + 90 + 30, routine.totalSeconds());

        SessionResult result = run(routine);

        assertEquals(routine.totalSeconds(), clock.seconds(), 1e-9);
        assertEquals(Ending.COMPLETED, result.ending());
        assertEquals(List.of(3, 3), result.exercises().stream().map(ExerciseResult::setsDone).toList());
        assertEquals(135 + 90, result.activeSeconds());
        assertEquals(routine.totalSeconds(), result.totalSeconds());
        assertEquals(SessionEvent.START, view.events().get(0));
        assertEquals(routine.steps().size(), view.count(SessionEvent.STEP));
    }

    @Test
    void lateWakeUpsNeverAccumulate() {
        controls.late(7_000_000); // every wake-up 7 ms late, hundreds of times
        Routine routine = routine(settings(3, 600, 60), "dead-bug", "bird-dog", "glute-bridge");

        run(routine);

        double error = clock.seconds() - routine.totalSeconds();
        assertTrue(error >= 0 && error < 0.008, "ended " + error + " s off after " + controls.waits + " waits");
    }

    @Test
    void ticksOncePerSecondAndWakesOnlyAtSecondBoundaries() {
        Routine routine = routine(settings(1, 10, 0), "dead-bug");

        run(routine);

        // 5 s lead-in + 10 s work: one wake per second, no polling in between
        assertEquals(15, controls.waits);
        List<Integer> workLeft = view.shown.stream()
                .filter(s -> s.event() == SessionEvent.TICK && s.state().step().isWork())
                .map(s -> s.state().secondsLeft()).toList();
        assertEquals(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1), workLeft);
    }

    @Test
    void pauseShiftsTheDeadlineByExactlyThePausedTime() {
        controls.at(7, Command.TOGGLE_PAUSE).at(19.5, Command.TOGGLE_PAUSE);
        Routine routine = routine(settings(1, 10, 0), "dead-bug");

        SessionResult result = run(routine);

        assertEquals(15 + 12.5, clock.seconds(), 1e-9);
        assertEquals(12, result.pausedSeconds(), 1); // 12.5 rounds either way
        assertEquals(10, result.activeSeconds());
        assertEquals(1, result.exercises().get(0).setsDone());
        assertTrue(view.events().containsAll(List.of(SessionEvent.PAUSE, SessionEvent.RESUME)));
        SessionState paused = view.shown.stream().filter(s -> s.event() == SessionEvent.PAUSE).findFirst()
                .orElseThrow().state();
        assertTrue(paused.paused());
        assertEquals(8, paused.secondsLeft());
    }

    @Test
    void skippingAWorkStepMovesOnAtOnceAndTheSetIsNotCounted() {
        controls.at(8, Command.SKIP);
        Routine routine = routine(settings(2, 10, 5), "dead-bug");

        SessionResult result = run(routine);

        // skipped at 8 s: rest 5 s, then set 2 (10 s): ends at 23 s
        assertEquals(23, clock.seconds(), 1e-9);
        ExerciseResult r = result.exercises().get(0);
        assertEquals(1, r.setsDone());
        assertEquals(1, r.skippedSteps());
        assertEquals(13, r.workSeconds());
        assertEquals(Ending.COMPLETED, result.ending());
    }

    @Test
    void perSideWorkRunsTheFullTimeOnEachSideWithASwitchBetween() {
        Routine routine = routine(settings(null, null, null), "crossed-ankle-curl-up");
        List<StepKind> kinds = routine.steps().stream().map(Step::kind).toList();
        assertEquals(List.of(StepKind.GET_READY, StepKind.WORK, StepKind.SWITCH, StepKind.WORK), kinds);
        // the get-ready already says which side to start on
        assertEquals(List.of(Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT),
                routine.steps().stream().map(Step::side).toList());

        SessionResult result = run(routine);

        assertEquals(5 + 30 + 5 + 30, clock.seconds(), 1e-9);
        assertEquals(1, result.exercises().get(0).setsDone());
        assertEquals(60, result.activeSeconds());
    }

    @Test
    void skippingOneSideLosesTheSet() {
        controls.at(10, Command.SKIP);
        SessionResult result = run(routine(settings(null, null, null), "crossed-ankle-curl-up"));
        assertEquals(0, result.exercises().get(0).setsDone());
    }

    @Test
    void pacedRepsCountEachRepAndPulseOnEachExhale() {
        SessionSettings s = SessionSettings.DEFAULTS.withSets(1).withLeadIn(0).withReps(true);
        Routine routine = routine(s, "oblique-knee-drop");
        assertEquals(40, routine.totalSeconds()); // 10 reps × (2 s out + 2 s back)

        run(routine);

        List<Integer> reps = view.shown.stream().filter(x -> x.event() == SessionEvent.REP)
                .map(x -> x.state().rep()).toList();
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), reps); // rep 1 is announced by the step itself
        assertEquals(10, view.count(SessionEvent.EXHALE));
        view.shown.stream().filter(x -> x.event() == SessionEvent.EXHALE)
                .forEach(x -> assertTrue(x.state().exhale()));
    }

    @Test
    void manualRepsWaitForEnter() {
        controls.at(3, Command.DONE).at(20, Command.DONE);
        SessionSettings s = SessionSettings.DEFAULTS.withSets(2).withRest(5).withLeadIn(0).withRepsManual(true);
        Routine routine = routine(s, "oblique-knee-drop");
        assertEquals(5, routine.totalSeconds()); // only the rest is timed

        SessionResult result = run(routine);

        assertEquals(20, clock.seconds(), 1e-9);
        assertEquals(2, result.exercises().get(0).setsDone());
    }

    @Test
    void quitAsksFirstAndNoGoesOn() {
        controls.at(6, Command.ASK_QUIT).at(9, Command.NO);
        SessionResult result = run(routine(settings(1, 10, 0), "dead-bug"));
        assertEquals(Ending.COMPLETED, result.ending());
        assertEquals(18, clock.seconds(), 1e-9); // 3 s spent deciding count as paused
        assertTrue(view.events().contains(SessionEvent.ASK_QUIT));
    }

    @Test
    void quitConfirmedStopsAndKeepsWhatWasDone() {
        controls.at(6, Command.ASK_QUIT).at(7, Command.YES);
        SessionResult result = run(routine(settings(1, 10, 0), "dead-bug", "bird-dog"));
        assertEquals(Ending.QUIT, result.ending());
        assertFalse(result.completed());
        assertEquals(7, clock.seconds(), 1e-9);
        assertEquals(1, result.exercises().get(0).workSeconds());
        assertEquals(0, result.exercises().get(0).setsDone());
        assertEquals(SessionEvent.END, view.events().get(view.events().size() - 1));
    }

    @Test
    void ctrlCAndSignalsStopAtOnce() {
        controls.at(12, Command.QUIT_NOW);
        assertEquals(Ending.INTERRUPTED, run(routine(settings(1, 10, 0), "dead-bug")).ending());

        FakeClock other = new FakeClock();
        SessionResult r = new SessionEngine(routine(settings(1, 10, 0), "dead-bug"), other,
                new ScriptedControls(other).at(3, Command.INTERRUPT), new RecordingView()).run();
        assertEquals(Ending.INTERRUPTED, r.ending());
    }

    @Test
    void plusAndMinusChangeTheStepByTenSeconds() {
        controls.at(6, Command.MORE_TIME).at(7, Command.MORE_TIME).at(8, Command.LESS_TIME);
        run(routine(settings(1, 30, 0), "dead-bug"));
        assertEquals(5 + 30 + 10, clock.seconds(), 1e-9);

        FakeClock c2 = new FakeClock();
        ScriptedControls k2 = new ScriptedControls(c2).at(6, Command.LESS_TIME).at(7, Command.LESS_TIME);
        SessionResult r = new SessionEngine(routine(settings(1, 15, 0), "dead-bug"), c2, k2, new RecordingView()).run();
        assertEquals(7, c2.seconds(), 1e-9); // the second -10 s would end the step in the past: it ends now
        assertEquals(1, r.exercises().get(0).setsDone());
    }

    @Test
    void keysWhileAskingToQuitAreIgnoredExceptTheAnswer() {
        controls.at(6, Command.ASK_QUIT).at(6.5, Command.SKIP).at(6.7, Command.TOGGLE_PAUSE).at(7, Command.NO);
        SessionResult r = run(routine(settings(1, 10, 0), "dead-bug"));
        assertEquals(1, r.exercises().get(0).setsDone());
        assertEquals(0, r.exercises().get(0).skippedSteps());
    }

    @Test
    void restBetweenExercisesNamesTheNextOne() {
        Routine routine = routine(SessionSettings.DEFAULTS, "dead-bug", "bird-dog");
        Step between = routine.steps().stream().filter(s -> s.kind() == StepKind.NEXT).findFirst().orElseThrow();
        assertEquals("bird-dog", routine.exerciseOf(between).exercise().id());
        assertEquals(30, between.seconds());
    }

    @Test
    void theSessionBarReachesTheTotalExactly() {
        Routine routine = routine(settings(2, 10, 5), "dead-bug");
        run(routine);
        SessionState end = view.shown.get(view.shown.size() - 1).state();
        assertEquals(routine.totalSeconds(), end.doneSeconds());
        for (RecordingView.Shown s : view.shown) {
            assertTrue(s.state().doneSeconds() <= routine.totalSeconds());
        }
    }

    @Test
    void aProcessStoppedForAMinuteCountsTheTimeAsPausedNotWork() {
        // a wake-up 60 s late (Ctrl-Z then fg, or SIGSTOP then SIGCONT) in the middle of a 10 s set
        ScriptedControls frozen = new ScriptedControls(clock) {
            private boolean once;

            @Override
            public Command await(long deadline) {
                Command c = super.await(deadline);
                if (!once && clock.seconds() >= 8) {
                    once = true;
                    clock.advanceTo(clock.monotonicNanos() + 60_000_000_000L);
                }
                return c;
            }
        };
        SessionResult result = new SessionEngine(routine(settings(1, 10, 0), "dead-bug"), clock, frozen, view).run();

        assertEquals(15 + 60, clock.seconds(), 1e-9, "the set goes on where it stood");
        assertEquals(10, result.activeSeconds(), "the time away is not work");
        assertEquals(60, result.pausedSeconds(), 1);
        assertEquals(1, result.exercises().get(0).setsDone());
    }

    @Test
    void nineSecondsStoppedAreNineSecondsPausedNotSix() {
        // issue 19: Ctrl-Z for about 9 s was summarised as "(6 s paused)": the whole time away counts, not the
        // part past the threshold that tells a stop from a late wake-up
        ScriptedControls frozen = new ScriptedControls(clock) {
            private boolean once;

            @Override
            public Command await(long deadline) {
                Command c = super.await(deadline);
                if (!once && clock.seconds() >= 4) {
                    once = true;
                    clock.advanceTo(clock.monotonicNanos() + 9_000_000_000L);
                }
                return c;
            }
        };
        SessionResult result = new SessionEngine(routine(settings(1, 10, 0), "dead-bug"), clock, frozen, view).run();

        assertEquals(9, result.pausedSeconds(), "paused: " + result.pausedSeconds());
        assertEquals(10, result.activeSeconds());
    }

    @Test
    void noToTheQuitQuestionAskedFromAPauseGoesBackToThePause() {
        controls.at(6, Command.TOGGLE_PAUSE).at(7, Command.ASK_QUIT).at(8, Command.NO).at(20, Command.TOGGLE_PAUSE);
        run(routine(settings(1, 10, 0), "dead-bug"));
        assertEquals(15 + 14, clock.seconds(), 1e-9, "paused from 6 s to 20 s, the question included");
        SessionState afterNo = view.shown.stream().filter(s -> s.state().stepIndex() == 1 && s.event()
                == SessionEvent.PAUSE).reduce((a, b) -> b).orElseThrow().state();
        assertTrue(afterNo.paused() && !afterNo.confirmingQuit());
    }
}
