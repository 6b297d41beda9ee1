package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The posture counter's one-line file, and the strange things that may stand in its place. */
class PostureTurnsTest {

    @TempDir
    Path dir;

    @Test
    void turnsCountUpThroughALink() throws Exception {
        Path target = dir.resolve("dotfiles/posture-turn");
        Path link = Files.createSymbolicLink(dir.resolve("posture-turn"), target);
        PostureTurns turns = new PostureTurns(link);

        assertEquals(0, turns.next());
        assertEquals(1, turns.next());

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("2\n", Files.readString(target));
    }

    @Test
    @Timeout(10)
    void aNamedPipeIsNoCounterAndNeverBlocks() throws Exception {
        Path fifo = dir.resolve("posture-turn");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

        assertEquals(0, new PostureTurns(fifo).peek());
        assertEquals(0, new PostureTurns(fifo).next(), "cannot be written either, and says nothing of it");
    }
}
