package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The bundled catalog says what the trainer's article says (see ARTICLE-FACTS), and is a usable catalog. */
class BundledCatalogTest {

    static Catalog catalog;

    @BeforeAll
    static void load() throws InvalidFileException {
        catalog = CatalogLoader.loadBundled();
    }

    static Exercise exercise(String id) {
        return catalog.find(id).orElseThrow(() -> new AssertionError("the bundled catalog has no '" + id + "'"));
    }

    static Prescription prescription(String id) {
        return exercise(id).prescription();
    }

    @Test
    void isNamedAsBundled() {
        assertEquals(CatalogLoader.BUNDLED, catalog.origin());
    }

    @Test
    void theArticleExercisesAreExactlyThese() {
        assertEquals(Set.of("cat-cow", "dead-bug", "seated-lean-back", "crossed-ankle-curl-up", "oblique-knee-drop"),
                Set.copyOf(catalog.exercises().stream().filter(e -> e.source() == Source.ARTICLE)
                        .map(Exercise::id).toList()));
    }

    @Test
    void catCowIsThreeSetsOf30To60Seconds() {
        assertEquals(new Prescription(3, new SecondsRange(30, 60), 0, false, 15), prescription("cat-cow"));
        assertEquals("3 × 30–60 s", prescription("cat-cow").format());
        assertEquals(Category.MOBILITY, exercise("cat-cow").category());
    }

    @Test
    void deadBugIsThreeSetsOf45Seconds() {
        assertEquals(new Prescription(3, SecondsRange.of(45), 0, false, 15), prescription("dead-bug"));
        assertEquals(Category.ABS, exercise("dead-bug").category());
    }

    @Test
    void seatedLeanBackIsThreeSetsOf30Seconds() {
        assertEquals(new Prescription(3, SecondsRange.of(30), 0, false, 15), prescription("seated-lean-back"));
        assertEquals(Category.ABS, exercise("seated-lean-back").category());
    }

    @Test
    void crossedAnkleCurlUpIs30SecondsPerSide() {
        assertEquals(new Prescription(1, SecondsRange.of(30), 0, true, 15), prescription("crossed-ankle-curl-up"));
        assertEquals("30 s / side", prescription("crossed-ankle-curl-up").format());
        assertEquals(Category.ABS, exercise("crossed-ankle-curl-up").category());
    }

    @Test
    void obliqueKneeDropIs30SecondsOr10RepsInTwoLevels() {
        Exercise drop = exercise("oblique-knee-drop");

        assertEquals(new Prescription(3, SecondsRange.of(30), 10, false, 15), drop.prescription());
        assertEquals("3 × 30 s or 3 × 10 reps", drop.prescription().format());
        assertEquals(List.of("Level I", "Level II"), drop.levels().stream().map(Level::name).toList());
        assertAll(drop.levels().stream().map(level -> () -> assertEquals(drop.prescription(), level.prescription())));
        assertEquals(Category.OBLIQUES, drop.category());
    }

    @Test
    void backExercisesAreThreeSetsOf30SecondsWithoutHoldingTheBreath() {
        List<Exercise> back = catalog.in(Category.BACK);

        assertFalse(back.isEmpty());
        assertAll(back.stream().map(e -> () -> {
            assertEquals(3, e.prescription().sets(), e.id());
            assertEquals(SecondsRange.of(30), e.prescription().work(), e.id());
            assertTrue(e.breathing().toLowerCase(Locale.ROOT).contains("hold your breath"), e.id());
        }));
    }

    @Test
    void glutesAreThreeSetsOf30To60SecondsOrPerSideWithin30To60() {
        List<Exercise> glutes = catalog.in(Category.GLUTES);

        assertFalse(glutes.isEmpty());
        assertAll(glutes.stream().map(e -> () -> {
            Prescription p = e.prescription();
            assertEquals(3, p.sets(), e.id());
            if (p.perSide()) {
                assertTrue(p.work().min() >= 30 && p.work().max() <= 60, e.id() + ": " + p.format());
            } else {
                assertEquals(new SecondsRange(30, 60), p.work(), e.id());
            }
        }));
        assertEquals(new SecondsRange(30, 60), glutes.get(0).prescription().work(), "the default pick");
        assertFalse(glutes.get(0).prescription().perSide(), "the default pick");
    }

