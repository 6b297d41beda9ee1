package backplan.catalog;

import static backplan.catalog.Condition.PREGNANCY;
import static backplan.catalog.Condition.SCIATICA;
import static backplan.catalog.Condition.SPINAL_STENOSIS;
import static backplan.catalog.Condition.WRIST_TROUBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule of what a profile changes: which exercises it leaves out, which it marks, what is picked for it. */
class ProfileTest {

    private static Exercise exercise(String id, Set<Condition> avoid, Set<Condition> care) {
        return new Exercise(id, id, Category.MOBILITY, Source.COMMON, new Prescription(3, SecondsRange.of(30), 0,
                false, 15), "Breathe slowly.", List.of(), null, List.of(), List.of(), List.of(), null, null, avoid,
                care);
    }

    private static final Exercise SPHINX = exercise("sphinx", Set.of(SPINAL_STENOSIS, PREGNANCY), Set.of(SCIATICA));
    private static final Exercise CAT_COW = exercise("cat-cow", Set.of(), Set.of(WRIST_TROUBLE, SPINAL_STENOSIS));
    private static final Exercise PELVIC_TILT = exercise("pelvic-tilt", Set.of(), Set.of());
    private static final List<Exercise> MOBILITY = List.of(SPHINX, CAT_COW, PELVIC_TILT);

    @Test
    void noProfileLeavesEverythingInAndMarksNothing() {
        assertTrue(Profile.NONE.isNone());
        assertEquals(MOBILITY, Profile.NONE.suitable(MOBILITY));
        MOBILITY.forEach(e -> assertEquals("", Profile.NONE.tag(e), e.id()));
        assertEquals(SPHINX, Profile.NONE.defaultPick(MOBILITY).orElseThrow(), "the first of the category");
    }

    @Test
    void stenosisLeavesTheSphinxOutAndMarksCatCow() {
        Profile stenosis = Profile.of(SPINAL_STENOSIS);

        assertEquals(List.of(CAT_COW, PELVIC_TILT), stenosis.suitable(MOBILITY));
        assertEquals(Set.of(SPINAL_STENOSIS), stenosis.avoids(SPHINX));
        assertEquals("(avoid: spinal stenosis)", stenosis.tag(SPHINX));
        assertEquals("(care: spinal stenosis)", stenosis.tag(CAT_COW));
        assertEquals("", stenosis.tag(PELVIC_TILT));
        assertEquals(CAT_COW, stenosis.defaultPick(MOBILITY).orElseThrow(), "the first that suits");
    }

    @Test
    void onlyThePersonsConditionsCount() {
        Profile sciatica = Profile.of(SCIATICA);

        assertTrue(sciatica.suits(SPHINX), "avoided with stenosis and pregnancy, not sciatica");
        assertEquals(Set.of(SCIATICA), sciatica.care(SPHINX));
        assertTrue(sciatica.care(CAT_COW).isEmpty());
        assertEquals("(care: sciatica or leg symptoms)", sciatica.tag(SPHINX));
    }

    @Test
    void marksListEveryConditionInTheirOrder() {
        Profile both = Profile.of(WRIST_TROUBLE, SPINAL_STENOSIS);

        assertEquals("(care: spinal stenosis, wrist trouble)", both.tag(CAT_COW));
        assertEquals(List.of(SPINAL_STENOSIS, WRIST_TROUBLE), List.copyOf(both.conditions()));
    }

    @Test
    void aConditionToAvoidWithIsNotAlsoOneOfCare() {
        Exercise both = exercise("both", Set.of(PREGNANCY), Set.of(PREGNANCY));
        assertFalse(Profile.of(PREGNANCY).suits(both));
        assertTrue(Profile.of(PREGNANCY).care(both).isEmpty());
    }

    @Test
    void whenNothingInACategorySuitsTheDefaultIsStillItsFirst() {
        Profile pregnancy = Profile.of(PREGNANCY);
        List<Exercise> onlySphinx = List.of(SPHINX);

        assertTrue(pregnancy.suitable(onlySphinx).isEmpty());
        assertEquals(SPHINX, pregnancy.defaultPick(onlySphinx).orElseThrow(), "a session still needs one");
        assertTrue(pregnancy.defaultPick(List.of()).isEmpty());
    }
}
