package backplan.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import backplan.term.CountdownScreenAccess;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random key sequences (and resizes) against the engine and the screen: the invariants always hold. */
class SessionEngineProperties {

    private static final Catalog CATALOG = load();

    private static Catalog load() {
        try {
            return CatalogLoader.loadBundled();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Press(double at, Command command) {}

    @Provide
    Arbitrary<List<Press>> presses() {
        Arbitrary<Press> press = Combinators.combine(Arbitraries.doubles().between(0, 400).ofScale(2),
                Arbitraries.of(Command.values())).as(Press::new);
        return press.list().ofMaxSize(40).map(l -> l.stream()
                .sorted(java.util.Comparator.comparingDouble(Press::at)).toList());
    }

    @Provide
    Arbitrary<List<String>> exercises() {
        return Arbitraries.of(CATALOG.ids()).list().ofMinSize(1).ofMaxSize(4);
    }

    private static SessionPlan plan(List<String> ids, int sets, int work, boolean reps) {
        List<Exercise> chosen = ids.stream().map(id -> CATALOG.find(id).orElseThrow()).toList();
        return SessionBuilder.build(CATALOG, chosen, new SessionSettings(sets, work, 3, 2, 2, 4, 0, reps, false,
                Tempo.DEFAULT, Progression.NONE));
    }

    @Property(tries = 300)
    void invariantsHoldUnderAnyKeys(@ForAll("exercises") List<String> ids, @ForAll("presses") List<Press> presses,
            @ForAll @IntRange(min = 1, max = 3) int sets, @ForAll @IntRange(min = 1, max = 20) int work,
            @ForAll boolean reps, @ForAll @IntRange(min = 1, max = 300) int width,
            @ForAll @IntRange(min = 1, max = 100) int height) {
        SessionPlan plan = plan(ids, sets, work, reps);
        FakeClock clock = new FakeClock();
        ScriptedControls controls = new ScriptedControls(clock);
        presses.forEach(p -> controls.at(p.at(), p.command()));
        // Answer any question still open at the end, so the script never leaves the engine waiting.
        controls.at(10_000, Command.NO).at(10_001, Command.TOGGLE_PAUSE).at(10_002, Command.TOGGLE_PAUSE);
        RecordingView view = new RecordingView();

        SessionResult result;
        try {
            result = new SessionEngine(plan, clock, controls, view).run();
        } catch (IllegalStateException stuck) {
            return; // paused with no key left to press: a script artefact, not an engine state
        }

        for (RecordingView.Shown shown : view.shown) {
            SessionState s = shown.state();
            assertTrue(s.doneSeconds() >= 0 && s.doneSeconds() <= plan.totalSeconds(), "session bar in range");
            if (!s.finished()) {
                Step step = s.step();
                assertTrue(s.secondsLeft() >= 0, "time left is never negative");
                assertTrue(step.set() >= 0 && step.set() <= s.exercise().sets(), "set in range");
                assertTrue(s.rep() <= Math.max(1, step.reps()), "rep in range");
                List<?> lines = CountdownScreenAccess.render(s, width, height);
                assertTrue(lines.size() <= height, "the screen fits its height");
                CountdownScreenAccess.widths(s, width, height).forEach(w -> assertTrue(w < width || width == 0,
                        "a line fits the width " + width));
            }
        }
        for (ExerciseResult e : result.exercises()) {
            assertTrue(e.setsDone() >= 0 && e.setsDone() <= e.setsPlanned(), "sets done in range");
        }
        assertTrue(result.activeSeconds() <= clock.seconds() + 1, "active time within the session");
        assertEquals(SessionEvent.END, view.events().get(view.events().size() - 1));
    }

    @Property(tries = 200)
    void pausesShiftTheEndByExactlyThePausedTime(@ForAll("exercises") List<String> ids,
            @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 200) Integer> toggles) {
        SessionPlan plan = plan(ids, 2, 5, false);
        FakeClock clock = new FakeClock();
        ScriptedControls controls = new ScriptedControls(clock);
        List<Integer> sorted = toggles.stream().sorted().distinct().toList();
        if (sorted.size() % 2 == 1) {
            sorted = sorted.subList(0, sorted.size() - 1); // every pause is resumed
        }
        double paused = 0;
        for (int i = 0; i < sorted.size(); i += 2) {
            // half-second presses never coincide with a step boundary, where the order would be a coin toss
            controls.at(sorted.get(i) + 0.5, Command.TOGGLE_PAUSE).at(sorted.get(i + 1) + 0.5, Command.TOGGLE_PAUSE);
        }

        SessionResult result = new SessionEngine(plan, clock, controls, new RecordingView()).run();

        // Presses after the end are never delivered; only pauses that began before it count.
        double end = plan.totalSeconds();
        for (int i = 0; i < sorted.size(); i += 2) {
            if (sorted.get(i) + 0.5 < end + paused) {
                paused += sorted.get(i + 1) - sorted.get(i);
            }
        }
        // time done + time left = time planned + time paused
        assertEquals(plan.totalSeconds() + paused, clock.seconds(), 1e-6);
        assertEquals(Ending.COMPLETED, result.ending());
    }
}
