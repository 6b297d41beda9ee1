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
import java.util.List;
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

    @Test
    void aLongQuestionIsWrappedBetweenWordsAndItsChoicesStayWithItsLastWords() throws IOException {
        StringWriter err = new StringWriter();
        Prompts prompts = new Prompts(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(err, true), true, new Tty(), () -> 60);
        String question = "Remove the plan in /home/someone/.config/backplan/plan.yaml? Your history stays.";
        prompts.confirm(question, false);
        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("Remove the plan in /home/someone/.config/backplan/plan.yaml?",
                "Your history stays. [y/N] "), lines, err.toString());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 60), err.toString());

        // where only the choices would spill over, the last word goes down with them
        StringWriter tight = new StringWriter();
        new Prompts(new ByteArrayInputStream(new byte[0]), new PrintWriter(tight, true), true, new Tty(), () -> 20)
                .confirm("Keep these as plan?", true);
        assertEquals("Keep these as\nplan? [Y/n] ", tight.toString());
    }
}
