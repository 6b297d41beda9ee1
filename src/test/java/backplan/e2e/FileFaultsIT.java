package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The launched program against files and streams that fail or are not what they seem: a full disk under the
 * output or under the history, a reader that stops early, a history that is a named pipe, dates at the ends of
 * what java.time allows. Each ends with one clear line and the right exit code, and leaves no garbage.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class FileFaultsIT {

    Sandbox sandbox;

    private String[] withData(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", sandbox.dataDir().toString()));
        return all.toArray(String[]::new);
    }

    /** A history of {@code n} sessions, enough to fill more than one pipe buffer as CSV. */
    private void longHistory(int n) throws IOException {
        Files.createDirectories(sandbox.dataDir());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(HistoryRecordingIT.recorded("2026-11-" + (10 + i % 15), "completed")).append('\n');
        }
        Files.writeString(sandbox.history(), text, StandardCharsets.UTF_8);
    }

    private ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(Sandbox.launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(sandbox.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(sandbox.environment());
        return pb;
    }

    private static int exit(Process p) throws InterruptedException {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end within 30 s");
        }
        return p.exitValue();
    }

    @Test
    void historyAsCsvOntoAFullDiskFailsWithAMessage() throws Exception {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full");
        longHistory(400);
        Path errFile = sandbox.root().resolve("err.txt");
        Process p = launcher(withData("history", "--csv")).redirectOutput(new File("/dev/full"))
                .redirectError(errFile.toFile()).start();

        int code = exit(p);

        String err = Files.readString(errFile);
        assertEquals(1, code, err);
        assertEquals("backplan: the output was not written in full (no space left on device)\n", err);
    }

    @Test
    void aReaderThatStopsAfterOneLineLeavesNoMessageAndNoFailure() throws Exception {
        longHistory(3000); // ~400 KiB of CSV: far more than a pipe holds
        Path errFile = sandbox.root().resolve("err.txt");
        Process p = launcher(withData("history", "--csv")).redirectError(errFile.toFile()).start();
        String first;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            first = out.readLine(); // then close the pipe, as `| head -1` does
        }

        int code = exit(p);

        assertTrue(first.startsWith("start,end,ending,"), first);
        assertEquals("", Files.readString(errFile));
        assertEquals(0, code);
    }

    @Test
    void aHistoryThatIsANamedPipeIsRefusedAtOnceByHistoryAndDue() throws Exception {
        Files.createDirectories(sandbox.dataDir());
        assumeTrue(new ProcessBuilder("mkfifo", sandbox.history().toString()).start().waitFor() == 0, "mkfifo");

        Launch.Result history = new Launch(sandbox).run(withData("history"));
        Launch.Result due = new Launch(sandbox).run(withData("due"));

        String message = "backplan: " + sandbox.history() + ": is a named pipe, not a file\n";
        assertEquals(1, history.code(), history.dump());
        assertEquals(message, history.err(), history.dump());
        assertEquals(4, due.code(), due.dump());
        assertEquals(message, due.err(), due.dump());
    }

    @Test
    void theReportsExtremeDatesAreDamagedLinesAndDueStillAnswers() throws Exception {
        Files.createDirectories(sandbox.dataDir());
        String line = HistoryRecordingIT.recorded("2026-11-20", "completed");
        Files.writeString(sandbox.history(), line.replace("2026-11-20T12:00:00Z", "-999999999-01-01T00:00:00Z")
                + "\n" + line.replace("2026-11-20T12:00:00Z", "+999999999-12-31T23:59:59Z") + "\n",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sandbox.history());

        Launch.Result progress = new Launch(sandbox).env("TZ", "UTC").run(withData("progress"));
        Launch.Result due = new Launch(sandbox).env("TZ", "Pacific/Kiritimati").run(withData("due"));

        assertEquals(0, progress.code(), progress.dump());
        assertTrue(progress.err().contains("history.jsonl:1:1: damaged history line skipped (start"
                + " -999999999-01-01T00:00:00Z is not within 1900-01-01 to 2199-12-31)"), progress.dump());
        assertEquals(0, due.code(), due.dump());
        assertTrue(due.out().startsWith("Due: "), due.dump());
        assertTrue(due.err().contains("history.jsonl:2:1: damaged history line skipped"), due.dump());
        assertFalse(due.err().contains("Exception"), due.dump());
        assertArrayEquals(before, Files.readAllBytes(sandbox.history()), "reading never rewrites the file");
    }

    @Test
    void aSessionThatMeetsAFullDiskLeavesTheHistoryByteForByteAsItWas() throws Exception {
        assumeTrue(canMountInANamespace(), "unshare -rm with tmpfs");
        // A 16 KiB tmpfs: the history ends 100 bytes short of a page, every other page is taken by a filler. The
        // session's line (~450 bytes) then fits only in part, as on a disk that runs full mid-append.
        Path before = sandbox.root().resolve("before.jsonl");
        StringBuilder text = new StringBuilder();
        while (text.length() < 3000) {
            text.append(HistoryRecordingIT.recorded("2026-11-20", "completed")).append('\n');
        }
        text.append("\n".repeat(4096 - 100 - text.length()));
        Files.writeString(before, text, StandardCharsets.UTF_8);
        Path after = sandbox.root().resolve("after.jsonl");
        String script = "set -e\n"
                + "mkdir -p \"$1\"\n"
                + "mount -t tmpfs -o size=16k tmpfs \"$1\"\n"
                + "cp \"$2\" \"$1/history.jsonl\"\n"
                + "cat /dev/zero > \"$1/filler\" 2>/dev/null || true\n"
                + "set +e\n"
                + "\"$4\" start dead-bug --sets 1 --work 1 --lead-in 0 --yes --data-dir \"$1\"\n"
                + "code=$?\n"
                + "cp \"$1/history.jsonl\" \"$3\"\n"
                + "ls -a \"$1\" > \"$3.ls\"\n"
                + "exit $code\n";
        Path errFile = sandbox.root().resolve("err.txt");
        Path outFile = sandbox.root().resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", script, "sh",
                sandbox.dataDir().toString(), before.toString(), after.toString(), Sandbox.launcher().toString())
                .directory(sandbox.root().toFile()).redirectOutput(outFile.toFile()).redirectError(errFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(sandbox.environment());

        int code = exit(pb.start());

        String out = Files.readString(outFile);
        String err = Files.readString(errFile);
        String dump = "--- exit " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        assertEquals(1, code, dump);
        assertTrue(out.contains("Session complete."), "the summary is printed in full\n" + dump);
        assertTrue(err.contains("backplan: the session could not be recorded in "
                + sandbox.dataDir().resolve("history.jsonl") + ": no space left on device\n"), dump);
        assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after), "no fragment left\n" + dump);
        assertEquals(List.of(".", "..", "filler", "history.jsonl"), Files.readAllLines(Path.of(after + ".ls")),
                "no temporary file, and no empty acknowledgement that would count as one\n" + dump);
        assertTrue(err.contains("could not remember the acknowledgement"), dump);
    }

    private static boolean canMountInANamespace() {
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c",
                    "d=$(mktemp -d) && mount -t tmpfs -o size=4k tmpfs \"$d\" && umount \"$d\" && rmdir \"$d\"")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
