package backplan.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.text.Fits;


import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Category;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import backplan.program.EasierChoice;
import backplan.session.Fixtures;
import backplan.text.TextLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The picker and the pain prompt driven by typed keys through a virtual terminal. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PickerTest {

    private final ByteArrayOutputStream drawn = new ByteArrayOutputStream();

    private FullScreen screen(String keys) {
        ExternalTerminal terminal;
        try {
            terminal = new ExternalTerminal("virtual", "xterm-256color",
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), drawn, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        terminal.setSize(Size.of(80, 24));
        return FullScreen.on(terminal);
    }

    @Test
    void arrowsDigitsAndBackChooseOnePerCategory() throws Exception {
        Catalog catalog = Fixtures.catalog();
        // mobility: Enter; abs: ↓ Enter (the curl-up); back: Enter; obliques: ← ← back to abs, 1 (dead bug) Enter;
        // back and obliques: Enter; glutes: 2 (clamshell) Enter, then n to "add another?"; stretch: Enter
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen("\r\u001b[B\r\r\u001b[D\u001b[D1\r\r\r2\rn\r")) {
            picks = Picker.pick(s, catalog, Map.of());
        }
        assertEquals("dead-bug", picks.get(Category.ABS).get(0).id());
        assertEquals("clamshell", picks.get(Category.GLUTES).get(0).id());
        assertEquals(6, picks.size());
        assertEquals(List.of(1, 1, 1, 1, 1, 1), picks.values().stream().map(List::size).toList());
    }

    private static final Path PICKS_CATALOG = Path.of("src/test/resources/catalogs/fixtures/picks.yaml");

    @Test
    void twoBackAndThreeGluteExercisesAreOfferedOneAfterAnother() throws Exception {
        Catalog catalog = CatalogLoader.load(PICKS_CATALOG);
        // mobility, abs: Enter; back: Enter (bird dog), y, Enter (the first of the rest: prone Y-T raise), and no
        // third question; obliques: Enter; glutes: 3 (fire hydrant), y, Enter (glute bridge), y, 2 (donkey kick,
        // the second of the two left), no fourth question; stretch: Enter
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen("\r\r\ry\r\r3\ry\ry2\r\r")) {
            picks = Picker.pick(s, catalog, Map.of());
        }
        assertEquals(List.of("bird-dog", "prone-y-t-raise"), ids(picks.get(Category.BACK)));
        assertEquals(List.of("fire-hydrant", "glute-bridge", "donkey-kick"), ids(picks.get(Category.GLUTES)));
        assertEquals(List.of("knee-to-chest"), ids(picks.get(Category.STRETCH)));
        String drawnText = drawn.toString(StandardCharsets.UTF_8);
        assertTrue(drawnText.contains("Add another back exercise?"), "the question is asked");
        assertTrue(drawnText.contains("Choose another glutes exercise"), "and the next choice says so");
    }

    @Test
    void noOrEnterGoOnAndBackChoosesTheLastOneAgain() throws Exception {
        Catalog catalog = CatalogLoader.load(PICKS_CATALOG);
        // back: ↓ Enter (prone Y-T raise), ← at the question: back to it, 3 Enter (wall angel), n;
        // glutes: Enter, Enter (no by default); stretch: Enter
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen("\r\r\u001b[B\r\u001b[D3\rn\r\r\r\r")) {
            picks = Picker.pick(s, catalog, Map.of());
        }
        assertEquals(List.of("wall-angel"), ids(picks.get(Category.BACK)));
        assertEquals(List.of("glute-bridge"), ids(picks.get(Category.GLUTES)));
    }

    @Test
    void aPlanWithTwoBackExercisesIsOfferedAgainAsItWas() throws Exception {
        Catalog catalog = CatalogLoader.load(PICKS_CATALOG);
        Map<Category, List<Exercise>> plan = Map.of(Category.BACK, List.of(catalog.find("wall-angel").orElseThrow(),
                catalog.find("bird-dog").orElseThrow()));
        // Enter all the way: the preselected ones are highlighted, and "add another?" says yes while the plan had more
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen("\r\r\r\r\r\r\r\r\r")) {
            picks = Picker.pick(s, catalog, plan);
        }
        assertEquals(List.of("wall-angel", "bird-dog"), ids(picks.get(Category.BACK)));
    }

    @Test
    void afterAHurtTheOfferComesFirstHighlightedWithItsReason() throws Exception {
        Catalog catalog = CatalogLoader.load(PICKS_CATALOG);
        Exercise birdDog = catalog.find("bird-dog").orElseThrow();
        Exercise wallAngel = catalog.find("wall-angel").orElseThrow();
        EasierChoice offer = new EasierChoice(birdDog, wallAngel, null);
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen("\r\r\r\r\r\r\r\r\r")) { // Enter all the way
            picks = Picker.pick(s, catalog, Map.of(Category.BACK, List.of(birdDog)), Profile.NONE,
                    Map.of(Category.BACK, offer));
        }
        assertEquals(List.of("wall-angel"), ids(picks.get(Category.BACK)), "the offer is highlighted");
        String drawnText = drawn.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertTrue(drawnText.contains("Bird Dog hurt last time"), drawnText);
        assertEquals(List.of(wallAngel), Picker.choices(catalog.in(Category.BACK), Profile.NONE, offer).subList(0, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80})
    void theQuestionFitsAndSaysItsKeys(int width) {
        List<String> lines = Picker.renderAnother(Category.GLUTES, false, width, 24).stream()
                .map(AttributedString::toString).toList();
        String shown = String.join("\n", lines);
        assertTrue(shown.contains("Add another glutes exercise?") && shown.contains("one to 3"), shown);
        assertTrue(shown.replaceAll("\\s+", " ").contains("Enter go on"), shown);
        lines.forEach(l -> assertTrue(TextLayout.width(l) < width, l));
    }

    private static List<String> ids(List<Exercise> exercises) {
        return exercises.stream().map(Exercise::id).toList();
    }

    @Test
    void quitOrTheEndOfInputClosesThePicker() throws Exception {
        try (FullScreen s = screen("\r\rq")) {
            assertNull(Picker.pick(s, Fixtures.catalog(), Map.of()));
        }
        try (FullScreen s = screen("\r")) {
            assertNull(Picker.pick(s, Fixtures.catalog(), Map.of()));
        }
    }

    private static final Path TEXT_CATALOG = Path.of("src/test/resources/catalogs/fixtures/text.yaml");

    private static List<String> rendered(Catalog catalog, Category category, int index, int width, int height) {
        return Picker.render(category, 2, 6, catalog.in(category), index, 0, width, height).stream()
                .map(AttributedString::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void everyChoiceFitsTheWidthWithItsPrescriptionWhole(int width) throws Exception {
        Catalog catalog = CatalogLoader.load(TEXT_CATALOG);
        for (Category category : Category.values()) {
            for (int index = 0; index < catalog.in(category).size(); index++) {
                List<String> lines = rendered(catalog, category, index, width, 40);
                String whole = String.join("\n", rendered(catalog, category, index, 1000, 40));
                // the last column stays free so the bottom row never scrolls
                Fits.assertFits(lines, width - 1, Fits.words(whole), true, "the picker for " + category);
                String shown = String.join("\n", lines);
                for (Exercise e : catalog.in(category)) {
                    assertTrue(shown.contains(e.prescription().format()) || width < 60, "whole: "
                            + e.prescription().format() + "\n" + shown);
                }
                assertTrue(lines.get(lines.size() - 1).contains("q quit"), shown);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void theLongNameDoesNotPushThePrescriptionsOutOfLine(int width) throws Exception {
        Catalog catalog = CatalogLoader.load(TEXT_CATALOG);
        List<String> lines = rendered(catalog, Category.ABS, 1, width, 24);
        List<String> rows = lines.stream().filter(l -> l.contains(" 1. ") || l.contains(" 2. ")).toList();
        Fits.assertAligned(rows, List.of("3 × 30 s", "3 × 45 s"), "the picker's prescriptions");
        assertTrue(rows.get(0).contains("Seated Lean-Back with Arm Open/Close"), "room for the whole name: " + rows);
    }

    @Test
    void onANarrowTerminalALongNameIsShortenedAndThePrescriptionKept() throws Exception {
        Catalog catalog = CatalogLoader.load(TEXT_CATALOG);
        String row = rendered(catalog, Category.ABS, 0, 40, 24).stream().filter(l -> l.contains(" 1. ")).findFirst()
                .orElseThrow();
        assertTrue(row.contains("Seated Lean-Back") && row.contains("…") && row.endsWith("3 × 30 s"), row);
        List<String> obliques = rendered(catalog, Category.OBLIQUES, 0, 40, 24);
        String both = String.join(" ", obliques).replaceAll(" +", " ");
        assertTrue(both.contains("3 × 30 s / side or 3 × 10 reps / side"), "wrapped, never cut:\n"
                + String.join("\n", obliques));
    }

    @Test
    void theEquipmentIsShownSoNobodyPicksTheBandExerciseWithoutABand() throws Exception {
        Catalog catalog = CatalogLoader.load(TEXT_CATALOG);
        List<Exercise> obliques = catalog.in(Category.OBLIQUES);
        int pallof = obliques.indexOf(catalog.find("pallof-press-hold").orElseThrow());
        List<String> other = rendered(catalog, Category.OBLIQUES, 1 - pallof, 80, 24);
        String row = other.stream().filter(l -> l.contains("Pallof Press Hold")).findFirst().orElseThrow();
        assertTrue(row.contains("needs band"), "on its row, even when another is highlighted: " + row);
        String knee = other.stream().filter(l -> l.contains("Oblique Knee Drop")).findFirst().orElseThrow();
        assertFalse(knee.contains("needs"), knee);
        List<String> chosen = rendered(catalog, Category.OBLIQUES, pallof, 80, 24);
        assertTrue(chosen.contains(" You need: band (besides a mat)"), String.join("\n", chosen));
    }

    @Test
    void stretchesSayStretchingIsIndividualAndWhatEachOneStretches() throws Exception {
        Catalog catalog = CatalogLoader.load(TEXT_CATALOG);
        List<String> lines = rendered(catalog, Category.STRETCH, 1, 120, 24);
        String shown = String.join("\n", lines);
        assertTrue(shown.contains(Picker.STRETCH_HINT), shown);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Lying Hamstring Stretch with Strap")
                && l.contains("hamstrings, calves, back of the knee") && l.contains("needs strap")), shown);
        assertTrue(lines.contains(" Stretches: low back, glutes"), "the highlighted one's, in full\n" + shown);
        List<String> strength = rendered(catalog, Category.ABS, 0, 120, 24);
        assertFalse(String.join("\n", strength).contains(Picker.STRETCH_HINT), "only for stretches");
    }

    @Test
    void thePainPromptTakesTwoDigitsUpToTenAndBackspace() throws Exception {
        try (FullScreen s = screen("7\u007f3\r")) {
            assertEquals(3, Picker.askPain(s, "How is it?"));
        }
        try (FullScreen s = screen("10\r")) {
            assertEquals(10, Picker.askPain(s, "How is it?"));
        }
        try (FullScreen s = screen("\r")) {
            assertNull(Picker.askPain(s, "How is it?"), "Enter alone skips");
        }
        try (FullScreen s = screen("5\u001b")) {
            assertNull(Picker.askPain(s, "How is it?"), "Esc skips");
        }
    }

    @Test
    void aDecimalPointIsRefusedWithAHintNotJoinedIntoAnotherNumber() throws Exception {
        // "0.5" and Enter: refused (it was read as 5), Backspace twice, then 1
        try (FullScreen s = screen("0.5\r\u007f\u007f1\r")) {
            assertEquals(1, Picker.askPain(s, "How is it?"));
        }
        String shown = drawn.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Whole numbers only, 0 to 10: Backspace, then 0 or 1."), shown);
        drawn.reset();
        // "5.5": never 55 nor "55 is more than 10"; "5,5" the same
        for (String typed : new String[] {"5.5", "5,5"}) {
            try (FullScreen s = screen(typed + "\r\u007f\r")) {
                assertEquals(5, Picker.askPain(s, "How is it?"), typed);
            }
            String text = drawn.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("Whole numbers only, 0 to 10: Backspace, then 5 or 6."), text);
            assertFalse(text.contains("55"), text);
            drawn.reset();
        }
    }

    @Test
    void aRatingAboveTenGetsAHintAndTheQuestionStays() throws Exception {
        // 11 and Enter: the hint, and the question stays; Backspace twice, 3, Enter
        try (FullScreen s = screen("11\r\u007f\u007f3\r")) {
            assertEquals(3, Picker.askPain(s, "How is it?"));
        }
        assertTrue(drawn.toString(StandardCharsets.UTF_8).contains("11 is more than 10"), "the hint is shown");
    }

    @Test
    void onAShortWindowTheHighlightedChoiceStaysOnScreen() throws Exception {
        java.util.List<Exercise> options = backplan.catalog.CatalogLoader.loadBundled().in(Category.MOBILITY);
        int last = options.size() - 1;
        String screen = Picker.render(Category.MOBILITY, 1, 6, options, last, 0, 40, 7).stream()
                .map(Object::toString).reduce("", (a, b) -> a + b + "\n");
        assertTrue(screen.contains(options.get(last).name()), screen);
    }

    @Test
    void withAStenosisProfileThePickerLeavesTheSphinxOutAndMarksWhatNeedsCare() throws Exception {
        Catalog catalog = CatalogLoader.loadBundled();
        int sphinx = catalog.in(Category.MOBILITY).indexOf(catalog.find("sphinx").orElseThrow()) + 1;
        // mobility: the sphinx's digit (nothing there now), Enter; then Enter through every category and question
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen(sphinx + "\r\r\r\r\r\r\r\r")) {
            picks = Picker.pick(s, catalog, Map.of(), Profile.of(Condition.SPINAL_STENOSIS));
        }
        assertEquals(List.of("cat-cow"), ids(picks.get(Category.MOBILITY)), "the digit chose nothing");
        String drawnText = drawn.toString(StandardCharsets.UTF_8);
        assertFalse(drawnText.contains("Sphinx"), "not offered");
        assertTrue(drawnText.contains("Pelvic Tilt"), "the others are");
        assertTrue(drawnText.contains("Cat to Cow (care: spinal stenosis)"), "marked");
        assertTrue(drawnText.contains("With spinal stenosis: keep your low back from arching"), "and said why");
    }

    @Test
    void withoutAProfileTheSphinxIsOffered() throws Exception {
        Catalog catalog = CatalogLoader.loadBundled();
        int sphinx = catalog.in(Category.MOBILITY).indexOf(catalog.find("sphinx").orElseThrow()) + 1;
        Map<Category, List<Exercise>> picks;
        try (FullScreen s = screen(sphinx + "\r\r\r\r\r\r\r\r")) {
            picks = Picker.pick(s, catalog, Map.of(), Profile.NONE);
        }
        assertEquals(List.of("sphinx"), ids(picks.get(Category.MOBILITY)));
    }

    @Test
    void aCategoryWhoseEveryExerciseTheProfileAvoidsOffersThemAllMarked() throws Exception {
        Catalog catalog = CatalogLoader.loadBundled();
        List<Exercise> onlySphinx = List.of(catalog.find("sphinx").orElseThrow());
        Profile stenosis = Profile.of(Condition.SPINAL_STENOSIS);
        assertEquals(onlySphinx, Picker.offered(onlySphinx, stenosis));
        String screen = Picker.render(Category.MOBILITY, 1, 6, onlySphinx, 0, 0, stenosis, null, 100, 30).stream()
                .map(AttributedString::toString).reduce("", (a, b) -> a + b + "\n");
        assertTrue(screen.contains("Sphinx (avoid: spinal stenosis)"), screen);
        assertTrue(screen.contains("One to leave out with spinal stenosis"), screen);
    }
}
