package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile and mangled input: every outcome is a catalog or positioned one-line problems, never another exception. */
class YamlReaderTest {

    static List<Problem> problems(String text) {
        YamlReader yaml = new YamlReader("t.yaml");
        yaml.parse(text.getBytes(StandardCharsets.UTF_8));
        return yaml.problems();
    }

    /** The root mapping is level 1, so the 64th opening is the one too many: {@code column} is where it is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"'['|']'|66", "'{a: '|'}'|255", "'- '|''|129", "'[{b: '|'}]'|159"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepNestingStopsAtTheLimitWithAPosition(String open, String close, int column) {
        String text = "exercises:\n  " + open.repeat(10_000) + "x" + close.repeat(10_000) + "\n";

        assertEquals(List.of(new Problem("t.yaml", 2, column,
                "nested more than 64 levels deep; a catalog needs fewer than 10")), problems(text));
    }

    @Test
    void nestingUpToTheLimitIsFine() {
        int limit = YamlReader.MAX_DEPTH;

        assertEquals(List.of(), problems("[".repeat(limit) + "]".repeat(limit)));
        assertEquals("nested more than 64 levels deep; a catalog needs fewer than 10",
                problems("[".repeat(limit + 1) + "]".repeat(limit + 1)).get(0).message());
    }

    @Test
    void aFewAliasesToCollectionsAreFine() {
        String twenty = "a: &a [1]\nb: [" + "*a, ".repeat(YamlReader.MAX_COLLECTION_ALIASES) + "]\n";

        assertEquals(List.of(), problems(twenty));
        assertEquals(List.of(new Problem("t.yaml", 2, 85,
                "more than 20 aliases such as '*a' to lists or mappings; write the values out instead")),
                problems(twenty.replace("]\n", "*a]\n")));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHundredThousandDigitsAreJustTooLarge() {
        String digits = "9".repeat(100_000);
        YamlReader yaml = new YamlReader("t.yaml");
        yaml.parse(("n: " + digits + "\n").getBytes(StandardCharsets.UTF_8)).ifPresent(root ->
                yaml.mapping(root, "the test", List.of("n")).ifPresent(f -> yaml.whole(f.get("n"), "n", 1, 10)));

        assertEquals(List.of(new Problem("t.yaml", 1, 4,
                "n must be between 1 and 10, not 9999999999999999999999999999999999999...")), yaml.problems());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHugeUnknownKeyIsShortenedInItsMessage() {
        String key = "k".repeat(1000); // YAML allows at most 1024 characters in a key without '? '.

        InvalidFileException e = assertThrows(InvalidFileException.class,
                () -> CatalogLoader.parse("t.yaml", (key + ": 1\nexercises: []\n").getBytes(StandardCharsets.UTF_8)));

        assertEquals("t.yaml:1:1: unknown key 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...' in the catalog",
                e.problems().get(0).toString());
    }

    @Test
    void controlCharactersInEchoedTextCannotBreakTheLine() {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> CatalogLoader.parse("t.yaml",
                "\"a\\nb\\e[31m\\u2028\": 1\nexercises: []\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("t.yaml:1:1: unknown key 'a\\nb\\u001B[31m\\u2028' in the catalog", e.problems().get(0).toString());
    }

    /**
     * Mangles the bundled catalog a few hundred ways, character by character, with a fixed seed: SnakeYAML has many
     * error paths, and any exception other than {@link InvalidFileException} would reach the user as a stack trace.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mangledCatalogsNeverThrowAnythingElse() throws IOException {
        String original;
        try (InputStream in = getClass().getResourceAsStream("/backplan/exercises.yaml")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String alphabet = "[]{}:,-#&*!|>'\"?%@` \t\n\r\\~.0123456789abcdefxyz-é\u0085\u2028\uFEFF\u0001";
        Random random = new Random(20261124);
        int rejected = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(original);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                    case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> {
                        int from = random.nextInt(text.length());
                        int to = Math.min(text.length(), from + random.nextInt(200));
                        text.insert(at, text.substring(from, to));
                    }
                }
            }
            String mangled = text.toString();
            try {
                CatalogLoader.parse("m.yaml", mangled.getBytes(StandardCharsets.UTF_8));
            } catch (InvalidFileException e) {
                rejected++;
                assertFalse(e.problems().isEmpty());
                long lines = mangled.lines().count() + 1;
                for (Problem p : e.problems()) {
                    String line = p.toString();
                    assertTrue(line.startsWith("m.yaml"), line);
                    assertFalse(line.contains("\n") || line.contains("\r"), line);
                    assertFalse(line.contains("Exception"), line);
                    assertTrue(p.line() >= 0 && p.line() <= lines && p.column() >= 0, line);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + " threw " + e + " for:\n" + mangled, e);
            }
        }
        assertTrue(rejected > 100, "most mangled catalogs are rejected, not " + rejected);
    }
}
