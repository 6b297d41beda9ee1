package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every wait for a person or a file ends promptly on SIGTERM, SIGHUP or SIGINT, with the shell's exit code for the
 * signal, the terminal given back, and a session that ran recorded exactly once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class SignalsIT {

    private static final Pattern FLAGS = Pattern.compile("(?m)^flags:\\s*([0-7]+)");

    Sandbox sandbox;
    Tmux tmux;

    private String[] start(String... more) {
        List<String> args = new ArrayList<>(List.of("start", "--lead-in", "0", "--data-dir",
                sandbox.dataDir().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private void signal(String name) throws IOException, InterruptedException {
        long pid = tmux.javaPid().orElseThrow(() -> new AssertionError("no java process\n" + tmux.screen()));
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    private void assertRestored() {
        Screen s = tmux.screen();
        assertTrue(tmux.cooked(), "cooked mode again:\n" + tmux.stty() + "\n" + s);
        assertFalse(tmux.alternateScreen(), "the alternate screen was left\n" + s);
        assertTrue(tmux.cursorVisible(), "the cursor is visible again\n" + s);
        assertFalse(s.contains("Exception") || s.contains("\tat "), "no stack trace\n" + s);
    }

    @Test
    void sigtermAtThePainQuestionEndsAtOnceAndTheSessionIsKept() throws Exception {
        tmux.start(100, 30, start("dead-bug", "--yes", "--sets", "1", "--work", "2"));
        tmux.waitFor(LiveScreenIT.PAIN_PROMPT, Tmux.STARTUP);
        assertEquals(1, sandbox.historyLines().size(), "recorded before the question is asked");

        signal("TERM");
        assertEquals(143, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        assertRestored();
        assertTrue(tmux.screen().contains("Session complete."), tmux.screen().framed());
        Map<String, Object> session = LiveScreenIT.onlySession(sandbox, tmux.lastScreen());
        assertEquals("completed", session.get("ending"));
        assertFalse(session.containsKey("painAfter"), session.toString());
        assertEquals(2, sandbox.historyLines().size(), "the question's end is written: nothing waits for it");
    }

    @Test
    void sigintAtThePainQuestionEndsItWith130AndTheSessionIsKept() throws Exception {
        tmux.start(100, 30, start("dead-bug", "--yes", "--sets", "1", "--work", "2"));
        tmux.waitFor(LiveScreenIT.PAIN_PROMPT, Tmux.STARTUP);
        signal("INT");
        assertEquals(130, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        assertRestored();
        assertEquals("completed", LiveScreenIT.onlySession(sandbox, tmux.lastScreen()).get("ending"));
    }

    @Test
    void aKillDuringThePainQuestionStillLeavesTheSessionRecorded() throws Exception {
        tmux.start(100, 30, start("dead-bug", "--yes", "--sets", "1", "--work", "2"));
        tmux.waitFor(LiveScreenIT.PAIN_PROMPT, Tmux.STARTUP);
        signal("KILL");
        long deadline = System.nanoTime() + Tmux.SHORT.toNanos();
        while (tmux.javaPid().isPresent() && System.nanoTime() < deadline) {
            Tmux.pause(50);
        }
        assertFalse(tmux.javaPid().isPresent(), "killed");
        Launch.Result history = new Launch(sandbox).run("history", "--json", "--data-dir",
                sandbox.dataDir().toString());
        assertEquals(0, history.code(), history.dump());
        assertTrue(history.out().contains("\"ending\":\"completed\""), history.dump());
    }

    @Test
    void sigtermAtTheQuitQuestion() throws Exception {
        tmux.start(100, 30, start("dead-bug", "--yes", "--sets", "2", "--work", "10"));
        tmux.waitFor("set 1/2", Tmux.STARTUP);
        tmux.sendKeys("q");
        tmux.waitFor("Quit the session?");
        signal("TERM");
        assertEquals(143, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        assertRestored();
        assertEquals("interrupted", LiveScreenIT.onlySession(sandbox, tmux.lastScreen()).get("ending"));
    }

    @Test
    void sigtermAtTheSafetyQuestion() throws Exception {
        tmux.start(100, 30, start("dead-bug", "--sets", "1", "--work", "2"));
        tmux.waitFor("Have you read this", Tmux.STARTUP);
        signal("TERM");
        assertEquals(143, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        assertRestored();
        assertTrue(sandbox.historyLines().isEmpty());
    }

    @Test
    void sighupAndSigintAtThePicker() throws Exception {
        for (String[] signalAndCode : new String[][] {{"HUP", "129"}, {"INT", "130"}, {"TERM", "143"}}) {
            tmux.start(100, 30, start("--yes"));
            tmux.waitFor("Choose one", Tmux.STARTUP);
            signal(signalAndCode[0]);
            assertEquals(Integer.parseInt(signalAndCode[1]), tmux.waitForExit(Tmux.SHORT),
                    signalAndCode[0] + "\n" + tmux.screen().framed());
            assertRestored();
            tmux.close();
        }
    }

    @Test
    void aHeldHistoryLockGivesWayToSigterm() throws Exception {
        heldLockGivesWayTo("TERM", 143);
    }

    @Test
    void aHeldHistoryLockGivesWayToSigint() throws Exception {
        heldLockGivesWayTo("INT", 130);
    }

    /**
     * Waits until backplan has the history open for writing, as it does only to record the session: then the
     * session is over and the record waits on the lock (no clock decides it).
     */
    private void awaitRecording(Path history) throws IOException {
        long pid = tmux.javaPid().orElseThrow(() -> new AssertionError("no java process\n" + tmux.screen()));
        Path file = history.toRealPath();
        long deadline = System.nanoTime() + Tmux.STARTUP.toNanos();
        while (!openForWriting(pid, file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("backplan never opened " + history + " to record\n" + tmux.screen());
            }
            Tmux.pause(50);
        }
    }

    /** Whether the process has this file open read-write ({@code /proc/PID/fd} and the flags in its fdinfo). */
    private static boolean openForWriting(long pid, Path file) throws IOException {
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        try (var open = Files.list(fds)) {
            for (Path fd : open.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).equals(file)) {
                        String info = Files.readString(Path.of("/proc", Long.toString(pid), "fdinfo",
                                fd.getFileName().toString()));
                        Matcher flags = FLAGS.matcher(info);
                        if (flags.find() && (Integer.parseInt(flags.group(1), 8) & 3) == 2) { // O_RDWR
                            return true;
                        }
                    }
                } catch (IOException e) {
                    // closed while we looked
                }
            }
        } catch (NoSuchFileException e) {
            return false; // the process has ended
        }
        return false;
    }

    private void heldLockGivesWayTo(String name, int code) throws Exception {
        Files.createDirectories(sandbox.dataDir());
        Path history = sandbox.history();
        Files.createFile(history);
        // another program holds the history's lock (a POSIX record lock, as Java's FileChannel.lock takes)
        Process holder = new ProcessBuilder("python3", "-c", "import fcntl,sys,time\n"
                + "f = open(sys.argv[1], 'a')\nfcntl.lockf(f, fcntl.LOCK_EX)\nprint('held', flush=True)\n"
                + "time.sleep(60)", history.toString()).redirectErrorStream(true).start();
        try {
            assertEquals("held", new String(holder.getInputStream().readNBytes(4), StandardCharsets.US_ASCII));
            tmux.start(200, 30, start("dead-bug", "--yes", "--sets", "1", "--work", "1", "--pain", "3"));
            tmux.waitFor("set 1/1", Tmux.STARTUP);
            awaitRecording(history); // 1 s of work: the session has ended and waits on the lock
            assertTrue(tmux.javaPid().isPresent(), "still waiting for the lock\n" + tmux.screen());
            signal(name); // the lock is held for a minute more: only the signal can end the wait in time
            assertEquals(code, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
            assertTrue(tmux.screen().contains("another program held the history's lock"), tmux.screen().framed());
            assertRestored();
        } finally {
            holder.destroyForcibly();
        }
        assertEquals(0, Files.size(history), "nothing half-written");
    }
}
