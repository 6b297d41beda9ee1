package backplan.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The end-of-session note typed through a virtual terminal: letters the other screens bind are text here. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class NoteQuestionTest {

    private FullScreen screen(String keys) throws java.io.IOException {
        ExternalTerminal terminal = new ExternalTerminal("virtual", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        terminal.setSize(Size.of(80, 24));
        return FullScreen.on(terminal);
    }

    @Test
    void everyPrintableKeyIsTextAndBackspaceErases() throws Exception {
        try (FullScreen s = screen("quiet: hips sorex\u007f, 5/10 — müde\r")) {
            assertEquals("quiet: hips sore, 5/10 — müde", NoteQuestion.ask(s, "A note?"));
        }
    }

    @Test
    void arrowsAndControlKeysNeverGetIn() throws Exception {
        try (FullScreen s = screen("a\u001b[Cb\u001b[D\u0007c\r")) {
            assertEquals("abc", NoteQuestion.ask(s, "A note?"));
        }
    }

    @Test
    void enterAloneOrEscSkips() throws Exception {
        try (FullScreen s = screen("\r")) {
            assertNull(NoteQuestion.ask(s, "A note?"));
        }
        try (FullScreen s = screen("half a note\u001b")) {
            assertNull(NoteQuestion.ask(s, "A note?"), "Esc skips");
        }
        try (FullScreen s = screen("   \r")) {
            assertNull(NoteQuestion.ask(s, "A note?"), "spaces are no note");
        }
    }
}