    @Test
    void everyCategoryHasAtLeastThreeExercisesAndThereAreTwentyInAll() {
        assertAll(Stream.of(Category.values()).map(c -> () ->
                assertTrue(catalog.in(c).size() >= 3, c + " has " + catalog.in(c).size())));
        assertTrue(catalog.exercises().size() >= 20, "only " + catalog.exercises().size() + " exercises");
    }

    @Test
    void everyExerciseHasASourceBreathingAndAtLeastTwoCues() {
        assertAll(catalog.exercises().stream().map(e -> () -> {
            assertTrue(e.source() == Source.ARTICLE || e.source() == Source.COMMON, e.id());
            assertFalse(e.breathing().isBlank(), e.id());
            assertTrue(e.cues().size() >= 2, e.id() + " has " + e.cues().size() + " cues");
        }));
    }

    @Test
    void theArticlesExhaleCuesSayToBreatheOut() {
        // The article gives an exhale cue for these four; for Cat to Cow it gives none.
        assertAll(Stream.of("dead-bug", "seated-lean-back", "crossed-ankle-curl-up", "oblique-knee-drop").map(id -> () -> {
            String breathing = exercise(id).breathing().toLowerCase(Locale.ROOT);
            assertTrue(breathing.contains("out") || breathing.contains("exhale"), id + ": " + breathing);
        }));
    }

    @Test
    void theDefaultPicksAreTheArticleFavourites() {
        assertEquals("cat-cow", catalog.in(Category.MOBILITY).get(0).id());
        assertEquals("dead-bug", catalog.in(Category.ABS).get(0).id());
        assertEquals("oblique-knee-drop", catalog.in(Category.OBLIQUES).get(0).id());
    }

    @Test
    void postureIsTheArticlesHabit() {
        String summary = catalog.posture().summary().toLowerCase(Locale.ROOT);
        String cues = String.join(" ", catalog.posture().cues()).toLowerCase(Locale.ROOT);

        assertTrue(summary.contains("inch taller") && summary.contains("crown"), summary);
        assertAll(Stream.of("ankle", "knee", "hip", "shoulder", "ear").map(part -> () ->
                assertTrue(cues.contains(part), part)));
    }

    @Test
    void gentleSupermanIsGoneAndNothingLiftsArmsChestAndLegsTogether() {
        assertTrue(catalog.find("gentle-superman").isEmpty());
        assertAll(catalog.exercises().stream().map(e -> () ->
                assertFalse(e.name().toLowerCase(Locale.ROOT).contains("superman"), e.id())));
    }

    @Test
    void sphinxIsAMobilityMoveNotBackStrength() {
        assertEquals(Category.MOBILITY, exercise("sphinx").category());
        assertTrue(exercise("sphinx").cautionNote().isPresent());
    }

    @Test
    void atLeastThreeGentleBackExercisesEachWithACaution() {
        List<Exercise> back = catalog.in(Category.BACK);

        assertTrue(back.size() >= 3, "only " + back.size() + " back exercises");
        assertAll(back.stream().map(e -> () -> assertTrue(e.cautionNote().isPresent(), e.id() + " has no caution")));
        assertEquals("bird-dog", back.get(0).id(), "the default pick");
    }

    @Test
    void sideBendsGoOnlyAsFarAsIsComfortableAndHipCirclesAreSlowAndComfortable() {
        assertTrue(exercise("standing-side-bend").cautionNote().orElse("").contains("as far as is comfortable"));
        String circles = String.join(" ", exercise("hip-circles").cues()).toLowerCase(Locale.ROOT);
        assertTrue(circles.contains("slow, comfortable circles"), circles);
        assertFalse(circles.contains("wide"), circles);
    }

    @Test
    void equipmentIsListedWhereverACueCallsForIt() {
        assertEquals(List.of("band"), exercise("pallof-press-hold").equipment());
        assertEquals(List.of("band"), exercise("band-pull-apart").equipment());
        assertEquals(List.of("wall"), exercise("wall-angel").equipment());
        assertEquals(List.of("strap"), exercise("hamstring-strap-stretch").equipment());
        assertTrue(exercise("dead-bug").equipment().isEmpty(), "a mat is all it needs");
        assertAll(catalog.exercises().stream().flatMap(e -> Stream.of("band", "strap", "wall", "chair", "towel")
                .map(item -> () -> {
                    String cues = String.join(" ", e.cues()).toLowerCase(Locale.ROOT);
                    // offered as a choice ("on the mat, or near the front of a chair") is not called for
                    boolean optional = cues.matches(".*\\bor [a-z ]{0,20}\\b" + item + "\\b.*");
                    if (cues.matches(".*\\b" + item + "\\b.*") && !optional) {
                        assertTrue(e.equipment().contains(item), e.id() + " uses a " + item + " but does not list it");
                    }
                })));
    }

