package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.history.FourWeeks;
import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After week four: a plan from Monday 2026-11-02 with four weeks of sessions, seen on the Monday after its last
 * day. Nothing goes on as if a fifth week were the fourth; {@code plan renew} starts another.
 */
class PlanEndTest {

    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return run(FourWeeks.AFTER, args);
    }

    private Cli.Result run(ZonedDateTime at, String... args) {
        return new Cli(home).clock(new FakeClock(at)).run(args);
    }

    private void seed() throws IOException {
        Cli.Result set = run(FourWeeks.AFTER.minusWeeks(4), "plan", "set", "--days", "mon,wed,fri", "--level",
                "glute-bridge=2");
        assertEquals(0, set.code(), set.dump());
        FourWeeks.write(home.resolve("data/backplan/history.jsonl"), "Dead Bug");
    }

    private String planFile() throws IOException {
        return Files.readString(home.resolve("config/backplan/plan.yaml"));
    }

    @Test
    void dueStatusAndPlanSayThePlanEndedAndShowItsWeeks() throws IOException {
        seed();
        Cli.Result due = run("due");
        assertEquals(1, due.code(), due.dump());
        assertEquals("The four-week plan ended on 2026-11-29: 'backplan plan renew' starts another\n", due.out());
        assertEquals("plan ended · renew\n", run("status").out());
        assertTrue(run("status", "--json").out().contains("\"ended\":true"));

        Cli.Result plan = run("plan");
        assertEquals(0, plan.code(), plan.dump());
        String text = plan.out();
        assertTrue(text.contains("The four-week plan ended on Sun Nov 29: 2 of 4 weeks met the goal of 3."), text);
        assertTrue(text.contains("week 1  Nov 2 to Nov 8    3/3 ✓\n"), text);
        assertTrue(text.contains("week 2  Nov 9 to Nov 15   2/3    +1 not counted\n"), text);
        assertTrue(text.contains("week 4  Nov 23 to Nov 29  2/3\n"), text);
        assertTrue(text.contains("backplan plan renew ") && text.contains("backplan plan set ")
                && text.contains("backplan plan renew --maintenance"), text);
        assertFalse(text.contains("Week 5") || text.contains("week 5") || text.contains("Next session"), text);
        assertTrue(run("plan", "--json").out().contains("\"ended\" : true"));
    }

    @Test
    void renewStartsTheSamePlanFromTodayAndMaintenanceALighterOne() throws IOException {
        seed();
        String before = planFile();
        Cli.Result renew = run("plan", "renew");
        assertEquals(0, renew.code(), renew.dump());
        String after = planFile();
        assertTrue(after.contains("start: '2026-11-30'") || after.contains("start: 2026-11-30"), after);
        assertEquals(before.replaceAll("start: .*", ""), after.replaceAll("start: .*", ""),
                "the same picks, levels, days and goal");
        assertTrue(after.contains("glute-bridge: 2"), after);
        Cli.Result due = run("due");
        assertEquals(0, due.code(), due.dump());
        assertTrue(due.out().contains("week 1 of 4"), due.dump());

        Cli.Result early = run("plan", "renew");
        assertEquals(2, early.code(), "a running plan is not thrown away\n" + early.dump());
        assertTrue(early.err().contains("the plan runs until 2026-12-27"), early.dump());

        Cli.Result lighter = run(FourWeeks.AFTER.plusWeeks(4), "plan", "renew", "--maintenance");
        assertEquals(0, lighter.code(), lighter.dump());
        String maintenance = planFile();
        assertTrue(maintenance.contains("per-week: 2"), maintenance);
        assertTrue(maintenance.contains("- mon\n- thu") || maintenance.contains("- mon\n  - thu"), maintenance);
        assertTrue(maintenance.contains("glute-bridge: 2"), maintenance);
    }

    @Test
    void aSessionAfterTheEndSaysThePlanEnded() throws IOException {
        seed();
        Cli.Result r = run("start", "--plain", "--yes", "--rest", "0", "--lead-in", "0", "--rest-between", "0",
                "--switch", "0");
        assertEquals(0, r.code(), r.dump());
        String summary = r.out().replaceAll("\\s+", " ");
        assertTrue(summary.contains("The four-week plan ended on 2026-11-29: 'backplan plan renew' starts another"),
                summary);
    }

    @Test
    void renewWithoutAPlanIsAUsageError() {
        Cli.Result r = run("plan", "renew");
        assertEquals(2, r.code(), r.dump());
        assertTrue(r.err().contains("there is no plan to renew"), r.dump());
    }
}
