package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Category;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken plan files under {@code src/test/resources/plans/broken}, each beside the exact problems it must produce
 * ({@code NAME.expected}, with the path shortened to the file name). Rerun with -Dgolden.update=true to write them.
 */
class PlanCorpusTest {

    private static final Path BROKEN = Path.of("src/test/resources/plans/broken");
    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogLoader.loadBundled();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachBrokenPlanGetsItsExactProblems(String name) throws IOException {
        Path file = BROKEN.resolve(name);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new PlanFile(file).load(catalog));
        String actual = e.problems().stream().map(Problem::toString)
                .map(p -> p.replace(file.toString(), name)).reduce("", (a, b) -> a + b + "\n");
        Path expected = BROKEN.resolve(name.replace(".yaml", ".expected"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
        for (Problem p : e.problems()) {
            // positioned down to the column, or about the file as a whole
            assertTrue(p.line() > 0 ? p.column() > 0 : p.column() == 0 && p.message().startsWith("the file"),
                    p.toString());
        }
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() throws Exception {
        Plan plan = new PlanFile(Path.of("src/test/resources/plans/valid/bom-crlf.yaml")).load(catalog).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 24), plan.start());
        assertEquals(List.of("clamshell"), plan.picks().get(Category.GLUTES));
        assertEquals(List.of(Category.GLUTES), List.copyOf(plan.picks().keySet()));
    }
}
