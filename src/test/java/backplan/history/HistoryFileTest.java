package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @Test
    void appendsOneLinePerSessionAndReadsThemBack() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("sub/history.jsonl"));
        HistoryEntry first = Sessions.at(T, true, 4);
        HistoryEntry second = new HistoryEntry(Sessions.at(T.plusDays(2), false, null).result(), 6, 5, 1);
        file.append(first);
        file.append(second);

        List<String> lines = Files.readAllLines(file.path());
        assertEquals(2, lines.size());
        HistoryFile.Contents read = file.read();
        assertEquals(List.of(first, second), read.entries());
        assertEquals(List.of(), read.damaged());
        assertTrue(lines.get(0).startsWith("{\"version\":1,\"start\":\"2026-11-24T07:30+01:00\""), lines.get(0));
    }

    @Test
    void aMissingFileIsAnEmptyHistory() throws Exception {
        assertEquals(List.of(), new HistoryFile(dir.resolve("none.jsonl")).read().entries());
    }

    @Test
    void damagedLinesAreReportedByNumberSkippedAndNeverRewritten() throws Exception {
        Path path = dir.resolve("history.jsonl");
        HistoryFile file = new HistoryFile(path);
        file.append(Sessions.at(T, true, 3));
        Files.writeString(path, "{\"start\": oops\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        file.append(Sessions.at(T.plusDays(1), true, 2));
        Files.writeString(path, "[1,2]\n{\"version\":1}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(path);

        HistoryFile.Contents read = file.read();

        assertEquals(2, read.entries().size());
        assertEquals(List.of(2, 4, 5), read.damaged().stream().map(p -> p.line()).toList());
        assertTrue(read.damaged().get(0).toString().startsWith(path + ":2:1: damaged history line skipped ("),
                read.damaged().get(0).toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path)), "reading never changes the file");
    }

    @Test
    void aTruncatedLastLineDoesNotSwallowTheNextSession() throws Exception {
        Path path = dir.resolve("history.jsonl");
        HistoryFile file = new HistoryFile(path);
        file.append(Sessions.at(T, true, 3));
        String full = Files.readString(path);
        Files.writeString(path, full + full.substring(0, 40)); // a crash mid-append
        file.append(Sessions.at(T.plusDays(1), true, 2));

        HistoryFile.Contents read = file.read();

        assertEquals(2, read.entries().size());
        assertEquals(1, read.damaged().size());
        assertEquals(2, read.damaged().get(0).line());
    }

    @Test
    void concurrentAppendsLeaveWholeLines() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("history.jsonl"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int day = i;
            futures.add(pool.submit(() -> {
                // each thread opens its own channel, as separate processes would
                new HistoryFile(file.path()).append(Sessions.at(T.plusMinutes(day), day % 2 == 0, day % 11));
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        HistoryFile.Contents read = file.read();
        assertEquals(200, read.entries().size());
        assertEquals(List.of(), read.damaged());
    }
}
