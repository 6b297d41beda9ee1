package backplan.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.Catalog;
import backplan.catalog.Exercise;
import backplan.term.CountdownScreenAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random key sequences (and random screen sizes) against the engine and the screen, from fixed seeds so a failure
 * is reproducible: the invariants always hold.
 */
class SessionEnginePropertyTest {

    private static final Command[] COMMANDS = Command.values();
    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = Fixtures.catalog();
    }

    private static Routine randomPlan(Random r, int sets, int work, boolean reps) {
        List<Exercise> chosen = new ArrayList<>();
        List<Exercise> all = catalog.exercises();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            chosen.add(all.get(r.nextInt(all.size())));
        }
        return SessionBuilder.build(catalog, chosen, SessionSettings.DEFAULTS.withSets(sets).withWork(work)
                .withRest(3).withLeadIn(2).withSwitchPause(2).withRestBetween(4).withReps(reps));
    }

    @Test
    void invariantsHoldUnderAnyKeys() {
        for (long seed = 1; seed <= 400; seed++) {
            Random r = new Random(seed);
            Routine routine = randomPlan(r, 1 + r.nextInt(3), 1 + r.nextInt(20), r.nextBoolean());
            FakeClock clock = new FakeClock();
            ScriptedControls controls = new ScriptedControls(clock);
            double t = 0;
            for (int i = 0, n = r.nextInt(40); i < n; i++) {
                t += r.nextDouble() * 20;
                controls.at(t, COMMANDS[r.nextInt(COMMANDS.length)]);
            }
            // Close whatever is still open at the end (a pause or a quit question), so no script stalls.
            controls.at(t + 1, Command.NO).at(t + 2, Command.TOGGLE_PAUSE).at(t + 3, Command.TOGGLE_PAUSE);
            controls.at(t + 4, Command.QUIT_NOW);
            RecordingView view = new RecordingView();
            int width = 1 + r.nextInt(300);
            int height = 1 + r.nextInt(100);

            SessionResult result = new SessionEngine(routine, clock, controls, view).run();

            String where = "seed " + seed;
            for (RecordingView.Shown shown : view.shown) {
                SessionState s = shown.state();
                assertTrue(s.doneSeconds() >= 0 && s.doneSeconds() <= routine.totalSeconds(), where);
                if (s.finished()) {
                    continue;
                }
                Step step = s.step();
                assertTrue(s.secondsLeft() >= 0, where + ": time left is never negative");
                assertTrue(step.set() >= 0 && step.set() <= s.exercise().sets(), where + ": set in range");
                assertTrue(s.rep() <= Math.max(1, step.reps()), where + ": rep in range");
                List<Integer> widths = CountdownScreenAccess.widths(s, width, height);
                assertTrue(widths.size() <= height, where + ": the screen fits its height " + height);
                widths.forEach(w -> assertTrue(w < width, where + ": a line fits the width " + width));
            }
            for (ExerciseResult e : result.exercises()) {
                assertTrue(e.setsDone() >= 0 && e.setsDone() <= e.setsPlanned(), where + ": sets done in range");
            }
            assertTrue(result.activeSeconds() <= clock.seconds() + 1, where + ": active time within the session");
            assertEquals(SessionEvent.END, view.events().get(view.events().size() - 1), where);
        }
    }

    @Test
    void timeDonePlusTimeLeftIsTimePlannedPlusTimePaused() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            Routine routine = randomPlan(r, 2, 5, false);
            FakeClock clock = new FakeClock();
            ScriptedControls controls = new ScriptedControls(clock);
            double at = 0;
            double paused = 0;
            for (int i = 0, n = r.nextInt(6); i < n; i++) {
                // half-second presses never coincide with a step boundary, where the order would be a coin toss
                double start = Math.floor(at + r.nextInt(60)) + 0.5;
                double length = 1 + r.nextInt(30);
                if (start < routine.totalSeconds() + paused) {
                    paused += length;
                    controls.at(start, Command.TOGGLE_PAUSE).at(start + length, Command.TOGGLE_PAUSE);
                }
                at = start + length;
            }
            RecordingView view = new RecordingView();

            SessionResult result = new SessionEngine(routine, clock, controls, view).run();

            assertEquals(routine.totalSeconds() + paused, clock.seconds(), 1e-6, "seed " + seed);
            assertEquals(Ending.COMPLETED, result.ending(), "seed " + seed);
            for (RecordingView.Shown shown : view.shown) {
                SessionState s = shown.state();
                if (!s.finished() && !s.step().manual()) {
                    assertTrue(s.secondsLeft() <= s.stepSeconds(), "seed " + seed + ": left <= length");
                }
            }
        }
    }
}
