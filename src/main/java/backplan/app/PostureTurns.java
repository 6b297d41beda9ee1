package backplan.app;

import backplan.base.UserFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whose turn it is among the posture cues: one counter, shared by sessions (each shows the next cue as it starts)
 * and {@code posture --remind} (each call prints the next). Kept in a one-line file; if it cannot be read or
 * written the cues still take turns from 0, and nothing fails for it.
 */
public final class PostureTurns {

    private final Path file;

    public PostureTurns(Path file) {
        this.file = file;
    }

    /** This turn's number, leaving the counter where it is. */
    int peek() {
        return read();
    }

    /** This turn's number, moving the counter on for the next one. */
    int next() {
        int turn = read();
        write(turn + 1);
        return turn;
    }

    private int read() {
        if (UserFiles.notAFile(file) != null) {
            return 0; // a named pipe here would block the read for ever
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int n = Integer.parseInt(text);
            return n < 0 ? 0 : n;
        } catch (IOException | NumberFormatException | OutOfMemoryError e) {
            return 0;
        }
    }

    private void write(int turn) {
        try {
            UserFiles.replace(file, ((turn % 1_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // a reminder is not worth an error: the next one may repeat this cue
        }
    }
}
