package backplan.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptors left to start a speech process, read from files laid out as Linux's /proc has them. */
class DescriptorsTest {

    @TempDir
    Path dir;

    private Path limits(String openFiles) throws IOException {
        return Files.writeString(dir.resolve("limits"), """
                Limit                     Soft Limit           Hard Limit           Units
                Max cpu time              unlimited            unlimited            seconds
                Max open files            %s                   unlimited            files
                """.formatted(openFiles));
    }

    private Path open(int... fds) throws IOException {
        Path d = Files.createDirectories(dir.resolve("fd"));
        for (int fd : fds) {
            Files.createFile(d.resolve(Integer.toString(fd)));
        }
        return d;
    }

    @Test
    void countsTheFreeNumbersBelowTheLimit() throws IOException {
        // 251 was inherited above the limit: it takes no room below it
        assertEquals(OptionalLong.of(14 - 6), Descriptors.free(limits("14"), open(0, 1, 2, 3, 4, 5, 251)));
    }

    @Test
    void unlimitedOrUnsaidIsNoLimit() throws IOException {
        assertEquals(OptionalLong.empty(), Descriptors.free(limits("unlimited"), open(0, 1, 2)));
        assertEquals(OptionalLong.empty(), Descriptors.free(dir.resolve("no-such-file"), open()));
        assertEquals(-1, Descriptors.limit(List.of("Max processes 100 100 processes")));
    }

    @Test
    void thisProcessHasRoomUnderAnOrdinaryLimit() {
        OptionalLong free = Descriptors.free();
        assertTrue(free.isEmpty() || free.getAsLong() >= Descriptors.TO_START_A_PROCESS, free.toString());
    }
}
