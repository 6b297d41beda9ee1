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
        SessionSettings work50 = SessionSettings.DEFAULTS.withWork(50).withWorkLengths((exercise, range) -> range.max());
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
}
