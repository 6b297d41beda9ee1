package backplan.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every helper backplan starts ends within its limit, with its family, and gets its input whole. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChildProcessTest {

    @TempDir
    Path tmp;

    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin");

    @Test
    void aProgramThatHangsIsEndedAtTheLimitWithTheChildrenItStarted() throws IOException, InterruptedException {
        Path pid = tmp.resolve("grandchild.pid");
        // the grandchild keeps the output pipe open and would outlive its parent
        ChildProcess.Result r = new ChildProcess(ENV, Duration.ofMillis(500))
                .run(List.of("/bin/sh", "-c", "echo started; sleep 60 & echo $! > '" + pid + "'; wait"));
        assertTrue(r.timedOut());
        assertEquals(-1, r.exit());
        assertEquals("started", r.firstLine());
        long grandchild = Long.parseLong(Files.readString(pid).strip());
        for (int i = 0; i < 50 && running(grandchild); i++) {
            Thread.sleep(20);
        }
        assertFalse(running(grandchild), "the sleep was ended");
    }

    /** Alive and not a zombie (in a container, nothing may reap an orphan that was ended). */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException gone) {
            return false;
        }
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    @Test
    void theInputArrivesWholeAndTheExitStatusComesBack() throws IOException {
        byte[] input = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8); // more than a pipe holds
        ChildProcess.Result r = new ChildProcess(ENV, Duration.ofSeconds(10))
                .run(List.of("/bin/sh", "-c", "wc -c; exit 3"), input);
        assertFalse(r.timedOut());
        assertEquals(3, r.exit());
        assertEquals("200000", r.firstLine());
    }

    @Test
    void aProgramThatReadsNoInputNeverBlocksTheWriter() throws IOException {
        byte[] input = new byte[1 << 20];
        ChildProcess.Result r = new ChildProcess(ENV, Duration.ofSeconds(10)).run(List.of("/bin/true"), input);
        assertTrue(r.ok(), r.toString());
    }

    @Test
    void theOutputKeptIsBounded() throws IOException {
        ChildProcess.Result r = new ChildProcess(ENV, Duration.ofSeconds(10))
                .run(List.of("/bin/sh", "-c", "head -c 1000000 /dev/zero | tr '\\0' a"));
        assertTrue(r.ok());
        assertEquals(ChildProcess.KEPT_BYTES, r.output().length());
    }

    @Test
    void theNotifierNeverHangs() throws IOException {
        FakeCommands fakes = new FakeCommands(tmp);
        fakes.add("notify-send", "sleep 60");
        DesktopNotifier notifier = new DesktopNotifier(new ChildProcess(Map.of("PATH", fakes.path()),
                Duration.ofMillis(300)), fakes.path(), "Linux");
        long t0 = System.nanoTime();
        DesktopNotifier.Outcome o = notifier.notify("Back session due", "week 1, 0 of 3 done");
        assertEquals(new DesktopNotifier.Failed("notify-send", "no answer within 300 ms"), o);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void onMacosTheTextGoesToOsascriptAsArgumentsNotAsScript() throws IOException {
        FakeCommands fakes = new FakeCommands(tmp);
        fakes.add("osascript", "exit 0");
        DesktopNotifier notifier = new DesktopNotifier(new ChildProcess(Map.of("PATH", fakes.path()),
                Duration.ofSeconds(10)), fakes.path(), "Mac OS X");
        assertEquals(new DesktopNotifier.Shown("osascript"), notifier.notify("Back \"session\" due", "a\\b"));
        assertEquals(List.of("osascript [-e] [on run argv] [-e] [display notification (item 2 of argv) with title"
                + " (item 1 of argv)] [-e] [end run] [Back \"session\" due] [a\\b]"), fakes.calls());
    }
}
