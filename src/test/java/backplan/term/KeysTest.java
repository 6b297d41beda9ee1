package backplan.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;


import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one key map, read through JLine's binding reader from a virtual terminal with keys already typed. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class KeysTest {

    /** Reads every key typed, until the input ends. */
    private static List<KeyReader.Keystroke> read(String typed) throws IOException {
        // paused until Ctrl-C is a plain key, as in raw mode on terminals that send it as one
        try (ExternalTerminal terminal = new ExternalTerminal(null, "virtual", "xterm-256color",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, true)) {
            Attributes attributes = terminal.getAttributes();
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(attributes);
            terminal.resume();
            KeyReader keys = new KeyReader(terminal);
            List<KeyReader.Keystroke> out = new ArrayList<>();
            while (keys.read(2000) instanceof KeyReader.Keystroke k) {
                out.add(k);
            }
            return out;
        }
    }

    private static List<KeyAction> actions(String typed) throws IOException {
        return read(typed).stream().map(KeyReader.Keystroke::action).toList();
    }

    @Test
    void everyArrowFormIsOneKey() throws IOException {
        // normal mode, application mode, and with Ctrl or Shift held
        assertEquals(List.of(KeyAction.SKIP, KeyAction.SKIP, KeyAction.SKIP, KeyAction.UP, KeyAction.DOWN,
                KeyAction.BACK), actions("\u001b[C\u001bOC\u001b[1;5C\u001b[A\u001bOB\u001b[1;2D"));
    }

    @Test
    void aLoneEscapeIsQuitOnceNothingFollows() throws IOException {
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        try (ExternalTerminal terminal = new ExternalTerminal("virtual", "xterm-256color",
                new java.io.PipedInputStream(typing), new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            typing.write(0x1b);
            typing.flush();
            assertEquals(KeyAction.QUIT,
                    assertInstanceOf(KeyReader.Keystroke.class, new KeyReader(terminal).read(2000)).action());
        }
    }

    @Test
    void sessionKeys() throws IOException {
        assertEquals(List.of(KeyAction.TOGGLE, KeyAction.TOGGLE, KeyAction.SKIP, KeyAction.MORE, KeyAction.MORE,
                KeyAction.LESS, KeyAction.QUIT, KeyAction.YES, KeyAction.NO, KeyAction.ENTER, KeyAction.ENTER,
                KeyAction.INTERRUPT, KeyAction.REDRAW, KeyAction.BACK), actions(" pS+=-qYn\r\n\u0003\u000c\u007f"));
    }

    @Test
    void digitsCarryTheDigitAndOtherKeysAreIgnoredNotLost() throws IOException {
        List<KeyReader.Keystroke> keys = read("7xé0");
        assertEquals(List.of(KeyAction.DIGIT, KeyAction.OTHER, KeyAction.OTHER, KeyAction.DIGIT),
                keys.stream().map(KeyReader.Keystroke::action).toList());
        assertEquals("7", keys.get(0).typed());
        assertEquals("0", keys.get(3).typed());
    }

    @Test
    void noKeyInTimeIsATimeout() throws IOException {
        try (ExternalTerminal terminal = new ExternalTerminal("virtual", "xterm-256color",
                new java.io.PipedInputStream(new java.io.PipedOutputStream()), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            assertInstanceOf(KeyReader.NoKey.class, new KeyReader(terminal).read(50));
        }
    }

    @Test
    void duringASessionEachActionIsOneCommandOrNone() {
        assertEquals(backplan.session.Command.SKIP, TerminalControls.command(KeyAction.SKIP));
        assertEquals(backplan.session.Command.QUIT_NOW, TerminalControls.command(KeyAction.INTERRUPT));
        assertEquals(backplan.session.Command.DONE, TerminalControls.command(KeyAction.ENTER));
        assertEquals(null, TerminalControls.command(KeyAction.DIGIT));
    }

    @Test
    void tmuxTerminalTypesAreDescribedByScreensWhichJLineCarries() {
        assertEquals("screen-256color", FullScreen.describedType("tmux-256color"));
        assertEquals("screen", FullScreen.describedType("tmux"));
        assertEquals(null, FullScreen.describedType("xterm-256color"), "carried as it is");
        assertEquals(null, FullScreen.describedType(null));
        assertEquals(true, org.jline.utils.InfoCmp.getDefaultInfoCmp("screen-256color") != null);
    }
}
