package backplan.term;

import backplan.base.ControlCharacters;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.nativ.CLibrary;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.InfoCmp;

/**
 * The terminal while backplan draws on it: raw mode, the alternate screen and a hidden cursor on the way in; all
 * three undone on the way out, on every path (close, exception, or, through its {@link Tty}, a JVM shutdown on a
 * signal).
 */
public final class FullScreen implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes original;
    /** The terminal standard input was as the screen was taken, to reach it again should that descriptor go. */
    private final String ttyPath;
    private final CLibrary.Termios modesOnStdout;
    private final byte[] giveBackBytes;
    private final Display display;
    private final Runnable onClose;
    private final AtomicBoolean restored = new AtomicBoolean();
    private volatile boolean broken;
    private Size size;
    private KeyReader keys;
    private boolean suspended;
    private volatile BiFunction<Integer, Integer, List<AttributedString>> lastFrame;

    private FullScreen(Terminal terminal, Runnable onClose) {
        this.terminal = terminal;
        this.onClose = onClose;
        this.ttyPath = ttyOnStdin();
        this.modesOnStdout = modesThroughStdout(ttyPath);
        this.original = terminal.enterRawMode();
        this.giveBackBytes = giveBackBytes(terminal);
        takeOver();
        this.size = terminal.getSize();
        this.display = new Display(terminal, true);
        display.resize(size);
        terminal.handle(Terminal.Signal.TSTP, s -> suspend());
        terminal.handle(Terminal.Signal.CONT, s -> resumeAfterStop());
        terminal.handle(Terminal.Signal.WINCH, s -> redraw());
        // Ctrl-C, or a SIGINT from outside, ends whatever waits for a key (the picker, a question), unless a
        // session sets its own; JLine's default would end the process without giving the terminal back
        terminal.handle(Terminal.Signal.INT, s -> keys().interrupt());
    }

    /** The alternate screen, keypad mode, a hidden cursor and a clear screen (raw mode is set by the caller). */
    private void takeOver() {
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        // The alternate screen keeps the cursor where it was; Display counts rows from the top-left corner.
        terminal.puts(Capability.clear_screen);
        terminal.flush();
    }

    /**
     * Ctrl-Z (JLine raises it as a signal from its reader) or a SIGTSTP from outside: give the shell its screen
     * back as it was, then stop as the signal asks. On {@code fg}
     * the stop returns here and the screen is taken again and redrawn; the engine counts the time away as paused.
     */
    private void suspend() {
        synchronized (this) {
            if (restored.get()) {
                return;
            }
            giveBack();
            suspended = true;
        }
        Signals.stopThisProcess();
        resumeAfterStop();
    }

    /** After a stop (ours or a SIGSTOP from outside): raw mode, the alternate screen and the last frame again. */
    private void resumeAfterStop() {
        synchronized (this) {
            if (restored.get()) {
                return;
            }
            terminal.enterRawMode(); // the attributes to restore at the end stay the ones found at the start
            if (suspended) {
                takeOver();
                suspended = false;
            }
            display.clear();
            size = null; // forces a full redraw at whatever size the window has now
        }
        redraw();
    }

    /** Draws the last frame again, whole: after a resize or a stop. */
    private void redraw() {
        BiFunction<Integer, Integer, List<AttributedString>> frame = lastFrame;
        invalidate();
        if (frame != null) {
            try {
                draw(frame);
            } catch (RuntimeException fault) {
                // on a signal's thread, with no one to tell: the owner of the frame meets the fault at its next draw
            }
        }
    }

    /**
     * JLine reports an unknown TERM (TERM=foo) with a stack trace on stderr, then draws fine with its defaults:
     * keep its logger quiet. Held here so the setting is not collected with the logger.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    /**
     * Takes over a terminal just built for it; {@code onClose} runs once it is given back. The terminal is closed
     * when it cannot be set up.
     */
    static FullScreen open(Terminal terminal, Runnable onClose) throws IOException {
        try {
            return new FullScreen(terminal, onClose);
        } catch (RuntimeException | java.io.IOError e) {
            terminal.close();
            throw new IOException("the terminal could not be set up: " + e.getMessage(), e);
        }
    }

    static Terminal build() throws IOException {
        JLINE_LOG.setLevel(Level.OFF);
        try {
            // JNI only: the exec provider would fork `test -t 1` (and JLine forks `infocmp` for a terminal type it
            // has no description of), tens of milliseconds before the first frame
            return builder().exec(false).build();
        } catch (IOException | RuntimeException | LinkageError noNativeLibrary) {
            return builder().exec(true).build();
        }
    }

    private static TerminalBuilder builder() {
        TerminalBuilder builder = TerminalBuilder.builder()
                .system(true)
                .jni(true)
                .ffm(false)
                .graphemeCluster(false)
                .nativeSignals(true);
        String term = System.getenv("TERM");
        String type = describedType(term);
        // A type JLine carries a description of is read from that, not from a forked `infocmp`
        String known = type != null ? type : term;
        String carried = known == null ? null : InfoCmp.getDefaultInfoCmp(known);
        if (carried != null) {
            InfoCmp.setLoadedInfoCmp(known, carried);
        }
        return type == null ? builder : builder.type(type);
    }

    /**
     * tmux's own terminal types are not among the descriptions JLine carries, so it would fork {@code infocmp} for
     * them; screen's, which JLine carries, say the same for everything backplan draws (it is what tmux emulates).
     */
    static String describedType(String term) {
        if (term == null || !term.startsWith("tmux")) {
            return null;
        }
        return term.contains("256color") ? "screen-256color" : "screen";
    }

    /** Takes over a terminal someone else built (tests drive a virtual one with preloaded keys). */
    static FullScreen on(Terminal terminal) {
        return new FullScreen(terminal, () -> { });
    }

    /** Calls {@code onInterrupt} for Ctrl-C (a resize or a stop redraws the last frame by itself). */
    public void onInterrupt(Runnable onInterrupt) {
        terminal.handle(Terminal.Signal.INT, s -> onInterrupt.run());
    }

    /**
     * Draws a frame unless, by the time the screen is free, {@code stale} says it is out of date (a moving figure's
     * frame after the session has moved on).
     */
    public synchronized void drawUnless(BooleanSupplier stale,
            BiFunction<Integer, Integer, List<AttributedString>> frame) {
        if (!stale.getAsBoolean()) {
            draw(frame);
        }
    }

    /** Draws a frame for the current size; only the cells that changed are sent to the terminal. */
    public synchronized void draw(BiFunction<Integer, Integer, List<AttributedString>> frame) {
        lastFrame = frame;
        if (restored.get() || suspended) {
            return;
        }
        Size now = terminal.getSize();
        if (now.getRows() < 1 || now.getColumns() < 1) {
            return; // no size: the terminal is gone or not ready; JLine cannot draw into nothing
        }
        if (!now.equals(size)) {
            size = now;
            display.clear();
            display.resize(now);
        }
        // Drawn before the terminal is touched: a frame that cannot be drawn is a fault in backplan, and it goes
        // to the caller; only a terminal that cannot be written to means the terminal went away.
        List<AttributedString> lines = frame.apply(size.getColumns(), size.getRows()).stream()
                .map(FullScreen::neutral).toList();
        try {
            display.update(lines, 0);
            terminal.flush();
        } catch (RuntimeException | java.io.IOError e) {
            broken = true; // the terminal went away (window closed): the session ends and is still recorded
        }
    }

    /** The second wall: a control character in data (a name, a cue) is drawn as '?', never sent raw. */
    private static AttributedString neutral(AttributedString line) {
        if (line.toString().chars().noneMatch(ControlCharacters::isControl)) {
            return line;
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.style(line.styleAt(i)).append(ControlCharacters.isControl(c) ? '?' : c);
        }
        return b.toAttributedString();
    }

    /** True once drawing failed: the terminal is gone. */
    public boolean broken() {
        return broken;
    }

    /** Forgets what is on screen so the next frame is drawn whole. */
    public synchronized void invalidate() {
        display.clear();
    }

    public synchronized void bell() {
        terminal.puts(Capability.bell);
        terminal.flush();
    }

    /** The keyboard, as actions of the one key map. */
    public synchronized KeyReader keys() {
        if (keys == null) {
            keys = new KeyReader(terminal);
        }
        return keys;
    }

    @Override
    public void close() {
        try {
            restore();
        } catch (RuntimeException | java.io.IOError e) {
            // a closed terminal cannot be restored; nothing is lost by going on
        }
        onClose.run();
        try {
            terminal.close();
        } catch (IOException | RuntimeException | java.io.IOError e) {
            // as above: the session's result matters more than a clean close of a dead terminal
        }
        if (ttyPath != null && !ttyPath.equals(ttyOnStdin())) {
            // the descriptor JLine worked through was closed under us (see backplan.sound.Descriptors), and every
            // mode change with it; the terminal is still there, through standard output or by its name
            if (!restoreThroughStdout()) {
                restoreThroughStty(original, ttyPath);
            }
        }
    }

    /** The modes as found, read through standard output when it is the same terminal; null where it cannot be. */
    private static CLibrary.Termios modesThroughStdout(String ttyPath) {
        try {
            if (ttyPath == null || !ttyPath.equals(CLibrary.ttyname(1))) {
                return null;
            }
            CLibrary.Termios modes = new CLibrary.Termios();
            return CLibrary.tcgetattr(1, modes) == 0 ? modes : null;
        } catch (RuntimeException | LinkageError noNativeLibrary) {
            return null; // JLine runs without its native library here: stty is the way back
        }
    }

    /** Puts the modes back through standard output, with no process to start (descriptors may be short). */
    private boolean restoreThroughStdout() {
        if (modesOnStdout == null) {
            return false;
        }
        try {
            return CLibrary.tcsetattr(1, CLibrary.TCSADRAIN, modesOnStdout) == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Leaves the terminal as we found it; safe to call twice and from the shutdown hook. */
    void restore() {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            giveBack();
        }
    }

    /**
     * The cursor, keypad mode, main screen and tty modes as they were. When JLine's own shutdown hook has closed
     * the terminal first (on SIGHUP, say), the same bytes go straight to the tty, so the shell never inherits the
     * alternate screen.
     */
    private void giveBack() {
        try {
            terminal.puts(Capability.cursor_normal);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
        } catch (RuntimeException | java.io.IOError e) {
            try {
                FileOutputStream tty = new FileOutputStream(FileDescriptor.out);
                tty.write(giveBackBytes);
                tty.flush();
            } catch (IOException | RuntimeException gone) {
                // the terminal itself is gone: nothing left to restore
            }
        }
        try {
            terminal.setAttributes(original);
        } catch (RuntimeException | java.io.IOError e) {
            // closed: JLine put its attributes back as it closed
        }
    }

    /** The terminal's device file as standard input names it on Linux ({@code /dev/pts/3}), or null. */
    private static String ttyOnStdin() {
        try {
            java.nio.file.Path link = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0"));
            return link.toString().startsWith("/dev/") ? link.toString() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** How long stty may take to put the terminal's modes back before backplan exits anyway. */
    private static final long STTY_PATIENCE_MS = 2000;

    /** Puts back the modes raw mode changed, with stty on the terminal {@code device}; quietly nothing if it fails. */
    static void restoreThroughStty(Attributes original, String device) {
        List<String> command = new java.util.ArrayList<>(List.of("stty"));
        command.addAll(sttyModes(original));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(new java.io.File(device))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(STTY_PATIENCE_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException | RuntimeException e) {
            // no stty, or the terminal is gone too: nothing left to restore
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The stty words for the modes JLine's raw mode changes, as they were in {@code original}. */
    static List<String> sttyModes(Attributes original) {
        List<String> words = new java.util.ArrayList<>();
        java.util.Map<Attributes.LocalFlag, String> local = new java.util.LinkedHashMap<>();
        local.put(Attributes.LocalFlag.ICANON, "icanon");
        local.put(Attributes.LocalFlag.ECHO, "echo");
        local.put(Attributes.LocalFlag.IEXTEN, "iexten");
        local.put(Attributes.LocalFlag.ISIG, "isig");
        local.forEach((flag, word) -> words.add(original.getLocalFlag(flag) ? word : "-" + word));
        java.util.Map<Attributes.InputFlag, String> input = new java.util.LinkedHashMap<>();
        input.put(Attributes.InputFlag.IXON, "ixon");
        input.put(Attributes.InputFlag.ICRNL, "icrnl");
        input.put(Attributes.InputFlag.INLCR, "inlcr");
        input.forEach((flag, word) -> words.add(original.getInputFlag(flag) ? word : "-" + word));
        words.addAll(List.of("min", Integer.toString(Math.max(0, original.getControlChar(Attributes.ControlChar.VMIN))),
                "time", Integer.toString(Math.max(0, original.getControlChar(Attributes.ControlChar.VTIME)))));
        return words;
    }

    /** What {@link #giveBack} sends, worked out while the terminal is open. */
    private static byte[] giveBackBytes(Terminal terminal) {
        StringBuilder sb = new StringBuilder();
        for (Capability c : new Capability[] {Capability.cursor_normal, Capability.keypad_local,
                Capability.exit_ca_mode}) {
            String s = terminal.getStringCapability(c);
            if (s != null) {
                org.jline.utils.Curses.tputs(sb, s);
            }
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