    @Test
    void everyStretchSaysWhatItStretches() {
        assertAll(catalog.in(Category.STRETCH).stream().map(e -> () ->
                assertFalse(e.targets().isEmpty(), e.id() + " names no targets")));
        assertEquals(List.of("hamstrings", "calves"), exercise("hamstring-strap-stretch").targets());
        assertEquals(List.of("hip flexors", "front of the thigh"), exercise("hip-flexor-stretch").targets());
    }

    @Test
    void everyPerSideExerciseSaysWhatEachSideMeans() {
        assertAll(catalog.exercises().stream().filter(e -> e.prescription().perSide()).map(e -> () ->
                assertTrue(e.sidesNote().isPresent(), e.id() + " is per side but does not say what a side means")));
        assertEquals(new Sides("left ankle crossed on top", "right ankle crossed on top",
                "cross the other leg on top"), exercise("crossed-ankle-curl-up").sidesNote().orElseThrow());
        // Lying on a side or working it: these say which.
        assertAll(Stream.of("open-book", "side-plank-from-knees", "clamshell").map(id -> () -> {
            Sides sides = exercise(id).sidesNote().orElseThrow();
            assertTrue(sides.left().startsWith("lying on your"), id + ": " + sides.left());
            assertTrue(sides.right().startsWith("lying on your"), id + ": " + sides.right());
            assertTrue(sides.change().contains("roll over"), id + ": " + sides.change());
        }));
    }

    @Test
    void levelsSayWhereAPersonStarts() {
        List<Level> levels = exercise("oblique-knee-drop").levels();

        assertTrue(levels.get(0).description().startsWith("Feet down"), levels.get(0).description());
        assertTrue(levels.get(1).description().startsWith("Feet lifted"), levels.get(1).description());
        assertAll(catalog.exercises().stream().flatMap(e -> e.levels().stream().map(l -> () ->
                assertFalse(l.description().isBlank(), e.id() + " " + l.name() + " has no description"))));
    }

    @Test
    void theArticlesFormCuesAreKeptInOtherWords() {
        String deadBug = String.join(" ", exercise("dead-bug").cues()).toLowerCase(Locale.ROOT);
        assertTrue(deadBug.contains("hips and ribs") && deadBug.contains("natural curve"), deadBug);
        assertTrue(exercise("dead-bug").cautionNote().orElse("").contains("ribs"));
        String curlUp = String.join(" ", exercise("crossed-ankle-curl-up").cues()).toLowerCase(Locale.ROOT);
        assertTrue(curlUp.contains("an inch between chin and chest"), curlUp);
        assertTrue(exercise("crossed-ankle-curl-up").cautionNote().orElse("").contains("never pull"));
        String leanBack = String.join(" ", exercise("seated-lean-back").cues()).toLowerCase(Locale.ROOT);
        assertTrue(leanBack.contains("a few inches") && leanBack.contains("neutral"), leanBack);
        String kneeDrop = String.join(" ", exercise("oblique-knee-drop").cues()).toLowerCase(Locale.ROOT);
        assertTrue(kneeDrop.contains("partway") && kneeDrop.contains("shoulder blades"), kneeDrop);
    }

    @Test
    void noTextPromisesACureOrADiagnosis() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(catalog.posture().summary());
        texts.addAll(catalog.posture().cues());
        for (Exercise e : catalog.exercises()) {
            texts.add(e.name());
            texts.add(e.breathing());
            texts.addAll(e.cues());
            e.cautionNote().ifPresent(texts::add);
            texts.addAll(e.equipment());
            texts.addAll(e.targets());
            e.sidesNote().ifPresent(sides -> texts.addAll(List.of(sides.left(), sides.right(), sides.change())));
            e.levels().forEach(level -> {
                texts.add(level.name());
                texts.add(level.description());
            });
        }
        try (InputStream in = CatalogLoader.class.getResourceAsStream("/backplan/exercises.yaml")) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8)); // the comments too
        }

        List<Executable> checks = new ArrayList<>();
        for (String text : texts) {
            for (String word : List.of("cure", "heal", "diagnos")) {
                checks.add(() -> assertFalse(text.toLowerCase(Locale.ROOT).contains(word),
                        "'" + word + "' in: " + (text.length() > 80 ? text.substring(0, 80) + "..." : text)));
            }
        }
        assertAll(checks);
    }
}
