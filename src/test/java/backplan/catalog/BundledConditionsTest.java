package backplan.catalog;

import static backplan.catalog.Condition.HIP_REPLACEMENT;
import static backplan.catalog.Condition.OSTEOPOROSIS;
import static backplan.catalog.Condition.PREGNANCY;
import static backplan.catalog.Condition.SCIATICA;
import static backplan.catalog.Condition.SPINAL_STENOSIS;
import static backplan.catalog.Condition.WRIST_TROUBLE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.figure.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog's condition marks, reviewed exercise by exercise (issue 20), and the content that came with
 * them: gentle first sessions, the single-leg bridge as a level, the cues a careful physiotherapist would add.
 */
class BundledConditionsTest {

    static Catalog catalog;

    @BeforeAll
    static void load() throws InvalidFileException {
        catalog = CatalogLoader.loadBundled();
    }

    static Exercise exercise(String id) {
        return catalog.find(id).orElseThrow(() -> new AssertionError("the bundled catalog has no '" + id + "'"));
    }

    private static void avoided(Condition condition, String... ids) {
        assertAll(Stream.of(ids).map(id -> () ->
                assertTrue(exercise(id).avoidWith().contains(condition), id + " is not avoided with " + condition)));
    }

    private static void marked(Condition condition, String... ids) {
        assertAll(Stream.of(ids).map(id -> () ->
                assertTrue(exercise(id).careWith().contains(condition), id + " is not marked for " + condition)));
    }

    @Test
    void theSphinxArchesTheBackSoItIsLeftOutWithSpinalStenosis() {
        avoided(SPINAL_STENOSIS, "sphinx");
        assertFalse(Profile.of(SPINAL_STENOSIS).suitable(catalog.in(Category.MOBILITY)).contains(exercise("sphinx")));
    }

    @Test
    void deepHipBendsAreLeftOutAfterAHipReplacement() {
        avoided(HIP_REPLACEMENT, "knee-to-chest", "figure-four-stretch", "childs-pose");
        marked(HIP_REPLACEMENT, "hamstring-strap-stretch", "hip-flexor-stretch", "clamshell", "fire-hydrant");
        assertEquals("hamstring-strap-stretch", Profile.of(HIP_REPLACEMENT).defaultPick(catalog.in(Category.STRETCH))
                .orElseThrow().id(), "the default stretch is the first that suits");
    }

    @Test
    void repeatedBendingAndTwistingNeedCareWithOsteoporosis() {
        avoided(OSTEOPOROSIS, "crossed-ankle-curl-up");
        marked(OSTEOPOROSIS, "knee-to-chest", "open-book", "oblique-knee-drop", "thread-the-needle", "childs-pose");
    }

    @Test
    void inPregnancyNothingFaceDownAndBackLyingWorkIsMarked() {
        avoided(PREGNANCY, "sphinx", "prone-y-t-raise", "crossed-ankle-curl-up");
        assertAll(catalog.exercises().stream()
                .filter(e -> e.keyPoses().map(f -> f.start().position()).orElse(null) == Position.LYING_FRONT)
                .map(e -> () -> assertTrue(e.avoidWith().contains(PREGNANCY), e.id() + " is done face down")));
        assertAll(catalog.exercises().stream()
                .filter(e -> e.keyPoses().map(f -> f.start().position()).orElse(null) == Position.LYING_BACK)
                .map(e -> () -> assertTrue(e.avoidWith().contains(PREGNANCY) || e.careWith().contains(PREGNANCY),
                        e.id() + " is done on the back")));
    }

    @Test
    void nerveTensioningStretchesNeedCareWithSciatica() {
        marked(SCIATICA, "hamstring-strap-stretch");
        String caution = exercise("hamstring-strap-stretch").cautionNote().orElse("").toLowerCase(Locale.ROOT);
        assertTrue(caution.contains("tingling") && caution.contains("down the leg"), caution);
    }

    @Test
    void weightOnTheHandsIsMarkedForWristTrouble() {
        avoided(WRIST_TROUBLE, "thread-the-needle");
        // every exercise on hands and knees but child's pose, which sits back off the hands
        assertAll(catalog.exercises().stream().filter(e -> !e.id().equals("childs-pose"))
                .filter(e -> e.keyPoses().map(f -> f.start().position()).orElse(null) == Position.ALL_FOURS)
                .map(e -> () -> assertTrue(e.avoidWith().contains(WRIST_TROUBLE)
                        || e.careWith().contains(WRIST_TROUBLE), e.id() + " puts weight on the hands")));
    }

