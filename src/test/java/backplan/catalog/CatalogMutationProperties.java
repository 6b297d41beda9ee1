package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutates the bundled catalog (deletes, duplicates, retypes and truncates lines; flips bytes) and checks that the
 * loader either loads a valid catalog or reports positioned problems: never any other exception.
 */
class CatalogMutationProperties {

    private static final byte[] BUNDLED = read();

    private static byte[] read() {
        try (InputStream in = CatalogMutationProperties.class.getResourceAsStream("/backplan/exercises.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One edit to the file, as a function of its lines. */
    interface Mutation {
        byte[] apply(byte[] original);
    }

    private static List<String> lines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        int n = lines(BUNDLED).size();
        Arbitrary<Integer> line = Arbitraries.integers().between(0, n - 1);
        Arbitrary<Mutation> delete = line.map(i -> b -> {
            List<String> l = lines(b);
            l.remove(Math.min(i, l.size() - 1));
            return join(l);
        });
        Arbitrary<Mutation> duplicate = line.map(i -> b -> {
            List<String> l = lines(b);
            int at = Math.min(i, l.size() - 1);
            l.add(at, l.get(at));
            return join(l);
        });
        Arbitrary<Mutation> retype = Arbitraries.integers().between(0, n - 1)
                .flatMap(i -> Arbitraries.of("[1, 2]", "{a: 1}", "''", "-7", "0", "9999999999999999999", ".nan",
                        "3.5", "true", "~", "!!java.lang.Runtime x", "*nope", "\"unclosed")
                        .map(v -> (Mutation) b -> {
                            List<String> l = lines(b);
                            int at = Math.min(i, l.size() - 1);
                            String s = l.get(at);
                            int colon = s.indexOf(": ");
                            l.set(at, colon < 0 ? s + " " + v : s.substring(0, colon + 2) + v);
                            return join(l);
                        }));
        Arbitrary<Mutation> truncate = Arbitraries.integers().between(0, BUNDLED.length)
                .map(cut -> b -> Arrays.copyOf(b, Math.min(cut, b.length)));
        Arbitrary<Mutation> flip = Arbitraries.integers().between(0, BUNDLED.length - 1)
                .flatMap(at -> Arbitraries.integers().between(1, 255).map(x -> (Mutation) b -> {
                    byte[] c = b.clone();
                    int i = Math.min(at, c.length - 1);
                    if (i >= 0) {
                        c[i] ^= (byte) (int) x;
                    }
                    return c;
                }));
        Arbitrary<Mutation> indent = line.map(i -> b -> {
            List<String> l = lines(b);
            int at = Math.min(i, l.size() - 1);
            l.set(at, "\t" + l.get(at));
            return join(l);
        });
        return Arbitraries.oneOf(delete, duplicate, retype, truncate, flip, indent).list().ofMinSize(1)
                .ofMaxSize(4);
    }

    @Property(tries = 500)
    void loadsOrReportsPositionedProblems(@ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = BUNDLED;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        try {
            Catalog catalog = CatalogLoader.parse("mutant.yaml", bytes);
            assertFalse(catalog.exercises().isEmpty());
        } catch (InvalidFileException e) {
            assertFalse(e.problems().isEmpty(), "an invalid file names at least one problem");
            for (Problem p : e.problems()) {
                assertTrue(p.toString().startsWith("mutant.yaml:"), p.toString());
                assertFalse(p.message().contains("\n"), "one line per problem: " + p);
                assertTrue(p.line() >= 0 && p.column() >= 0, p.toString());
                assertFalse(p.message().contains("Exception"), "no exception names in messages: " + p);
            }
        }
    }
}
