package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list} and {@code show}, plain and JSON, carry equipment, targets and sides, from a catalog of the test's own. */
class CatalogFieldsCommandTest {

    @TempDir
    Path home;

    private Path catalog;

    @BeforeEach
    void writeCatalog() throws IOException {
        catalog = home.resolve("fields.yaml");
        Files.writeString(catalog, """
                exercises:
                  - {id: roll, name: Roll, category: mobility, source: common, prescription: {sets: 1, work: 30},
                     breathing: Breathe.}
                  - {id: crunch, name: Crunch, category: abs, source: common, prescription: {sets: 1, work: 30},
                     breathing: Out on the way up.}
                  - {id: pull-apart, name: Pull-Apart, category: back, source: common,
                     prescription: {sets: 3, work: 30}, breathing: Keep breathing., equipment: [band],
                     targets: [upper back]}
                  - {id: twist, name: Twist, category: obliques, source: common, prescription: {sets: 1, work: 30},
                     breathing: Breathe.}
                  - {id: shell, name: Shell, category: glutes, source: common,
                     prescription: {sets: 3, work: 30, per-side: true}, breathing: Out as you lift.,
                     sides: {left: "lying on your right side, the left knee lifts",
                             right: "lying on your left side, the right knee lifts",
                             switch: roll over onto your other side}}
                  - {id: reach, name: Reach, category: stretch, source: common, prescription: {sets: 1, work: 30},
                     breathing: Breathe., equipment: [strap, chair], targets: [hamstrings, calves]}
                """);
    }

    private Cli.Result run(String... args) {
        Cli.Result r = new Cli(home).env("BACKPLAN_CATALOG", catalog.toString()).run(args);
        assertEquals(0, r.code(), r.dump());
        return r;
    }

    @Test
    void listShowsTheEquipmentInAColumnAndSaysWhatItIs() {
        Cli.Result r = run("list");

        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("  pull-apart  Pull-Apart  3 × 30 s         band          Keep breathing."), r.dump());
        assertTrue(lines.contains("  reach       Reach       30 s             strap, chair  Breathe."), r.dump());
        assertTrue(lines.contains("  roll        Roll        30 s                           Breathe."), r.dump());
        assertEquals("band, chair, strap: what to have at hand; the others need only a mat.",
                lines.get(lines.size() - 1), r.dump());
    }

    @Test
    void listLeavesTheColumnOutWhenNothingShownNeedsEquipment() {
        Cli.Result r = run("list", "--category", "glutes");

        assertEquals("""
                Glutes (glutes) · Part II: strength
                  shell  Shell  3 × 30 s / side  Out as you lift.
                """, r.out(), r.dump());
    }

    @Test
    void showGivesEquipmentTargetsAndWhatEachSideMeans() {
        Cli.Result reach = run("show", "reach");
        assertTrue(reach.out().contains("  equipment:    strap, chair\n  targets:      hamstrings, calves\n"),
                reach.dump());
        assertFalse(reach.out().contains("sides:"), reach.dump());

        Cli.Result shell = run("show", "shell");
        assertTrue(shell.out().contains("""
                  equipment:    just a mat
                  sides:        left: lying on your right side, the left knee lifts
                                right: lying on your left side, the right knee lifts
                                switch: roll over onto your other side
                """), shell.dump());
    }

    @Test
    void jsonCarriesEquipmentTargetsAndSides() {
        Cli.Result shell = run("show", "shell", "--json");
        assertTrue(shell.out().contains("""
                  "equipment" : [ ],
                  "targets" : [ ],
                  "sides" : {
                    "left" : "lying on your right side, the left knee lifts",
                    "right" : "lying on your left side, the right knee lifts",
                    "switch" : "roll over onto your other side"
                  },
                """), shell.dump());

        Cli.Result list = run("list", "--json", "--category", "stretch");
        assertTrue(list.out().contains("\"equipment\" : [ \"strap\", \"chair\" ]"), list.dump());
        assertTrue(list.out().contains("\"targets\" : [ \"hamstrings\", \"calves\" ]"), list.dump());
        assertFalse(list.out().contains("\"sides\""), list.dump());
    }
}
