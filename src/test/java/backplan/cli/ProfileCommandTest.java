package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backplan profile} and what a profile changes in {@code show}, {@code list}, {@code plan set} and
 * {@code start}, in-process against the bundled catalog (whose condition marks are the point here).
 */
class ProfileCommandTest {

    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return new Cli(home).run(args);
    }

    private Cli.Result ok(Cli.Result r) {
        assertEquals(0, r.code(), r.dump());
        return r;
    }

    private Path profile() {
        return home.resolve("config/backplan/profile.yaml");
    }

    private Path plan() {
        return home.resolve("config/backplan/plan.yaml");
    }

    // ---- the catalog's fields ----

    @Test
    void showSphinxListsSpinalStenosis() {
        Cli.Result text = ok(run("show", "sphinx"));
        assertTrue(text.out().contains("  avoid with:   pregnancy, spinal stenosis\n"), text.dump());
        assertTrue(text.out().contains("  care with:    sciatica or leg symptoms: stop short of any pain"),
                text.dump());

        Cli.Result json = ok(run("show", "sphinx", "--json"));
        assertTrue(json.out().contains("\"avoidWith\" : [ \"pregnancy\", \"spinal-stenosis\" ]"), json.dump());
        assertTrue(json.out().contains("\"careWith\" : [ \"sciatica\" ]"), json.dump());
    }

    @Test
    void listJsonCarriesTheConditionsOfEveryExercise() {
        Cli.Result r = ok(run("list", "--json", "--category", "stretch"));
        assertTrue(r.out().contains("\"avoidWith\" : [ \"hip-replacement\" ]"), r.dump());
        assertTrue(r.out().contains("\"careWith\" : [ \"pregnancy\", \"hip-replacement\", \"sciatica\" ]"), r.dump());
        assertTrue(r.out().contains("\"avoidWith\" : [ ]"), "every exercise has both fields\n" + r.dump());
    }

    // ---- the profile command ----

    @Test
    void withNoProfileItSaysSoAndListsTheConditions() {
        Cli.Result r = ok(run("profile"));
        assertTrue(r.out().startsWith("No profile yet: every exercise is offered."), r.dump());
        assertTrue(r.out().contains("  spinal-stenosis  spinal stenosis\n"), r.dump());
        assertTrue(r.out().contains("  sciatica         sciatica or leg symptoms\n"), r.dump());
        assertFalse(Files.exists(profile()), "showing writes nothing");
    }

    @Test
    void setSavesTheProfileAndSaysWhatItLeavesOutAndMarks() throws Exception {
        Cli.Result set = ok(run("profile", "set", "spinal-stenosis"));
        assertTrue(set.out().startsWith("Saved your profile in " + profile() + ".\nYour profile: spinal stenosis.\n"),
                set.dump());
        assertTrue(set.out().lines().anyMatch(l -> l.matches("  sphinx +Sphinx +spinal stenosis")), set.dump());
        assertTrue(set.out().lines().anyMatch(l -> l.matches("  cat-cow +Cat to Cow +spinal stenosis")), set.dump());
        assertEquals(set.out().indexOf("Sphinx") - set.out().lastIndexOf("\n", set.out().indexOf("Sphinx")),
                set.out().indexOf("Cat to Cow") - set.out().lastIndexOf("\n", set.out().indexOf("Cat to Cow")),
                "both lists in one column\n" + set.dump());
        assertTrue(set.out().contains("With spinal stenosis: keep your low back from arching"), set.dump());
        assertTrue(Files.readString(profile()).endsWith("conditions:\n- spinal-stenosis\n"));

        Cli.Result shown = ok(run("profile"));
        assertTrue(shown.out().contains("Left out for you"), shown.dump());
        assertTrue(shown.out().endsWith("\n'backplan profile set KEY...' changes it; 'backplan profile set none'"
                + " clears it.\n"), shown.dump());
        Cli.Result json = ok(run("profile", "--json"));
        assertTrue(json.out().contains("\"conditions\" : [ \"spinal-stenosis\" ]"), json.dump());
        assertTrue(json.out().contains("\"id\" : \"sphinx\""), json.dump());

        ok(run("profile", "set", "none"));
        assertTrue(Files.readString(profile()).endsWith("conditions: []\n"));
        assertTrue(ok(run("profile")).out().startsWith("Your profile: none of the conditions"));
    }

    @Test
    void aTypoIsAUsageErrorWithADidYouMeanAndSavesNothing() {
        Cli.Result typo = run("profile", "set", "osteoprosis");
        assertEquals(2, typo.code(), typo.dump());
        assertEquals("backplan: unknown condition 'osteoprosis' (did you mean 'osteoporosis'?); the conditions are"
                + " pregnancy, osteoporosis, hip-replacement, sciatica, spinal-stenosis, wrist-trouble, or none\n",
                typo.err());
        Cli.Result mixed = run("profile", "set", "none", "sciatica");
        assertEquals(2, mixed.code(), mixed.dump());
        assertTrue(mixed.err().contains("'none' goes alone"), mixed.dump());
        assertEquals(2, run("profile", "set").code(), "at least one KEY");
        assertFalse(Files.exists(profile()));
        ok(run("profile", "set", "Hip-Replacement,wrist-trouble"));
        assertTrue(ok(run("profile")).out().startsWith("Your profile: hip replacement and wrist trouble."));
    }

    @Test
    void aBrokenProfileIsReportedAtItsPlaceAndNeverRewritten() throws Exception {
        Files.createDirectories(profile().getParent());
        String broken = "conditions: [sciatica, spinal-stenossis]\n";
        Files.writeString(profile(), broken);
        for (String[] args : new String[][] {{"profile"}, {"profile", "set", "none"}, {"plan", "set"},
                {"start", "--dry-run"}, {"start", "--plain", "--yes", "dead-bug"}}) {
            Cli.Result r = run(args);
            assertEquals(3, r.code(), r.dump());
            assertTrue(r.err().contains(profile() + ":1:24: unknown condition 'spinal-stenossis' (did you mean"
                    + " 'spinal-stenosis'?)"), r.dump());
            assertEquals(broken, Files.readString(profile()), String.join(" ", args));
        }
    }

    // ---- what a profile changes ----

    @Test
    void planSetRefusesAPickTheProfileLeavesOut() throws Exception {
        ok(run("profile", "set", "spinal-stenosis"));
        Cli.Result r = run("plan", "set", "--pick", "mobility=sphinx");
        assertEquals(2, r.code(), r.dump());
        assertEquals("backplan: --pick mobility=sphinx: Sphinx is one to leave out with spinal stenosis, which your"
                + " profile names; 'backplan profile' shows what suits you, 'backplan profile set' changes the"
                + " profile\n", r.err());
        assertFalse(Files.exists(plan()));
    }

    @Test
    void theDefaultPicksSkipWhatTheProfileLeavesOut() {
        ok(run("profile", "set", "hip-replacement"));
        Cli.Result dry = ok(run("start", "--dry-run"));
        assertTrue(dry.out().contains("Lying Hamstring Stretch with Strap"), dry.dump());
        assertFalse(dry.out().contains("Knee to Chest"), dry.dump());
        ok(run("plan", "set"));
        assertTrue(ok(run("plan")).out().contains("Lying Hamstring Stretch with Strap"));
    }

    @Test
    void aPlanMadeBeforeTheProfileIsNotedAndStartSwapsWhatItLeavesOut() throws Exception {
        ok(run("plan", "set", "--pick", "mobility=sphinx"));
        ok(run("profile", "set", "spinal-stenosis"));

        Cli.Result shown = ok(run("plan"));
        assertTrue(shown.out().contains("note: Sphinx is one to leave out with spinal stenosis (your profile)"),
                shown.dump());
        Cli.Result dry = ok(run("start", "--dry-run"));
        assertTrue(dry.err().contains("note: Sphinx (sphinx) is one to leave out with spinal stenosis"), dry.dump());
        assertTrue(dry.err().contains("note: today: Cat to Cow (cat-cow) instead of Sphinx; 'backplan plan set --pick"
                + " mobility=cat-cow' keeps it."), dry.dump());
        assertFalse(dry.out().contains("Sphinx"), dry.dump());
        assertTrue(dry.err().contains("note: with spinal stenosis, take care in Cat to Cow: keep your low back"),
                dry.dump());
        Cli.Result session = run("start", "--plain", "--yes", "--sets", "1", "--work", "1", "--rest", "0",
                "--rest-between", "0", "--lead-in", "0", "--switch", "0");
        assertEquals(0, session.code(), session.dump());
        assertFalse(session.out().contains("Sphinx"), "with --yes it is never done\n" + session.dump());
        assertTrue(Files.readString(plan()).contains("mobility: sphinx"), "the plan itself is left to the person");
    }

    @Test
    void namedExercisesTheProfileLeavesOutAreLeftOutAndNothingLeftIsAnError() {
        ok(run("profile", "set", "wrist-trouble", "spinal-stenosis"));
        Cli.Result some = ok(run("start", "--dry-run", "sphinx", "dead-bug"));
        assertTrue(some.err().contains("note: left Sphinx out of this session."), some.dump());
        assertTrue(some.out().contains("Dead Bug") && !some.out().contains("Sphinx"), some.dump());
        Cli.Result none = run("start", "--dry-run", "sphinx", "thread-the-needle");
        assertEquals(2, none.code(), none.dump());
        assertTrue(none.err().endsWith("backplan: no exercise left for this session: your profile leaves out every"
                + " one named ('backplan profile' shows why, 'backplan profile set' changes it)\n"), none.dump());
    }

    @Test
    void aScriptWithoutAProfileIsToldOnceThatProfileSetExists() {
        String[] quick = {"start", "dead-bug", "--plain", "--yes", "--sets", "1", "--work", "1", "--lead-in", "0"};
        Cli.Result first = ok(run(quick));
        assertTrue(first.err().contains("note: no profile, so no exercise is left out for a condition; 'backplan"
                + " profile set KEY...' says which apply"), first.dump());
        Cli.Result second = ok(run(quick));
        assertFalse(second.err().contains("backplan profile set"), "said once\n" + second.dump());
        assertFalse(Files.exists(profile()), "a script's silence is not an answer: a terminal still asks");
    }

    // ---- the single-leg bridge, now the glute bridge's Level II ----

    @Test
    void aPlanThatPicksTheSingleLegBridgeKeepsWorkingAsTheGluteBridgesLevelTwo() throws Exception {
        Files.createDirectories(plan().getParent());
        Files.writeString(plan(), "start: 2026-11-23\nper-week: 3\nweeks: 4\npicks:\n  glutes: single-leg-bridge\n");
        Cli.Result shown = ok(run("plan"));
        assertTrue(shown.out().contains("Glute Bridge"), shown.dump());
        assertTrue(shown.out().contains("Level II"), shown.dump());
        Cli.Result dry = ok(run("start", "--dry-run"));
        assertTrue(dry.out().contains("  glutes    Glute Bridge      3 × 30 s / side (Level II)\n"), dry.dump());
        ok(run("plan", "set", "--per-week", "2"));
        String saved = Files.readString(plan());
        assertTrue(saved.contains("glutes: glute-bridge") && saved.contains("glute-bridge: 2"), saved);
    }

    @Test
    void namingTheSingleLegBridgeSaysWhereItWent() {
        Cli.Result r = run("start", "--dry-run", "single-leg-bridge");
        assertEquals(2, r.code(), r.dump());
        assertEquals("backplan: 'single-leg-bridge' is now Level II of Glute Bridge (glute-bridge, level 2): name"
                + " glute-bridge with --level glute-bridge=2\n", r.err());
    }
}
