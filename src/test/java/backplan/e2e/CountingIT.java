package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12's check, as a person does it on a fresh data directory with a plan: a session skipped through with s
 * on the live screen is recorded but not counted and due still says a session is due; a full session with little
 * work counts.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class CountingIT {

    Sandbox sandbox;
    Tmux tmux;

    @BeforeEach
    void setUp() {
        Launch.Result plan = new Launch(sandbox).run("plan", "set", "--data-dir", sandbox.dataDir().toString());
        assertEquals(0, plan.code(), plan.dump());
    }

    private Launch.Result due() {
        return new Launch(sandbox).run("due", "--data-dir", sandbox.dataDir().toString());
    }

    @Test
    void aSessionSkippedThroughIsRecordedNotCountedAndASessionIsStillDue() throws IOException {
        // --pain: the answer is given, so no question after the session, however long the skipping took on a
        // loaded machine (a session with a second of activity would ask it, and record the answer as a second line)
        tmux.start(100, 30, "start", "--yes", "--lead-in", "0", "--pain", "0", "--data-dir",
                sandbox.dataDir().toString());
        tmux.waitFor("set 1/", Tmux.STARTUP);
        // s on every step, as fast as the screen follows, until the session is over
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Screen s = tmux.screen();
        while (!s.contains(LiveScreenIT.PAIN_PROMPT) && !Tmux.exited(s) && System.nanoTime() < deadline) {
            tmux.sendKeys("s");
            Tmux.pause(60);
            s = tmux.screen();
        }
        if (s.contains(LiveScreenIT.PAIN_PROMPT)) {
            tmux.sendKeys("Enter");
        }
        assertEquals(0, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        Screen end = tmux.screen();
        assertTrue(end.contains("exercises: 0 of 6 done, 6 skipped"), end.framed());
        assertTrue(end.contains("Not counted: no set was done"), end.framed());

        List<String> lines = sandbox.historyLines();
        assertEquals(1, lines.size(), String.join("\n", lines));
        Map<String, Object> entry = JsonTree.object(lines.get(0));
        assertEquals(false, entry.get("counts"), lines.get(0));
        assertEquals("no-set", entry.get("whyNot"), lines.get(0));

        Launch.Result due = due();
        assertEquals(0, due.code(), due.dump());
        assertTrue(due.out().startsWith("Due: a session is due today (week 1 of 4: 0 of 3 sessions done)"),
                due.dump());
    }

    @Test
    void aFullSessionWithLittleWorkCounts() {
        Launch.Result r = new Launch(sandbox).run("start", "--plain", "--yes", "--work", "1", "--rest", "0",
                "--lead-in", "0", "--rest-between", "0", "--switch", "0", "--data-dir", sandbox.dataDir().toString());
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("exercises: 6 of 6 done"), r.dump());
        assertTrue(r.out().contains("Counts toward this week: 1 of 3"), r.dump());
        Launch.Result due = due();
        assertEquals(1, due.code(), due.dump());
        assertTrue(due.out().startsWith("Not due: done today (week 1 of 4: 1 of 3 sessions done)"), due.dump());
    }
}
