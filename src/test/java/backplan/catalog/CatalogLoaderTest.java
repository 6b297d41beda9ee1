package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader against the corpus under {@code catalogs/}: each broken file gives exactly the problem lines of its
 * {@code .expected} file, each valid file loads; and what a catalog means once loaded.
 */
class CatalogLoaderTest {

    static Path corpus(String dir) {
        try {
            return Path.of(CatalogLoaderTest.class.getResource("/catalogs/" + dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> names(String dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(corpus(dir))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList()
                    .stream();
        }
    }

    static Stream<String> brokenCatalogs() throws IOException {
        return names("broken", ".yaml");
    }

    static Stream<String> validCatalogs() throws IOException {
        return names("valid", ".yaml");
    }

    static Catalog parse(String text) throws InvalidFileException {
        return CatalogLoader.parse("test.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(String text) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> parse(text));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogs")
    void brokenCatalogGivesExactlyTheExpectedProblems(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(corpus("broken").resolve(name));
        Path expectedFile = corpus("broken").resolve(name.replaceAll("\\.yaml$", ".expected"));
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);

        InvalidFileException e = assertThrows(InvalidFileException.class, () -> CatalogLoader.parse(name, bytes));

        List<String> actual = e.problems().stream().map(Problem::toString).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), name);
        assertEquals(actual.get(0), e.getMessage(), "the exception's message is the first problem");
    }

    @Test
    void everyBrokenCatalogHasAnExpectedFileAndEveryExpectedFileACatalog() throws IOException {
        Set<String> catalogs = names("broken", ".yaml").map(n -> n.replaceAll("\\.yaml$", ""))
                .collect(Collectors.toSet());
        Set<String> expectations = names("broken", ".expected").map(n -> n.replaceAll("\\.expected$", ""))
                .collect(Collectors.toSet());
        assertEquals(catalogs, expectations);
        assertTrue(catalogs.size() >= 30, "the corpus has " + catalogs.size() + " cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCatalogs")
    void validCatalogLoadsWithOneExercisePerCategory(String name) throws Exception {
        Catalog catalog = CatalogLoader.parse(name, Files.readAllBytes(corpus("valid").resolve(name)));

        assertEquals(name, catalog.origin());
        assertEquals(List.of("cat-cow", "dead-bug", "bird-dog", "oblique-knee-drop", "glute-bridge", "knee-to-chest"),
                catalog.ids());
        assertEquals(Category.values().length, catalog.categoryCount());
    }

    @Test
    void byteOrderMarkAndCrlfLineEndingsChangeNothing() throws Exception {
        Catalog plain = CatalogLoader.parse("x", Files.readAllBytes(corpus("valid").resolve("minimal.yaml")));
        Catalog bom = CatalogLoader.parse("x", Files.readAllBytes(corpus("valid").resolve("bom.yaml")));
        Catalog crlf = CatalogLoader.parse("x", Files.readAllBytes(corpus("valid").resolve("crlf.yaml")));

        assertEquals(plain, bom);
        assertEquals(plain, crlf);
    }

    @Test
    void positionsAfterAByteOrderMarkAreThoseOfTheTextAsSeen() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "exercises:\n  - id: Caf\u00e9\u0001\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, both, bom.length, text.length);

        InvalidFileException e = assertThrows(InvalidFileException.class, () -> CatalogLoader.parse("b.yaml", both));

        assertEquals("b.yaml:2:13: the control character U+0001 is not allowed in YAML; remove it",
                e.problems().get(0).toString());
    }

    private static final String OTHERS = """
              - {id: m, name: M, category: mobility, source: common, prescription: {sets: 1, work: 30}, breathing: B}
              - {id: a, name: A, category: abs, source: common, prescription: {sets: 1, work: 30}, breathing: B}
              - {id: o, name: O, category: obliques, source: common, prescription: {sets: 1, work: 30}, breathing: B}
              - {id: g, name: G, category: glutes, source: common, prescription: {sets: 1, work: 30}, breathing: B}
              - {id: s, name: S, category: stretch, source: common, prescription: {sets: 1, work: 30}, breathing: B}
            """;

    private static final String BACK = """
              - {id: b, name: B, category: back, source: common, prescription: {sets: 1, work: 30}, breathing: B}
            """;

    @Test
    void exercisePrescriptionIsLaidOverItsCategoryFieldByField() throws Exception {
        Catalog catalog = parse("""
                categories:
                  back:
                    prescription: {sets: 3, work: "30-60", rest: 20}
                    breathing: Keep breathing.
                exercises:
                  - {id: plain, name: Plain, category: back, source: common}
                  - {id: sided, name: Sided, category: back, source: common, prescription: {per-side: true}}
                  - {id: longer, name: Longer, category: back, source: common, prescription: {work: 1m30s},
                     breathing: Breathe out.}
                """ + OTHERS);

        assertEquals(new Prescription(3, new SecondsRange(30, 60), 0, false, 20), prescription(catalog, "plain"));
        assertEquals(new Prescription(3, new SecondsRange(30, 60), 0, true, 20), prescription(catalog, "sided"));
        assertEquals(new Prescription(3, SecondsRange.of(90), 0, false, 20), prescription(catalog, "longer"));
        assertEquals("Keep breathing.", catalog.find("plain").orElseThrow().breathing());
        assertEquals("Breathe out.", catalog.find("longer").orElseThrow().breathing());
    }

    @Test
    void restDefaultsTo15SecondsAndMayBeZero() throws Exception {
        Catalog catalog = parse("""
                exercises:
                  - {id: b1, name: B1, category: back, source: common, prescription: {sets: 2, reps: 8}, breathing: B}
                  - {id: b2, name: B2, category: back, source: common, prescription: {sets: 2, work: 45s, rest: 0},
                     breathing: B}
                """ + OTHERS);

        assertEquals(new Prescription(2, null, 8, false, 15), prescription(catalog, "b1"));
        assertEquals(new Prescription(2, SecondsRange.of(45), 0, false, 0), prescription(catalog, "b2"));
    }

    @Test
    void levelsAreNumberedFromOneAndInheritTheExercisePrescription() throws Exception {
        Catalog catalog = parse("""
                exercises:
                  - id: knee-drop
                    name: Knee Drop
                    category: back
                    source: common
                    prescription: {sets: 3, work: 30, reps: 10}
                    breathing: Breathe out.
                    levels:
                      - {name: Easy, description: Feet down.}
                      - {name: Hard, prescription: {sets: 4}}
                """ + OTHERS);
        Exercise e = catalog.find("knee-drop").orElseThrow();

        assertEquals(List.of(
                new Level(1, "Easy", "Feet down.", new Prescription(3, SecondsRange.of(30), 10, false, 15)),
                new Level(2, "Hard", "", new Prescription(4, SecondsRange.of(30), 10, false, 15))), e.levels());
    }

    @Test
    void textOnSeveralLinesIsJoinedIntoOne() throws Exception {
        Catalog catalog = parse("""
                exercises:
                  - id: b
                    name: B
                    category: back
                    source: common
                    prescription: {sets: 1, work: 30}
                    breathing: >
                      Breathe
                      out.
                    cues:
                      - "Lie down,\\n  then lift."
                """ + OTHERS);

        Exercise b = catalog.find("b").orElseThrow();
        assertEquals("Breathe out.", b.breathing());
        assertEquals(List.of("Lie down, then lift."), b.cues());
    }

    @Test
    void equipmentTargetsAndSidesAreRead() throws Exception {
        Catalog catalog = parse("""
                exercises:
                  - id: b
                    name: B
                    category: back
                    source: common
                    prescription: {sets: 1, work: 30, per-side: true}
                    breathing: B
                    equipment: [band, wall]
                    targets: [upper back, "shoulders"]
                    sides:
                      left: band anchored on your left
                      right: band anchored on your right
                      switch: turn around to face the other way
                """ + OTHERS);
        Exercise b = catalog.find("b").orElseThrow();

        assertEquals(List.of("band", "wall"), b.equipment());
        assertEquals(List.of("upper back", "shoulders"), b.targets());
        assertEquals(new Sides("band anchored on your left", "band anchored on your right",
                "turn around to face the other way"), b.sidesNote().orElseThrow());
        Exercise plain = catalog.find("m").orElseThrow();
        assertEquals(List.of(), plain.equipment(), "a mat is all it needs");
        assertEquals(List.of(), plain.targets());
        assertTrue(plain.sidesNote().isEmpty());
    }

    @Test
    void sidesMayComeFromTheCategoryOrALevelThatIsPerSide() throws Exception {
        Catalog catalog = parse("""
                categories:
                  stretch: {prescription: {sets: 1, work: 30, per-side: true}, breathing: B}
                exercises:
                  - {id: s2, name: S2, category: stretch, source: common,
                     sides: {left: left knee in, right: right knee in, switch: change legs}}
                  - id: b
                    name: B
                    category: back
                    source: common
                    prescription: {sets: 1, work: 30}
                    breathing: B
                    sides: {left: left leg, right: right leg, switch: change legs}
                    levels:
                      - {name: Level I, description: both legs at once}
                      - {name: Level II, description: one leg at a time, prescription: {per-side: true}}
                """ + OTHERS);

        assertEquals("change legs", catalog.find("s2").orElseThrow().sidesNote().orElseThrow().change());
        assertEquals("left leg", catalog.find("b").orElseThrow().sidesNote().orElseThrow().left());
    }

    @Test
    void lineBreaksInTextJoinButNoOtherControlCharacterGetsThrough() {
        // The one place a control character is allowed: a line break, which joins into a space.
        assertEquals(List.of(
                "test.yaml:3:11: name contains a control character (U+001B); remove it",
                "test.yaml:4:5: unknown key 'cue\\u0007s' in an exercise (did you mean 'cues'?)"),
                problems("""
                        exercises:
                          - id: b
                            name: "B\\e[31m"
                            "cue\\as": [x]
                            category: back
                            source: common
                            prescription: {sets: 1, work: 30}
                            breathing: "Breathe\\r\\nout."
                        """ + OTHERS));
    }

    @Test
    void textThatLooksLikeAVariableOrAMergeKeyIsJustText() throws Exception {
        Catalog catalog = parse("""
                exercises:
                  - id: b
                    name: ${HOME}
                    category: back
                    source: common
                    prescription: {sets: 1, work: 30}
                    breathing: <<
                """ + OTHERS);

        assertEquals("${HOME}", catalog.find("b").orElseThrow().name());
        assertEquals("<<", catalog.find("b").orElseThrow().breathing());
    }

    @Test
    void everyProblemIsReportedInFileOrderNotJustTheFirst() {
        List<String> problems = problems("""
                exercises:
                  - id: Bad_Id
                    name: One
                    category: back
                    source: common
                    prescription: {sets: 0, work: 30}
                    breathing: B
                  - id: two
                    name: Two
                    category: bak
                    source: blog
                    prescription: {sets: 3, work: 30}
                    breathing: B
                """);

        assertEquals(List.of(
                "test.yaml:2:9: id 'Bad_Id' must be kebab-case (lower-case letters and digits joined by dashes),"
                        + " such as 'bad-id'",
                "test.yaml:6:26: sets must be between 1 and 10, not 0",
                "test.yaml:10:15: unknown category 'bak' (did you mean 'back' or 'abs'?); categories are mobility, abs, back,"
                        + " obliques, glutes, stretch",
                "test.yaml:11:13: source must be 'article' or 'common', not 'blog'"), problems);
    }

    @Test
    void aCategoryWithoutExercisesIsReported() {
        String noMobility = OTHERS.lines().skip(1).map(l -> l + "\n").collect(Collectors.joining());

        assertEquals(List.of("test.yaml:2:3: no exercises in category 'mobility' (a session takes one from each"
                        + " category)"),
                problems("exercises:\n" + noMobility + BACK));
    }

    @Test
    void aCategoryLeftEmptyByARejectedExerciseIsNotReportedAsWell() {
        String badMobility = "  - {id: m, name: M, category: mobility, source: common, prescription: {sets: 0, work: 30},"
                + " breathing: B}\n";
        String noMobility = OTHERS.lines().skip(1).map(l -> l + "\n").collect(Collectors.joining());

        assertEquals(List.of("test.yaml:2:79: sets must be between 1 and 10, not 0"),
                problems("exercises:\n" + badMobility + noMobility + BACK));
    }

    @Test
    void explicitPlainTagsAreAccepted() throws Exception {
        Catalog catalog = parse("""
                exercises:
                  - !!map {id: !!str b, name: B, category: back, source: common,
                     prescription: {sets: !!int "2", work: 30, per-side: !!bool true}, breathing: B}
                """ + OTHERS);

        assertEquals(new Prescription(2, SecondsRange.of(30), 0, true, 15), prescription(catalog, "b"));
    }

    @Test
    void aTagThatDoesNotFitItsValueIsReported() {
        assertEquals(List.of("test.yaml:2:68: the tag '!!str' is not supported here; remove it"),
                problems("exercises:\n"
                        + "  - {id: b, name: B, category: back, source: common, prescription: !!str {sets: 1, work: 30},"
                        + " breathing: B}\n"));
    }

    @Test
    void loadingByPathNamesThePathInMessages() throws Exception {
        Path file = corpus("broken").resolve("sets-zero.yaml");

        InvalidFileException e = assertThrows(InvalidFileException.class, () -> CatalogLoader.load(file));

        assertEquals(List.of(file + ":6:26: sets must be between 1 and 10, not 0"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void loadingAValidFileByPath() throws Exception {
        Path file = corpus("valid").resolve("minimal.yaml");

        Catalog catalog = CatalogLoader.load(file);

        assertEquals(file.toString(), catalog.origin());
        assertAll(catalog.exercises().stream().map(e -> () -> assertFalse(e.breathing().isBlank(), e.id())));
    }

    private static Prescription prescription(Catalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> new AssertionError("no " + id)).prescription();
    }
}
