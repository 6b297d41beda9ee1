package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another program holds the history's lock (this test's JVM, with a POSIX record lock as backplan takes it) while a
 * session ends: the session is never lost. It waits in the journal beside the history, and the next command, once
 * the lock is free, adds it to the history exactly once.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@SuppressWarnings("try") // a held lock is the point of the block; the body never names it
@ExtendWith(SandboxExtension.class)
class HistoryLockIT {

    Sandbox sandbox;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(sandbox.dataDir());
        Files.writeString(sandbox.history(), HistoryRecordingIT.recorded("2026-11-20", "completed") + "\n",
                StandardCharsets.UTF_8);
    }

    Launch launch() {
        return new Launch(sandbox).env("TZ", "UTC");
    }

    Path journal() {
        return sandbox.dataDir().resolve("history.jsonl.journal");
    }

    String[] deadBug(String work) {
        return new String[] {"start", "dead-bug", "--sets", "1", "--work", work, "--lead-in", "0", "--yes",
                "--data-dir", sandbox.dataDir().toString()};
    }

    String[] dataDir(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", sandbox.dataDir().toString()));
        return all.toArray(String[]::new);
    }

    /** The history as {@code history --json} lists it. */
    List<Object> listed() {
        Launch.Result r = launch().run(dataDir("history", "--json"));
        assertEquals(0, r.code(), r.dump());
        return JsonTree.array(r.out());
    }

    static void waitForErr(Launch.Running running, String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!running.err().contains(text)) {
            if (!running.process().isAlive() || System.nanoTime() > deadline) {
                fail("stderr never said '" + text + "'\n--- stdout:\n" + running.out() + "--- stderr:\n"
                        + running.err());
            }
            Tmux.pause(50);
        }
    }

    @Test
    void aSessionEndedBySigtermWhileTheLockIsHeldWaitsInTheJournalAndTheNextCommandAddsIt() throws IOException {
        byte[] before = Files.readAllBytes(sandbox.history());
        try (FileChannel ch = FileChannel.open(sandbox.history(), StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            Launch.Running session = launch().start(deadBug("30"));
            session.waitForLine("the first step", l -> l.contains("Dead Bug — set 1/1"), Duration.ofSeconds(20));
            session.process().toHandle().destroy(); // SIGTERM
            Launch.Result stopped = session.finish(Duration.ofSeconds(20));

            assertEquals(143, stopped.code(), stopped.dump());
            assertTrue(stopped.out().contains("Session interrupted."), stopped.dump());
            assertTrue(stopped.err().contains("another program held the history's lock, so this session's record"
                    + " waits in " + journal()), stopped.dump());
            assertTrue(!stopped.err().contains("could not be recorded"), stopped.dump());
            assertArrayEquals(before, Files.readAllBytes(sandbox.history()), "the history is not touched");
            List<String> waiting = Files.readAllLines(journal(), StandardCharsets.UTF_8);
            assertEquals(1, waiting.size(), String.join("\n", waiting));
            assertEquals("interrupted", JsonTree.object(waiting.get(0)).get("ending"), waiting.get(0));
            assertEquals(2, listed().size(), "a reader sees it while the lock is still held");
        }

        List<Object> listed = listed();

        assertEquals(2, listed.size(), listed.toString());
        assertEquals("interrupted", ((Map<?, ?>) listed.get(1)).get("ending"));
        List<String> lines = sandbox.historyLines();
        assertEquals(2, lines.size(), "the next command added it to the history\n" + String.join("\n", lines));
        assertEquals(0, Files.size(journal()), "and emptied the journal");
        assertEquals(2, listed().size(), "exactly once");
        assertEquals(2, sandbox.historyLines().size());
    }

    @Test
    void aWaitForTheLockIsSaidAndASigtermDuringItLosesNothing() throws IOException {
        try (FileChannel ch = FileChannel.open(sandbox.history(), StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            Launch.Running session = launch().start(deadBug("1"));
            waitForErr(session, "backplan: waiting for another backplan to finish writing the history…",
                    Duration.ofSeconds(30));
            session.process().toHandle().destroy(); // SIGTERM, while it waits
            Launch.Result stopped = session.finish(Duration.ofSeconds(20));

            assertEquals(143, stopped.code(), stopped.dump());
            assertTrue(stopped.out().contains("Session complete."), stopped.dump());
            assertEquals(1, stopped.err().split("waiting for another backplan", -1).length - 1, "said once\n"
                    + stopped.dump());
            assertTrue(stopped.err().contains("waits in " + journal()), stopped.dump());
            assertEquals(1, sandbox.historyLines().size());
        }

        Launch.Result due = launch().run(dataDir("due"));

        assertTrue(due.code() == 0 || due.code() == 1, due.dump());
        List<String> lines = sandbox.historyLines();
        assertEquals(2, lines.size(), "due, the next command, added it\n" + String.join("\n", lines));
        assertEquals("completed", JsonTree.object(lines.get(1)).get("ending"), lines.get(1));
        assertEquals(0, Files.size(journal()));
    }
}
