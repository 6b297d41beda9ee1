package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the bundled catalog line by line (deletes, duplicates, retypes, re-indents and truncates lines; flips
 * bytes), from fixed seeds, and checks that the loader either loads a valid catalog or reports positioned,
 * one-line problems: never any other exception.
 */
class CatalogMutationPropertyTest {

    private static final String[] VALUES = {"[1, 2]", "{a: 1}", "''", "-7", "0", "9999999999999999999", ".nan",
        "3.5", "true", "~", "!!java.lang.Runtime x", "*nope", "&a", "\"unclosed", "30-10", "|", "? x"};

    private static byte[] bundled() throws IOException {
        try (InputStream in = CatalogMutationPropertyTest.class.getResourceAsStream("/backplan/exercises.yaml")) {
            return in.readAllBytes();
        }
    }

    private static byte[] mutate(byte[] original, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8)
                .split("\n", -1)));
        int at = r.nextInt(lines.size());
        switch (r.nextInt(6)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                String s = lines.get(at);
                int colon = s.indexOf(": ");
                String v = VALUES[r.nextInt(VALUES.length)];
                lines.set(at, colon < 0 ? s + " " + v : s.substring(0, colon + 2) + v);
            }
            case 3 -> lines.set(at, "\t" + lines.get(at));
            case 4 -> {
                byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                return Arrays.copyOf(b, r.nextInt(b.length + 1));
            }
            default -> {
                byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                return b;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void loadsOrReportsPositionedProblems() throws IOException {
        byte[] original = bundled();
        for (long seed = 1; seed <= 600; seed++) {
            Random r = new Random(seed);
            byte[] bytes = original;
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                bytes = mutate(bytes, r);
            }
            try {
                Catalog catalog = CatalogLoader.parse("mutant.yaml", bytes);
                assertFalse(catalog.exercises().isEmpty(), "seed " + seed);
            } catch (InvalidFileException e) {
                assertFalse(e.problems().isEmpty(), "seed " + seed + ": an invalid file names a problem");
                for (Problem p : e.problems()) {
                    String where = "seed " + seed + ": " + p;
                    assertTrue(p.toString().startsWith("mutant.yaml:"), where);
                    assertFalse(p.message().contains("\n"), where);
                    assertTrue(p.line() >= 0 && p.column() >= 0, where);
                    assertFalse(p.message().contains("Exception"), where);
                }
            }
        }
    }
}
