package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Category;
import backplan.catalog.InvalidFileException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
        Plan plan = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of(Category.GLUTES, List.of("clamshell"),
                Category.ABS, List.of("dead-bug")));
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
            // as root, permissions stop nothing: skipped (and said so), not passed
            org.junit.jupiter.api.Assumptions.assumeFalse(dir.toFile().canWrite(), "running as root");
            assertThrows(java.io.IOException.class, () -> file.save(new Plan(LocalDate.of(2027, 1, 1), 2, 6,
                    Map.of())));
        } finally {
            dir.toFile().setWritable(true);
        }
        assertEquals(before, Files.readString(file.path()));
    }

    @Test
    void twoBackAndThreeGluteExercisesLevelsAndDaysRoundTrip() throws Exception {
        PlanFile file = new PlanFile(dir.resolve("plan.yaml"));
        Plan plan = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of(
                Category.BACK, List.of("prone-y-t-raise", "bird-dog"),
                Category.GLUTES, List.of("clamshell", "glute-bridge", "fire-hydrant"),
                Category.ABS, List.of("dead-bug")), Map.of("oblique-knee-drop", 2),
                java.util.EnumSet.of(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.WEDNESDAY));
        file.save(plan);
        assertEquals(plan, file.load(catalog).orElseThrow());
        String text = Files.readString(file.path());
        assertTrue(text.contains("days:\n- mon\n- wed\n- fri\n"), "in week order\n" + text);
        assertTrue(text.contains("  back:\n  - prone-y-t-raise\n  - bird-dog\n"), "in the order picked\n" + text);
        assertTrue(text.contains("  abs: dead-bug\n"), "a single pick as before\n" + text);
        assertTrue(text.contains("levels:\n  oblique-knee-drop: 2\n"), text);
    }

    @Test
    void aListOfOneAndAFlowListAreReadToo() throws Exception {
        Path path = dir.resolve("plan.yaml");
        Files.writeString(path, "start: 2026-11-24\ndays: [Monday, thu]\npicks:\n  back: [wall-angel]\n"
                + "  glutes:\n    - donkey-kick\n    - clamshell\n");
        Plan plan = new PlanFile(path).load(catalog).orElseThrow();
        assertEquals(List.of("wall-angel"), plan.picks().get(Category.BACK));
        assertEquals(List.of("donkey-kick", "clamshell"), plan.picks().get(Category.GLUTES));
        assertEquals(2, plan.perWeek(), "the days say how many when per-week is left out");
        assertEquals(java.util.Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY), plan.days());
        Files.writeString(path, "start: 2026-11-24\ndays: []\n");
        assertEquals(java.util.Set.of(), new PlanFile(path).load(catalog).orElseThrow().days(), "none fixed");
    }

    private static final Plan PLAN = new Plan(LocalDate.of(2026, 11, 24), 3, 4, Map.of(Category.ABS, List.of("dead-bug")));

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aPlanThatIsALinkIsWrittenThroughToItsTargetAndStaysALink() throws Exception {
        Path dotfiles = Files.createDirectories(dir.resolve("dotfiles/backplan"));
        Path target = Files.writeString(dotfiles.resolve("plan.yaml"), "start: 2026-01-01\n");
        Path config = Files.createDirectories(dir.resolve("config"));
        Path link = Files.createSymbolicLink(config.resolve("plan.yaml"), Path.of("../dotfiles/backplan/plan.yaml"));

        new PlanFile(link).save(PLAN);

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(PLAN, new PlanFile(target).load(catalog).orElseThrow());
        try (var files = Files.list(dotfiles)) {
            assertEquals(List.of(target), files.toList(), "the temporary file was beside the target, and is gone");
        }
        try (var files = Files.list(config)) {
            assertEquals(List.of(link), files.toList());
        }
    }

    @Test
    void aLinkToAMissingPlanIsNoPlanUntilSavedThenTheFileIsMadeWhereItPoints() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("plan.yaml"), dir.resolve("repo/plan.yaml"));
        PlanFile file = new PlanFile(link);

        assertTrue(file.load(catalog).isEmpty());
        file.save(PLAN);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(PLAN, new PlanFile(dir.resolve("repo/plan.yaml")).load(catalog).orElseThrow());
    }

    @Test
    void aLoopOfLinksIsRefusedByName() throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        IOException e = assertThrows(IOException.class, () -> new PlanFile(a).save(PLAN));

        assertEquals(a + ": too many levels of symbolic links", UserFiles.describe(e));
    }

    @Test
    void aNewPlanIsTheOwnersAloneAndAReplacedOneKeepsItsMode() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        PlanFile fresh = new PlanFile(dir.resolve("new/plan.yaml"));
        fresh.save(PLAN);
        assertEquals("rw-------", mode(fresh.path()));
        assertEquals("rwx------", mode(dir.resolve("new")));

        Path shared = Files.writeString(dir.resolve("plan.yaml"), "start: 2026-01-01\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        new PlanFile(shared).save(PLAN);
        assertEquals("rw-r--r--", mode(shared), "the person chose this mode; a save does not change it");
    }

    @Test
    void aDirectoryWhereThePlanGoesIsRefusedByName() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("plan.yaml"));
        PlanFile file = new PlanFile(directory);

        InvalidFileException load = assertThrows(InvalidFileException.class, () -> file.load(catalog));
        IOException save = assertThrows(IOException.class, () -> file.save(PLAN));

        assertEquals(directory + ": is a directory, not a file", load.problems().get(0).toString());
        assertEquals(directory + ": is a directory, not a file", UserFiles.describe(save));
    }

    @Test
    @Timeout(10)
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("plan.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        PlanFile file = new PlanFile(fifo);

        InvalidFileException load = assertThrows(InvalidFileException.class, () -> file.load(catalog));
        IOException save = assertThrows(IOException.class, () -> file.save(PLAN));

        assertEquals(fifo + ": is a named pipe, not a file", load.problems().get(0).toString());
        assertEquals(fifo + ": is a named pipe, not a file", UserFiles.describe(save));
    }
}
