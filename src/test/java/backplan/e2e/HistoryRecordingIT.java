package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the history keeps when sessions end well, end badly, run side by side, or cannot be recorded. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class HistoryRecordingIT {

    /** A line exactly as backplan writes it, at noon UTC on the given day. */
    static String recorded(String day, String ending) {
        boolean done = ending.equals("completed");
        return "{\"version\":1,\"start\":\"" + day + "T12:00:00Z\",\"end\":\"" + day + "T12:00:40Z\","
                + "\"zone\":\"Etc/UTC\",\"ending\":\"" + ending + "\",\"completed\":" + done + ","
                + "\"plannedSeconds\":40,\"activeSeconds\":30,\"pausedSeconds\":0,\"exercises\":[{\"id\":\"dead-bug\","
                + "\"name\":\"Dead Bug\",\"category\":\"abs\",\"setsPlanned\":2,\"setsDone\":" + (done ? 2 : 1) + ","
                + "\"workSeconds\":30,\"skippedSteps\":0,\"completed\":" + done + "}]}";
    }

    Sandbox sandbox;

    Launch launch() {
        return new Launch(sandbox).env("TZ", "UTC");
    }

    String[] deadBug(String work) {
        return new String[] {"start", "dead-bug", "--sets", "1", "--work", work, "--lead-in", "0", "--yes",
                "--data-dir", sandbox.dataDir().toString()};
    }

    String[] dataDir(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", sandbox.dataDir().toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void aCompletedAndASigtermedSessionLeaveTwoLinesThatHistoryAndProgressAgreeOn() throws IOException {
        Launch.Result first = launch().run(deadBug("1"));
        assertEquals(0, first.code(), first.dump());

        Launch.Running second = launch().start(deadBug("30"));
        second.waitForLine("the first step", l -> l.contains("Dead Bug — set 1/1"), Duration.ofSeconds(20));
        second.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of the pipes
        Launch.Result stopped = second.finish(Duration.ofSeconds(10));
        assertEquals(143, stopped.code(), stopped.dump());
        assertTrue(stopped.out().contains("Session interrupted."), stopped.dump());

        List<String> lines = sandbox.historyLines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        Map<String, Object> a = JsonTree.object(lines.get(0));
        Map<String, Object> b = JsonTree.object(lines.get(1));
        assertEquals("completed", a.get("ending"), lines.get(0));
        assertEquals("interrupted", b.get("ending"), lines.get(1));

        Launch.Result history = launch().run(dataDir("history", "--json"));
        assertEquals(0, history.code(), history.dump());
        List<Object> listed = JsonTree.array(history.out());
        assertEquals(List.of(a, b), listed, history.dump());

        Launch.Result progress = launch().run(dataDir("progress", "--json"));
        assertEquals(0, progress.code(), progress.dump());
        Map<String, Object> p = JsonTree.object(progress.out());
        assertEquals(2L, p.get("sessions"), progress.dump());
        assertEquals(1L, p.get("completed"), progress.dump());
    }

    @Test
    void aDamagedLineIsNamedSkippedAndLeftAlone() throws IOException {
        Files.createDirectories(sandbox.dataDir());
        String text = recorded("2026-11-20", "completed") + "\n" + "{\"version\":1,\"start\":\"2026-11-2\n"
                + recorded("2026-11-22", "quit") + "\n";
        Files.writeString(sandbox.history(), text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sandbox.history());

        Launch.Result r = launch().run(dataDir("history"));
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("2026-11-20 12:00"), r.dump());
        assertTrue(r.out().contains("2026-11-22 12:00"), r.dump());
        assertTrue(r.err().contains("history.jsonl:2:32: damaged history line skipped (the line ends in the middle"
                + " of its JSON: cut short?)"), r.dump());
        assertFalse(r.err().contains("history.jsonl:1:") || r.err().contains("history.jsonl:3:"), r.dump());

        Launch.Result json = launch().run(dataDir("history", "--json"));
        assertEquals(2, JsonTree.array(json.out()).size(), json.dump());
        assertArrayEquals(before, Files.readAllBytes(sandbox.history()), "reading never rewrites the file");
    }

    @Test
    void twoSessionsAtOnceLeaveTwoWholeLines() throws IOException {
        Launch.Running a = launch().start(deadBug("2"));
        Launch.Running b = launch().start(deadBug("2"));
        Launch.Result ra = a.finish(Launch.TIMEOUT);
        Launch.Result rb = b.finish(Launch.TIMEOUT);
        assertEquals(0, ra.code(), ra.dump());
        assertEquals(0, rb.code(), rb.dump());

        List<String> lines = sandbox.historyLines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        for (String line : lines) {
            assertEquals("completed", JsonTree.object(line).get("ending"), line);
        }
    }

    @Test
    void killMinus9MidSessionLeavesEveryEarlierLineReadable() throws IOException {
        Files.createDirectories(sandbox.dataDir());
        Files.writeString(sandbox.history(), recorded("2026-11-20", "completed") + "\n"
                + recorded("2026-11-21", "quit") + "\n", StandardCharsets.UTF_8);
        Launch.Result done = launch().run(deadBug("1"));
        assertEquals(0, done.code(), done.dump());
        byte[] before = Files.readAllBytes(sandbox.history());

        Launch.Running killed = launch().start(deadBug("30"));
        killed.waitForLine("the first step", l -> l.contains("Dead Bug — set 1/1"), Duration.ofSeconds(20));
        killed.process().toHandle().destroyForcibly(); // SIGKILL: no handler, no summary, no history line
        assertEquals(137, killed.finish(Duration.ofSeconds(10)).code());

        assertArrayEquals(before, Files.readAllBytes(sandbox.history()), "the earlier lines are untouched");
        Launch.Result history = launch().run(dataDir("history", "--json"));
        assertEquals(0, history.code(), history.dump());
        assertEquals(3, JsonTree.array(history.out()).size(), history.dump());
        assertFalse(history.err().contains("damaged"), history.dump());
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedStillGetsTheWholeSummaryAndExit1() throws IOException {
        // chmod cannot stop root from writing; a directory under a regular file can never be created.
        Path file = Files.writeString(sandbox.root().resolve("file.txt"), "not a directory\n", StandardCharsets.UTF_8);
        Path dataDir = file.resolve("sub");
        Launch.Result r = launch().run("start", "dead-bug", "--sets", "1", "--work", "1", "--lead-in", "0", "--yes",
                "--data-dir", dataDir.toString());
        assertEquals(1, r.code(), r.dump());
        assertTrue(r.out().contains("Session complete."), r.dump());
        assertTrue(r.out().contains("  sets:      1 of 1"), r.dump());
        assertTrue(r.out().contains("✓ Dead Bug"), "the summary is printed in full\n" + r.dump());
        assertTrue(r.err().contains("could not be recorded in " + dataDir.resolve("history.jsonl")), r.dump());
        assertFalse(r.err().contains("at backplan."), r.dump());
    }
}
