package backplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session recorded while another program holds the history's lock is never lost: it waits in the journal beside
 * the history, readers see it at once, and the next holder of the lock moves it into the history exactly once.
 */
@Timeout(60)
@SuppressWarnings("try") // a held lock is the point of the block; the body never names it
class HistoryJournalTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private Path history() {
        return dir.resolve("history.jsonl");
    }

    private Path journal() {
        return dir.resolve("history.jsonl.journal");
    }

    /** The history, giving up any wait for the lock at once, as after a signal. */
    private HistoryFile signalled() {
        return new HistoryFile(history()).givingUpWhen(() -> true);
    }

    private static List<Integer> pains(HistoryFile.Contents read) {
        return read.entries().stream().map(HistoryEntry::painAfter).toList();
    }

    @Test
    void aSessionThatCannotWaitForTheLockWaitsInTheJournalAndReadersSeeIt() throws Exception {
        new HistoryFile(history()).append(Sessions.at(T, true, 1));
        byte[] before = Files.readAllBytes(history());

        HistoryFile.Recorded recorded;
        try (HeldLock held = HeldLock.on(history())) {
            recorded = signalled().append(Sessions.at(T.plusDays(1), true, 2));

            assertEquals(journal(), recorded.journal());
            assertArrayEquals(before, Files.readAllBytes(history()), "the history is not touched without its lock");
            assertEquals(1, Files.readAllLines(journal()).size());
            HistoryFile.Contents read = new HistoryFile(history()).read();
            assertEquals(List.of(1, 2), pains(read), "a reader takes the journal in while the lock is held");
            assertEquals(List.of(), read.damaged());
            assertArrayEquals(before, Files.readAllBytes(history()), "a reader never waits for the lock");
        }

        HistoryFile.Contents read = new HistoryFile(history()).read();

        assertEquals(List.of(1, 2), pains(read));
        assertEquals(recorded.id(), read.entries().get(1).id());
        assertEquals(2, Files.readAllLines(history()).size(), "the next reader moved it into the history");
        assertEquals(0, Files.size(journal()), "and emptied the journal");
        assertEquals(List.of(1, 2), pains(new HistoryFile(history()).read()), "exactly once");
        assertEquals(2, Files.readAllLines(history()).size());
    }

    @Test
    void theNextAppendMovesTheJournalInBeforeItsOwnLine() throws Exception {
        try (HeldLock held = HeldLock.on(history())) {
            signalled().append(Sessions.at(T, true, 1));
            signalled().append(Sessions.at(T.plusDays(1), true, 2));
        }

        HistoryFile.Recorded third = new HistoryFile(history()).append(Sessions.at(T.plusDays(2), true, 3));

        assertNull(third.journal());
        assertEquals(List.of(1, 2, 3), pains(new HistoryFile(history()).read()));
        assertEquals(3, Files.readAllLines(history()).size());
        assertEquals(0, Files.size(journal()));
    }

    @Test
    void anAnswerNeverComesBeforeItsSession() throws Exception {
        HistoryFile.Recorded a;
        HistoryFile.Recorded b;
        try (HeldLock held = HeldLock.on(history())) {
            a = signalled().appendAwaitingPain(Sessions.at(T, true, null));
            assertEquals(journal(), signalled().amend(a, 4), "its answer joins it in the journal");
            b = signalled().appendAwaitingPain(Sessions.at(T.plusDays(1), true, null));
        }
        // the lock is free when b's answer comes: b, still in the journal, goes into the history first
        assertNull(new HistoryFile(history()).amend(b, 6));

        HistoryFile.Contents read = new HistoryFile(history()).read();

        assertEquals(List.of(), read.damaged());
        assertEquals(List.of(4, 6), pains(read));
        assertEquals(List.of(a.id(), b.id()), read.entries().stream().map(HistoryEntry::id).toList());
        List<String> lines = Files.readAllLines(history());
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("{\"amend\":\"" + a.id()), lines.toString());
        assertTrue(lines.get(3).startsWith("{\"amend\":\"" + b.id()), lines.toString());
    }

    @Test
    void aCrashBetweenMovingAndEmptyingMovesNothingTwice() throws Exception {
        // as if the last move appended the journal's lines to the history, and the machine stopped before it
        // emptied the journal
        new HistoryFile(history()).append(Sessions.at(T.minusDays(1), true, 1));
        try (HeldLock held = HeldLock.on(history())) {
            HistoryFile.Recorded a = signalled().appendAwaitingPain(Sessions.at(T, true, null));
            signalled().amend(a, 5);
        }
        String waiting = Files.readString(journal());
        Files.writeString(history(), waiting, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (HeldLock held = HeldLock.on(history())) {
            assertEquals(List.of(1, 5), pains(new HistoryFile(history()).read()), "read as it stands: once each");
        }
        HistoryFile.Contents read = new HistoryFile(history()).read();

        assertEquals(List.of(), read.damaged());
        assertEquals(List.of(1, 5), pains(read));
        assertEquals(3, Files.readAllLines(history()).size(), "nothing appended twice");
        assertEquals(0, Files.size(journal()));
    }

    @Test
    void theJournalTakesTheHistorysModeAndPlace() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("history.jsonl");
        Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
        Path link = Files.createSymbolicLink(history(), Path.of("dotfiles/history.jsonl"));

        try (HeldLock held = HeldLock.on(target)) {
            HistoryFile.Recorded r = new HistoryFile(link).givingUpWhen(() -> true).append(Sessions.at(T, true, 1));
            assertEquals(dir.resolve("dotfiles/history.jsonl.journal"), r.journal(), "beside the file, not the link");
        }

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("dotfiles/history.jsonl.journal"))));
    }

    @Test
    void theJournalTakesTheHistorysModeWhateverTheUmask() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        // a mode wider than the usual umask (022) lets a new file have
        try (HeldLock held = HeldLock.on(history())) {
            Files.setPosixFilePermissions(history(), PosixFilePermissions.fromString("rw-rw-r--"));
            signalled().append(Sessions.at(T, true, 1));
        }

        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(journal())));
    }

    @Test
    void aLockHeldTooLongIsSaidAfterASecondAndTheSessionIsKept() throws Exception {
        List<String> said = new ArrayList<>();
        long[] now = {0};
        HistoryFile file = new HistoryFile(history()).noticesTo(said::add)
                .measuringOn(() -> now[0] += 250_000_000L); // a quarter of a second a look

        HistoryFile.Recorded r;
        try (HeldLock held = HeldLock.on(history())) {
            r = file.append(Sessions.at(T, true, 3));
        }

        assertEquals(List.of("waiting for another backplan to finish writing the history…"), said, "once");
        assertTrue(now[0] >= HistoryFile.PATIENCE.toNanos(), "kept after the patience ran out");
        assertEquals(journal(), r.journal());
        assertEquals(List.of(3), pains(new HistoryFile(history()).read()));
    }

    @Test
    void aQuickAppendSaysNothing() throws Exception {
        List<String> said = new ArrayList<>();

        HistoryFile.Recorded r = new HistoryFile(history()).noticesTo(said::add).append(Sessions.at(T, true, 3));

        assertEquals(List.of(), said);
        assertNull(r.journal());
        assertTrue(!Files.exists(journal()), "no journal without a need for one");
    }

    @Test
    void manySessionsWhileTheLockComesAndGoesAreAllKeptOnce() throws Exception {
        Files.createFile(history());
        AtomicBoolean done = new AtomicBoolean();
        // another program takes the lock again and again
        Thread other = new Thread(() -> {
            while (!done.get()) {
                try (HeldLock held = HeldLock.on(history())) {
                    Thread.sleep(2);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        });
        other.start();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HistoryFile.Recorded>> futures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int n = i;
            futures.add(pool.submit(() -> signalled().append(Sessions.at(T.plusMinutes(n), true, n % 11))));
        }
        List<String> ids = new ArrayList<>();
        int journaled = 0;
        for (Future<HistoryFile.Recorded> f : futures) {
            ids.add(f.get().id());
            journaled += f.get().journal() == null ? 0 : 1;
        }
        pool.shutdown();
        done.set(true);
        other.join();

        HistoryFile.Contents read = new HistoryFile(history()).read();

        assertTrue(journaled > 0, "the test made some wait in the journal");
        assertEquals(List.of(), read.damaged());
        assertEquals(new HashSet<>(ids), new HashSet<>(read.entries().stream().map(HistoryEntry::id).toList()));
        assertEquals(120, read.entries().size(), "each once");
        assertEquals(120, Files.readAllLines(history()).size());
        assertEquals(0, Files.size(journal()));
    }
}
