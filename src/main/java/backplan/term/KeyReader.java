package backplan.term;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Reads keys as actions through JLine's {@link BindingReader}, waiting at most a given time, so a tick loop can
 * wait on the keyboard as JLine's own {@code ttop} does: a timeout is a tick, a key is a command.
 */
public final class KeyReader {

    /** What one wait on the keyboard brought: a key, no key in time, or the end of reading. */
    public sealed interface Read permits Keystroke, NoKey, Closed {}

    /**
     * One key read.
     *
     * @param typed the characters the key sent (the digit itself for {@link KeyAction#DIGIT})
     */
    public record Keystroke(KeyAction action, String typed) implements Read {}

    /** No key came in time. */
    public record NoKey() implements Read {}

    /** The terminal closed, or {@link #interrupt} ended the reading. */
    public record Closed() implements Read {}

    private static final NoKey NO_KEY = new NoKey();
    private static final Closed CLOSED = new Closed();

    /** The longest single wait, so a signal that ends the reading is noticed within it. */
    private static final long SLICE_MS = 100;

    private final BindingReader reader;
    private final KeyMap<KeyAction> keys;
    private volatile boolean interrupted;

    KeyReader(Terminal terminal) {
        this.reader = new BindingReader(terminal.reader());
        this.keys = Keys.map(terminal);
    }

    /** Ends every read from now on, as if the terminal had closed: a signal has asked the program to stop. */
    public void interrupt() {
        interrupted = true;
    }

    /** Waits up to {@code timeoutMillis} (0: for ever) for a key; {@link Closed} once {@link #interrupt}ed. */
    public Read read(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            if (interrupted) {
                return CLOSED;
            }
            long left = timeoutMillis <= 0 ? SLICE_MS : (deadline - System.nanoTime()) / 1_000_000;
            if (timeoutMillis > 0 && left <= 0) {
                return NO_KEY;
            }
            int next;
            try {
                next = reader.peekCharacter(Math.min(SLICE_MS, left));
            } catch (RuntimeException | java.io.IOError e) {
                return CLOSED; // the terminal is gone
            }
            if (next == NonBlockingReader.EOF) {
                return CLOSED;
            }
            if (next == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            KeyAction action;
            try {
                action = reader.readBinding(keys, null, false);
            } catch (RuntimeException | java.io.IOError e) {
                return CLOSED;
            }
            if (action != null) {
                String typed = reader.getLastBinding();
                return new Keystroke(action, typed == null ? "" : typed);
            }
            // part of a longer sequence (an arrow key's ESC [): wait for the rest
        }
    }
}
