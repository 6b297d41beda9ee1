package backplan.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that looks at each character on its way through: subclasses say what one character becomes. */
abstract class CharFilterWriter extends FilterWriter {

    CharFilterWriter(Writer out) {
        super(out);
    }

    @Override
    public abstract void write(int c) throws IOException;

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }
}
