package backplan.base;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Standard output or error as a {@link PrintWriter} that knows why a write failed. A reader that went away (a
 * closed pipe, as under {@code | head}) ends the output without a word, as Unix tools do; any other failure (a
 * full disk) stops the output there and is kept, so that the command can say its output was lost instead of
 * exiting 0 over a cut file.
 */
public final class ConsoleWriter extends PrintWriter {

    private final Guard guard;

    private ConsoleWriter(Writer writer, Guard guard) {
        super(writer);
        this.guard = guard;
    }

    /**
     * A writer on this stream in this charset.
     *
     * @param encoding wraps the stream's writer, for a terminal that needs its text changed on the way
     */
    public static ConsoleWriter of(OutputStream stream, Charset charset, UnaryOperator<Writer> encoding) {
        Guard guard = new Guard(stream);
        return new ConsoleWriter(encoding.apply(new OutputStreamWriter(guard, charset)), guard);
    }

    /**
     * Writes bytes as they are, after the text written so far: for a file format that must arrive byte for byte
     * (an iCalendar file's CRLF line ends and UTF-8), past the terminal-safety and ASCII rewriting of the text.
     * A failure is kept as for text.
     */
    public void writeBytes(byte[] bytes) {
        flush();
        try {
            guard.write(bytes, 0, bytes.length);
            guard.flush();
        } catch (IOException e) {
            setError(); // kept by the guard: lost() says why
        }
    }

    /** Why output was lost, or null when everything written arrived (or its reader closed the pipe). */
    public IOException lost() {
        flush();
        return guard.failure;
    }

    /** Remembers the first failure and writes nothing after it, so the output never has a hole in its middle. */
    private static final class Guard extends FilterOutputStream {
        IOException failure;
        boolean readerGone;

        Guard(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (ready()) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    failed(e);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (ready()) {
                try {
                    out.flush();
                } catch (IOException e) {
                    failed(e);
                }
            }
        }

        private boolean ready() throws IOException {
            if (failure != null) {
                throw failure;
            }
            return !readerGone;
        }

        private void failed(IOException e) throws IOException {
            String m = e.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("broken pipe")) {
                readerGone = true; // EPIPE: the JVM ignores SIGPIPE, so this is how a closed pipe shows
                return;
            }
            failure = e;
            throw e;
        }
    }
}
