package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.term.Tty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one way backplan reads a yes or a no. */
class PromptsTest {

    @Test
    void yesInAnyCaseIsYesEmptyIsTheDefaultAnythingElseIsNo() {
        for (String yes : new String[] {"y", "Y", "yes", " YES "}) {
            assertTrue(Prompts.answer(yes, false), yes);
        }
        assertTrue(Prompts.answer("", true));
        assertFalse(Prompts.answer("", false));
        for (String no : new String[] {"n", "no", "nope", "yess", "1"}) {
            assertFalse(Prompts.answer(no, true), no);
        }
    }

    @Test
    void confirmShowsTheDefaultAndReadsOneLineOnly() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream("y\nrest".getBytes(StandardCharsets.UTF_8));
        StringWriter err = new StringWriter();
        Prompts prompts = new Prompts(in, new PrintWriter(err, true), true, new Tty());
        assertTrue(prompts.confirm("Go?", false));
        assertEquals("Go? [y/N] ", err.toString());
        assertEquals('r', in.read(), "nothing after the answer's line is consumed");
        assertTrue(new Prompts(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), true,
                new Tty())
                .confirm("Keep?", true), "the end of input takes the default");
    }
}
