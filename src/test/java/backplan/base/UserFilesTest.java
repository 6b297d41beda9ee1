package backplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Strange files are named and refused before they are opened, and failures read as words. */
class UserFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileOrNothingIsFine() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), file);

        assertNull(UserFiles.notAFile(file));
        assertNull(UserFiles.notAFile(link));
        assertNull(UserFiles.notAFile(dir.resolve("missing")));
        assertTrue(UserFiles.checkFile(link));
        assertFalse(UserFiles.checkFile(dir.resolve("missing")));
    }

    @Test
    @Timeout(10)
    void everythingElseIsNamedForWhatItIs() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Path linkToFifo = Files.createSymbolicLink(dir.resolve("link"), fifo);

        assertEquals("is a directory, not a file", UserFiles.notAFile(dir));
        assertEquals("is a named pipe, not a file", UserFiles.notAFile(fifo));
        assertEquals("is a named pipe, not a file", UserFiles.notAFile(linkToFifo));
        assertEquals(fifo + ": is a named pipe, not a file",
                assertThrows(FileSystemException.class, () -> UserFiles.checkFile(fifo)).getMessage());
        if (Files.exists(Path.of("/dev/null"))) {
            assertEquals("is a device, not a file", UserFiles.notAFile(Path.of("/dev/null")));
        }
    }

    @Test
    void failuresAreWordsThatNameTheFile() {
        assertEquals("/h/x: permission denied", UserFiles.describe(new AccessDeniedException("/h/x")));
        assertEquals("/h/x: no such file or directory", UserFiles.describe(new NoSuchFileException("/h/x")));
        assertEquals("/h/x: not a directory", UserFiles.describe(new NotDirectoryException("/h/x")));
        assertEquals("/h/x: is a directory", UserFiles.describe(new FileSystemException("/h/x", null,
                "Is a directory")));
        assertEquals("/h/x -> /h/y: device or resource busy", UserFiles.describe(new FileSystemException("/h/x",
                "/h/y", "Device or resource busy")));
        assertEquals("no space left on device", UserFiles.describe(new IOException("No space left on device")));
        assertEquals("/h/x: no space left on device", UserFiles.describe(UserFiles.named(
                new IOException("No space left on device"), Path.of("/h/x"))));
        assertEquals("/h/x: permission denied", UserFiles.describe(new UncheckedIOException(
                new AccessDeniedException("/h/x"))));
        assertEquals("input/output error", UserFiles.describe(new IOException()));
        assertEquals("EIO from the disk", UserFiles.reason(new IOException("EIO from the disk")));
    }

    @Test
    void aNameIsAddedOnlyWhereTheJdkLeftItOut() {
        AccessDeniedException named = new AccessDeniedException("/h/x");
        assertSame(named, UserFiles.named(named, Path.of("/other")));
    }

    @Test
    void theTargetOfAChainOfLinksNeedNotExist() throws IOException {
        Path end = dir.resolve("repo/plan.yaml");
        Path middle = Files.createSymbolicLink(dir.resolve("middle"), Path.of("repo/plan.yaml"));
        Path start = Files.createSymbolicLink(dir.resolve("start"), Path.of("middle"));

        assertEquals(end, UserFiles.target(start));
        assertEquals(end, UserFiles.target(middle));
        assertEquals(dir.resolve("plain"), UserFiles.target(dir.resolve("plain")));
    }
}
