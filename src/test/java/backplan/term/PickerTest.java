package backplan.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.session.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The picker and the pain prompt driven by typed keys through a virtual terminal. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PickerTest {

    private final ByteArrayOutputStream drawn = new ByteArrayOutputStream();

    private FullScreen screen(String keys) {
        ExternalTerminal terminal;
        try {
            terminal = new ExternalTerminal("virtual", "xterm-256color",
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), drawn, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        terminal.setSize(new Size(80, 24));
        return FullScreen.on(terminal);
    }

    @Test
    void arrowsDigitsAndBackChooseOnePerCategory() throws Exception {
        Catalog catalog = Fixtures.catalog();
        // mobility: Enter; abs: ↓ Enter (the curl-up); back: Enter; obliques: ← ← back to abs, 1 (dead bug) Enter;
        // back and obliques: Enter; glutes: 2 (clamshell) Enter; stretch: Enter
        Map<Category, Exercise> picks;
        try (FullScreen s = screen("\r\u001b[B\r\r\u001b[D\u001b[D1\r\r\r2\r\r")) {
            picks = Picker.pick(s, catalog, Map.of());
        }
        assertEquals("dead-bug", picks.get(Category.ABS).id());
        assertEquals("clamshell", picks.get(Category.GLUTES).id());
        assertEquals(6, picks.size());
    }

    @Test
    void quitOrTheEndOfInputClosesThePicker() throws Exception {
        try (FullScreen s = screen("\r\rq")) {
            assertNull(Picker.pick(s, Fixtures.catalog(), Map.of()));
        }
        try (FullScreen s = screen("\r")) {
            assertNull(Picker.pick(s, Fixtures.catalog(), Map.of()));
        }
    }

    @Test
    void thePainPromptTakesTwoDigitsUpToTenAndBackspace() throws Exception {
        try (FullScreen s = screen("7\u007f3\r")) {
            assertEquals(3, Picker.askPain(s, "How is it?"));
        }
        try (FullScreen s = screen("10\r")) {
            assertEquals(10, Picker.askPain(s, "How is it?"));
        }
        try (FullScreen s = screen("\r")) {
            assertNull(Picker.askPain(s, "How is it?"), "Enter alone skips");
        }
        try (FullScreen s = screen("5\u001b")) {
            assertNull(Picker.askPain(s, "How is it?"), "Esc skips");
        }
    }

    @Test
    void aRatingAboveTenGetsAHintAndTheQuestionStays() throws Exception {
        try (FullScreen s = screen("113\r")) {
            assertEquals(3, Picker.askPain(s, "How is it?"));
        }
        assertTrue(drawn.toString(StandardCharsets.UTF_8).contains("11 is more than 10"), "the hint is shown");
    }
}
