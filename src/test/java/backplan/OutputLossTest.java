package backplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.app.Invocation;
import backplan.base.ConsoleWriter;
import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.session.SessionClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that does not arrive is reported, except when its reader simply stopped reading. */
class OutputLossTest {

    @TempDir
    Path home;

    /** Takes {@code room} bytes, then fails every write with the kernel's words for {@code errno}. */
    private static final class Sink extends OutputStream {
        final ByteArrayOutputStream taken = new ByteArrayOutputStream();
        final String failure;
        int room;
        int attemptsAfterFailure;

        Sink(int room, String failure) {
            this.room = room;
            this.failure = failure;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                attemptsAfterFailure++;
                taken.write(b, off, room);
                room = 0;
                throw new IOException(failure);
            }
            taken.write(b, off, len);
            room -= len;
        }
    }

    private static ConsoleWriter console(Sink sink) {
        return ConsoleWriter.of(sink, StandardCharsets.UTF_8, UnaryOperator.identity());
    }

    private int run(PrintWriter out, StringWriter err, String... args) {
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("c").toString(),
                "XDG_DATA_HOME", home.resolve("d").toString(), "TERM", "dumb");
        return Backplan.run(new Invocation(out, new PrintWriter(err, true), InputStream.nullInputStream(), env, false,
                false, SessionClock.SYSTEM), args);
    }

    @Test
    void aFullDiskUnderTheOutputFailsTheCommandWithAReason() {
        Sink sink = new Sink(1000, "No space left on device");
        StringWriter err = new StringWriter();

        int code = run(console(sink), err, "list");

        assertEquals(ExitCode.FAILURE, code);
        assertEquals("backplan: the output was not written in full (no space left on device)\n", err.toString());
        assertEquals(1000, sink.taken.size());
        assertEquals(1, sink.attemptsAfterFailure, "nothing is written after the first failure: no hole mid-file");
    }

    @Test
    void aReaderThatStoppedReadingIsNoFailure() {
        Sink sink = new Sink(1000, "Broken pipe");
        StringWriter err = new StringWriter();

        int code = run(console(sink), err, "list");

        assertEquals(ExitCode.OK, code);
        assertEquals("", err.toString());
        assertEquals(1, sink.attemptsAfterFailure, "once the pipe is closed, nothing more is tried");
    }

    @Test
    void anyWriterThatFailsCountsEvenWithoutAReason() {
        PrintWriter out = new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        StringWriter err = new StringWriter();

        assertEquals(ExitCode.FAILURE, run(out, err, "list"));
        assertEquals("backplan: the output was not written in full\n", err.toString());
    }

    @Test
    void dueKeepsItsAnswerWhenOnlyItsSentenceIsLost() {
        StringWriter err = new StringWriter();

        int code = run(console(new Sink(0, "No space left on device")), err, "due", "--data-dir",
                home.resolve("data").toString());

        assertEquals(ExitCode.OK, code, "a session is due: the exit code says so, whatever became of the words");
        assertTrue(err.toString().startsWith("backplan: the output was not written in full"), err.toString());
    }

    @Test
    void whatWasWrittenBeforeAFailureIsKeptAndTheFailureRemembered() {
        Sink sink = new Sink(3, "Input/output error");
        ConsoleWriter out = console(sink);
        out.print("abcdef");

        assertTrue(out.checkError());
        assertEquals("input/output error", UserFiles.reason(out.lost()));
        assertEquals("abc", sink.taken.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aConsoleThatWorksHasNothingToReport() {
        Sink sink = new Sink(Integer.MAX_VALUE, "unused");
        ConsoleWriter out = console(sink);
        out.println("hello");

        assertFalse(out.checkError());
        assertNull(out.lost());
        assertEquals("hello" + System.lineSeparator(), sink.taken.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failuresReadAsWordsNeverAsExceptionClasses() {
        StringWriter err = new StringWriter();
        PrintWriter w = new PrintWriter(err, true);

        assertEquals(ExitCode.FAILURE, Backplan.failure(new FileSystemException("/h/history.jsonl", null,
                "Is a directory"), w, false));
        assertEquals(ExitCode.FAILURE, Backplan.failure(new IllegalStateException(new NullPointerException()), w,
                false));

        assertEquals("backplan: /h/history.jsonl: is a directory\n"
                + "backplan: internal error (run with --debug for details)\n", err.toString());
    }
}
