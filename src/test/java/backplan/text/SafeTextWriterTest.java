package backplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The second wall: nothing printed line by line can drive the terminal, colors still pass. */
class SafeTextWriterTest {

    private static String through(String text) throws IOException {
        StringWriter sink = new StringWriter();
        try (SafeTextWriter w = new SafeTextWriter(sink)) {
            // in pieces, as a PrintWriter may hand them over
            for (int i = 0; i < text.length(); i += 3) {
                w.write(text, i, Math.min(3, text.length() - i));
            }
        }
        return sink.toString();
    }

    @Test
    void titleClipboardAndScreenEscapesAreNeutralised() throws IOException {
        assertEquals("Dead Bug?]0;PWNED??[2J\n", through("Dead Bug\u001b]0;PWNED\u0007\u001b[2J\n"));
        assertEquals("?]52;c;aGk=?\\", through("\u001b]52;c;aGk=\u001b\\"));
        assertEquals("a?b?c?d", through("a\u009bb\u007fc\rd"));
    }

    @Test
    void colorsLineBreaksAndTabsPass() throws IOException {
        String colored = "\u001b[1;32mWORK\u001b[0m\tset 1/3\n";
        assertEquals(colored, through(colored));
    }

    @Test
    void anEscapeLeftOpenAtTheEndIsNeutralisedToo() throws IOException {
        assertEquals("x?[12", through("x\u001b[12"));
        assertEquals("?[" + "1".repeat(30), through("\u001b[" + "1".repeat(30)));
    }

    @Test
    void neutralStringsKeepEverythingPrintable() {
        assertEquals("Schöne Übung 体操 ?", SafeTextWriter.neutral("Schöne Übung 体操 \u001b"));
    }
}
