package backplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import backplan.base.UserFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The locked append-only file on its own: whole lines, never an earlier one changed, strange files refused. */
@Timeout(60)
@SuppressWarnings("try") // a held lock is the point of the block; the body never names it
class AppendOnlyLogTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, ZoneId.of("Europe/Paris"));

    private static final AppendOnlyLog.Wait FOREVER = AppendOnlyLog.Wait.FOREVER;

    @TempDir
    Path dir;

    private static AppendOnlyLog log(Path path) {
        return new AppendOnlyLog(path, FileChannel::open);
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String session(int day) {
        return HistoryJson.session(Sessions.at(T.plusDays(day), true, day % 11).withId("s" + day), false);
    }

    private static List<String> lines(AppendOnlyLog log) throws IOException {
        List<String> lines = new ArrayList<>();
        log.read((number, text) -> {
            assertEquals(lines.size() + 1, number, "lines are numbered from 1, one by one");
            lines.add(text);
        });
        return lines;
    }

    @Test
    void aMissingFileHasNoLines() throws Exception {
        assertEquals(List.of(), lines(log(dir.resolve("none.jsonl"))));
        assertTrue(!Files.exists(dir.resolve("none.jsonl")), "reading makes no file");
    }

    @Test
    void aTruncatedLastLineDoesNotSwallowTheNextLine() throws Exception {
        Path path = dir.resolve("history.jsonl");
        AppendOnlyLog log = log(path);
        log.append(line(session(0)), FOREVER);
        String full = Files.readString(path);
        Files.writeString(path, full + full.substring(0, 40)); // a crash mid-append
        log.append(line(session(1)), FOREVER);

        assertEquals(List.of(session(0), full.substring(0, 40), session(1)), lines(log));
    }

    @Test
    void concurrentAppendsLeaveWholeLines() throws Exception {
        Path path = dir.resolve("history.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int day = i;
            futures.add(pool.submit(() -> {
                // each thread opens its own channel, as separate processes would
                log(path).append(line(session(day)), FOREVER);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<String> lines = lines(log(path));
        assertEquals(200, lines.size());
        for (String l : lines) {
            assertTrue(HistoryJson.parse(l) instanceof HistoryJson.Session, l);
        }
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheFileAsItWas() throws Exception {
        Path path = dir.resolve("history.jsonl");
        log(path).append(line(session(0)), FOREVER);
        byte[] before = Files.readAllBytes(path);
        AppendOnlyLog full = new AppendOnlyLog(path, (p, options, attributes) ->
                new FailingChannel(FileChannel.open(p, options, attributes), 100));

        IOException e = assertThrows(IOException.class, () -> full.append(line(session(1)), FOREVER));

        assertEquals(path + ": no space left on device", UserFiles.describe(e));
        assertArrayEquals(before, Files.readAllBytes(path), "the 100 bytes that fitted are cut off again");
        log(path).append(line(session(2)), FOREVER);
        assertEquals(List.of(session(0), session(2)), lines(log(path)), "no fragment for a reader to trip on");
    }

    @Test
    void aLineThatCannotBeWrittenAtAllLeavesTheFileAsItWas() throws Exception {
        Path path = dir.resolve("history.jsonl");
        log(path).append(line(session(0)), FOREVER);
        byte[] before = Files.readAllBytes(path);
        AppendOnlyLog full = new AppendOnlyLog(path, (p, options, attributes) ->
                new FailingChannel(FileChannel.open(p, options, attributes), 0));

        assertThrows(IOException.class, () -> full.append(line("{\"amend\":\"s0\",\"painAfter\":6}"), FOREVER));

        assertArrayEquals(before, Files.readAllBytes(path));
    }

    @Test
    void aWaitForALockHeldElsewhereIsGivenUpWhenAsked() throws Exception {
        Path path = dir.resolve("history.jsonl");
        log(path).append(line(session(0)), FOREVER);
        byte[] before = Files.readAllBytes(path);
        try (HeldLock held = HeldLock.on(path)) {
            assertThrows(AppendOnlyLog.LockNotTaken.class, () -> log(path).append(line(session(1)),
                    new AppendOnlyLog.Wait(() -> true, null, null, () -> { }, System::nanoTime)));
        }
        assertArrayEquals(before, Files.readAllBytes(path), "nothing written without the lock");
    }

    @Test
    void aLongWaitIsSaidOnceAndRunsOutAfterItsPatience() throws Exception {
        Path path = dir.resolve("history.jsonl");
        log(path).append(line(session(0)), FOREVER);
        byte[] before = Files.readAllBytes(path);
        long[] now = {0};
        List<Long> notices = new ArrayList<>();
        // each look at the clock is 250 ms later: the notice comes at 1 s, the end at 10 s
        AppendOnlyLog.Wait wait = new AppendOnlyLog.Wait(() -> false, java.time.Duration.ofSeconds(10),
                java.time.Duration.ofSeconds(1), () -> notices.add(now[0]), () -> now[0] += 250_000_000L);
        try (HeldLock held = HeldLock.on(path)) {
            assertThrows(AppendOnlyLog.LockNotTaken.class, () -> log(path).append(line(session(1)), wait));
        }
        assertEquals(1, notices.size(), "said once");
        assertTrue(notices.get(0) >= 1_000_000_000L && notices.get(0) <= 1_500_000_000L, notices.toString());
        assertTrue(now[0] >= 10_000_000_000L && now[0] <= 10_500_000_000L, "ran out at 10 s: " + now[0]);
        assertArrayEquals(before, Files.readAllBytes(path), "nothing written without the lock");
    }

    @Test
    void aWaitEndsWhenTheLockIsLetGo() throws Exception {
        Path path = dir.resolve("history.jsonl");
        log(path).append(line(session(0)), FOREVER);
        HeldLock held = HeldLock.on(path);
        List<String> said = new ArrayList<>();
        // let go as soon as the wait is said
        AppendOnlyLog.Wait wait = new AppendOnlyLog.Wait(() -> false, null, java.time.Duration.ZERO, () -> {
            said.add("waiting");
            try {
                held.close();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, System::nanoTime);

        log(path).append(line(session(1)), wait);

        assertEquals(List.of("waiting"), said);
        assertEquals(List.of(session(0), session(1)), lines(log(path)));
    }

    @Test
    void theHistoryIsNeverEmptied() throws Exception {
        Path path = dir.resolve("history.jsonl");
        log(path).append(line(session(0)), FOREVER);

        assertThrows(IllegalStateException.class, () -> log(path).locked(FOREVER, AppendOnlyLog.Locked::empty));

        assertEquals(List.of(session(0)), lines(log(path)));
    }

    @Test
    void aNewLogAndItsDirectoriesAreTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("a/b/history.jsonl");

        log(path).append(line(session(0)), FOREVER);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
    }

    @Test
    void anExistingLogKeepsItsMode() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("history.jsonl");
        Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));

        log(path).append(line(session(0)), FOREVER);

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
    }

    @Test
    void aLogThatIsALinkIsAppendedThroughIt() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("history.jsonl");
        Path link = Files.createSymbolicLink(dir.resolve("history.jsonl"), Path.of("dotfiles/history.jsonl"));

        log(link).append(line(session(0)), FOREVER);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(1, Files.readAllLines(target).size());
        assertEquals(List.of(session(0)), lines(log(link)));
    }

    @Test
    @Timeout(10)
    void aNamedPipeIsRefusedByNameNeverOpened() throws Exception {
        Path fifo = dir.resolve("history.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        AppendOnlyLog log = log(fifo);

        IOException read = assertThrows(IOException.class, () -> lines(log));
        IOException append = assertThrows(IOException.class, () -> log.append(line(session(0)), FOREVER));

        assertEquals(fifo + ": is a named pipe, not a file", UserFiles.describe(read));
        assertEquals(fifo + ": is a named pipe, not a file", UserFiles.describe(append));
    }

    @Test
    void aDirectoryIsRefusedByName() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("history.jsonl"));
        AppendOnlyLog log = log(directory);

        assertEquals(directory + ": is a directory, not a file",
                UserFiles.describe(assertThrows(IOException.class, () -> lines(log))));
        assertEquals(directory + ": is a directory, not a file",
                UserFiles.describe(assertThrows(IOException.class, () -> log.append(line(session(0)), FOREVER))));
    }

    @Test
    void aByteOrderMarkAtTheStartIsNoPartOfTheFirstLine() throws Exception {
        // some editors start a UTF-8 file with EF BB BF
        Path path = dir.resolve("history.jsonl");
        Files.write(path, ("\uFEFF" + session(0) + "\n\uFEFFx\n").getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(path);

        assertEquals(List.of(session(0), "\uFEFFx"), lines(log(path)), "only the file's first bytes can be a mark");
        assertArrayEquals(before, Files.readAllBytes(path), "reading never changes the file");
        log(path).append(line(session(1)), FOREVER);
        assertEquals(List.of(session(0), "\uFEFFx", session(1)), lines(log(path)));
    }

    @Test
    void aFileOfOnlyAByteOrderMarkTakesLinesAfterIt() throws Exception {
        Path path = dir.resolve("history.jsonl");
        Files.write(path, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        log(path).append(line(session(0)), FOREVER);

        assertEquals(List.of("", session(0)), lines(log(path)));
    }

    @Test
    void bytesThatAreNotUtf8StayOneLineEach() throws Exception {
        Path path = dir.resolve("history.jsonl");
        Files.write(path, new byte[] {'a', (byte) 0xff, 'b', '\n', 'c', '\n'});
        byte[] before = Files.readAllBytes(path);

        assertEquals(List.of("a\ufffdb", "c"), lines(log(path)));
        assertArrayEquals(before, Files.readAllBytes(path), "reading never changes the file");
    }
}
