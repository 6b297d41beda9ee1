package backplan.cli;

import java.io.IOException;
import java.io.InputStream;

/** Reads short answers typed at a prompt, byte by byte so nothing after the line is consumed. */
final class Answers {

    private Answers() {}

    static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            sb.append((char) c);
        }
        return sb.toString().strip();
    }

    static boolean yes(InputStream in) throws IOException {
        String a = line(in);
        return a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes");
    }
}