    @Test
    void everyProfileLeavesEveryCategorySomethingToDo() {
        Condition[] all = Condition.values();
        assertAll(IntStream.range(0, 1 << all.length).mapToObj(bits -> {
            Set<Condition> some = EnumSet.noneOf(Condition.class);
            for (int i = 0; i < all.length; i++) {
                if ((bits & 1 << i) != 0) {
                    some.add(all[i]);
                }
            }
            return new Profile(some);
        }).flatMap(profile -> Stream.of(Category.values()).map(c -> () -> assertFalse(
                profile.suitable(catalog.in(c)).isEmpty(), profile.conditions() + " leaves no " + c.key()))));
    }

    @Test
    void aConditionIsNeverBothAvoidedAndMarkedForOneExercise() {
        assertAll(catalog.exercises().stream().map(e -> () -> {
            Set<Condition> both = EnumSet.noneOf(Condition.class);
            both.addAll(e.avoidWith());
            both.retainAll(e.careWith());
            assertTrue(both.isEmpty(), e.id() + ": " + both);
        }));
    }

    @Test
    void theCatalogSaysWhichPublicGuidanceTheMarksFollow() throws IOException {
        String yaml;
        try (InputStream in = CatalogLoader.class.getResourceAsStream("/backplan/exercises.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertAll(Stream.of("NHS", "Royal Osteoporosis Society", "NICE guideline NG59", "avoid-with:", "care-with:")
                .map(text -> () -> assertTrue(yaml.contains(text), text)));
    }

    // ---- content that came with the review ---------------------------------------------------------------

    @Test
    void theSidePlankStartsGentlyAtTenSecondHolds() {
        Prescription p = exercise("side-plank-from-knees").prescription();
        assertEquals(3, p.sets());
        assertEquals(new SecondsRange(10, 20), p.work(), "a range from 10 s, grown by progression");
        assertTrue(p.perSide());
    }

    @Test
    void theSingleLegBridgeIsTheGluteBridgesLevelTwo() {
        assertTrue(catalog.find("single-leg-bridge").isEmpty(), "no longer offered before the bridge is easy");
        Exercise bridge = exercise("glute-bridge");
        assertEquals(2, bridge.levels().size());
        Level two = bridge.levels().get(1);
        assertEquals("single-leg-bridge", two.replaces());
        assertEquals(new Prescription(3, SecondsRange.of(30), 0, true, 15), two.prescription());
        assertTrue(bridge.sidesNote().isPresent(), "Level II is done per side and says what a side means");
        assertEquals(new Catalog.Successor(bridge, two), catalog.successor("single-leg-bridge").orElseThrow());
        assertEquals(Category.GLUTES, bridge.category());
        assertEquals("glute-bridge", catalog.in(Category.GLUTES).get(0).id(), "still the default pick");
    }

    @Test
    void cuesACarefulPhysiotherapistWouldAdd() {
        String leanBack = String.join(" ", exercise("seated-lean-back").cues()).toLowerCase(Locale.ROOT);
        assertTrue(leanBack.contains("chair"), "no floor needed: " + leanBack);
        String donkey = String.join(" ", exercise("donkey-kick").cues()).toLowerCase(Locale.ROOT);
        assertTrue(donkey.contains("lift, never kick"), donkey);
        String pallof = (String.join(" ", exercise("pallof-press-hold").cues()) + " "
                + exercise("pallof-press-hold").cautionNote().orElse("")).toLowerCase(Locale.ROOT);
        assertTrue(pallof.contains("something solid") && pallof.contains("cannot slip"), pallof);
    }

    @Test
    void everyConditionSaysWhatCareMeansWithoutPromisingAnything() {
        assertAll(Stream.of(Condition.values()).map(c -> () -> {
            String care = c.care().toLowerCase(Locale.ROOT);
            assertFalse(care.isBlank(), c.key());
            for (String word : List.of("cure", "heal", "diagnos", "safe")) {
                assertFalse(care.contains(word), c.key() + ": " + word);
            }
        }));
    }
}
