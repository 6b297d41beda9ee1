package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Category;
import backplan.catalog.InvalidFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

    private static Catalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogLoader.loadBundled();
    }

    @Test
    void savesAndLoadsTheSamePlan() throws Exception {
        PlanFile file = new PlanFile(dir.resolve("conf/plan.yaml"));
        Plan plan = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of(Category.GLUTES, "clamshell",
                Category.ABS, "dead-bug"));
        file.save(plan);
        assertEquals(plan, file.load(catalog).orElseThrow());
        String text = Files.readString(file.path());
        assertTrue(text.startsWith("# backplan plan"), text);
        assertTrue(text.contains("start: 2026-11-24\n"), text);
        assertTrue(text.contains("  glutes: clamshell\n"), text);
        try (var files = Files.list(file.path().getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void noFileIsNoPlan() throws Exception {
        assertTrue(new PlanFile(dir.resolve("plan.yaml")).load(catalog).isEmpty());
    }

    private List<String> problems(String yaml) throws Exception {
        Path path = dir.resolve("plan.yaml");
        Files.writeString(path, yaml);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new PlanFile(path).load(catalog));
        return e.problems().stream().map(p -> p.toString().substring(path.toString().length())).toList();
    }

    @Test
    void everyProblemIsReportedWithItsPosition() throws Exception {
        assertEquals(List.of(
                ":1:8: start must be a date such as 2026-11-24, not '2026-13-01'",
                ":2:11: per-week must be between 1 and 7, not 9",
                ":3:1: unknown key 'wekes' in the plan (did you mean 'weeks'?)",
                ":5:11: the plan picks 'clamshel' for glutes, but the catalog has no such exercise (did you mean"
                        + " 'clamshell'?)",
                ":6:9: the plan picks 'dead-bug' for back, but that is an exercise of category 'abs'",
                ":7:3: unknown key 'glute' in picks (did you mean 'glutes'?)"),
                problems("start: 2026-13-01\nper-week: 9\nwekes: 4\npicks:\n  glutes: clamshel\n  back: dead-bug\n"
                        + "  glute: x\n"));
    }

    @Test
    void syntaxErrorsAndMissingStartAreReported() throws Exception {
        assertEquals(List.of(":1:1: the plan is missing 'start' (a date such as 2026-11-24)"),
                problems("weeks: 4\n"));
        assertTrue(problems("start: [2026\n").get(0).contains("YAML syntax error"));
    }

    @Test
    void aFailedSaveLeavesTheOldPlanWhole() throws Exception {
        PlanFile file = new PlanFile(dir.resolve("plan.yaml"));
        Plan plan = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of());
        file.save(plan);
        String before = Files.readString(file.path());
        dir.toFile().setWritable(false);
        try {
            if (dir.toFile().canWrite()) {
                return; // running as root: permissions do not stop us, nothing to test here
            }
            assertThrows(java.io.IOException.class, () -> file.save(new Plan(LocalDate.of(2027, 1, 1), 2, 6,
                    Map.of())));
        } finally {
            dir.toFile().setWritable(true);
        }
        assertEquals(before, Files.readString(file.path()));
    }
}
