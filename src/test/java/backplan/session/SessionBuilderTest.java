package backplan.session;

import static org.junit.jupiter.api.Assertions.assertEquals;


import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.SecondsRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionBuilderTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = Fixtures.catalog();
    }

    @Test
    void theDefaultSessionTakesTheFirstOfEachCategoryAndStretchesLast() {
        List<Exercise> chosen = SessionBuilder.byCategory(catalog, Map.of());
        assertEquals(List.of(Category.values()), chosen.stream().map(Exercise::category).toList());
        assertEquals("cat-cow", chosen.get(0).id());
        assertEquals("dead-bug", chosen.get(1).id());
        assertEquals("oblique-knee-drop", chosen.get(3).id());
    }

    @Test
    void aPickReplacesOnlyItsCategory() {
        Exercise clam = catalog.find("clamshell").orElseThrow();
        List<Exercise> chosen = SessionBuilder.byCategory(catalog, Map.of(Category.GLUTES, List.of(clam)));
        assertEquals("clamshell", chosen.get(4).id());
        assertEquals("dead-bug", chosen.get(1).id());
    }

    @Test
    void aRangeUsesItsLowEndWithoutAPlanAndWorkOverrides() {
        Exercise catCow = catalog.find("cat-cow").orElseThrow();
        assertEquals(30, SessionBuilder.resolve(catCow, SessionSettings.DEFAULTS).workSeconds());
        SessionSettings work50 = SessionSettings.DEFAULTS.withWork(50).withWorkLengths((exercise, level, range) -> range.max());
        assertEquals(50, SessionBuilder.resolve(catCow, work50).workSeconds());
    }

    @Test
    void levelTwoOfTheKneeDropIsNamedAndRepsAreOffered() {
        Exercise drop = catalog.find("oblique-knee-drop").orElseThrow();
        SessionSettings level2 = SessionSettings.DEFAULTS.withLevels(Map.of("oblique-knee-drop", 2)).withReps(true);
        RoutineExercise p = SessionBuilder.resolve(drop, level2);
        assertEquals(drop.levels().get(1), p.level());
        assertEquals(10, p.reps());
        assertEquals("3 × 10 reps", p.format());
        RoutineExercise timed = SessionBuilder.resolve(drop, SessionSettings.DEFAULTS);
        assertEquals(drop.levels().get(0), timed.level(), "an exercise with levels starts at its first");
        assertEquals("3 × 30 s", timed.format());
    }

    /** Words that take 12.3 s at a get-ready and 7.5 s at a switch, whatever the step. */
    private static final StepWords WORDS = (routine, index) -> switch (routine.steps().get(index).kind()) {
        case GET_READY -> 12.3;
        case SWITCH -> 7.5;
        default -> 100; // never asked: work and rests are written to fit, not grown
    };

    @Test
    void withTheVoiceAGetReadyAndASwitchGrowToFitTheirWordsAndSaySo() {
        Exercise curl = catalog.find("crossed-ankle-curl-up").orElseThrow();
        Routine quiet = SessionBuilder.build(catalog, List.of(curl), SessionSettings.DEFAULTS);
        Routine spoken = SessionBuilder.build(catalog, List.of(curl), SessionSettings.DEFAULTS.withStepWords(WORDS));
        assertEquals(quiet.steps().size(), spoken.steps().size());
        for (int i = 0; i < quiet.steps().size(); i++) {
            Step before = quiet.steps().get(i);
            Step after = spoken.steps().get(i);
            switch (before.kind()) {
                case GET_READY -> assertEquals(new Step(StepKind.GET_READY, 0, 0, Side.LEFT, 14, 0, false, 4), after,
                        "10 s grew to 12.3 s of words and a breath, rounded up");
                case SWITCH -> assertEquals(9, after.seconds());
                default -> assertEquals(before, after, "work and rests keep their lengths");
            }
        }
        Routine longLead = SessionBuilder.build(catalog, List.of(curl), SessionSettings.DEFAULTS.withLeadIn(20)
                .withSwitchPause(10).withStepWords(WORDS));
        assertEquals(0, longLead.steps().stream().mapToInt(Step::lengthened).sum(), "long enough already");
    }

    @Test
    void withTheVoiceTheSessionOpensWithAGetReadyLongEnoughForTheSafetyLine() {
        Exercise bug = catalog.find("dead-bug").orElseThrow();
        Routine noLead = SessionBuilder.build(catalog, List.of(bug), SessionSettings.DEFAULTS.withLeadIn(0)
                .withStepWords(WORDS));
        assertEquals(new Step(StepKind.GET_READY, 0, 0, Side.BOTH, 14, 0, false, 14), noLead.steps().get(0));
        Routine waits = SessionBuilder.build(catalog, List.of(bug), SessionSettings.DEFAULTS.withWaitToStart(true)
                .withStepWords(WORDS));
        assertEquals(0, waits.steps().get(0).seconds(), "a get-ready that waits for the person lasts as it lasts");
    }
}
