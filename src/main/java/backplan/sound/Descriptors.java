package backplan.sound;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * How many file descriptors the process can still open, where the system says ({@code /proc} on Linux).
 *
 * <p>Starting a process takes several at once (its standard streams and the JDK's own pipes), and when they run
 * out part way the JDK 17 on Linux closes descriptor 0 by mistake: the terminal's input is gone and the session
 * ends as if the terminal had closed. A speech process is started only with room to spare.
 */
final class Descriptors {

    /** What starting one speech process needs: seven, measured with the JDK 17 on Linux, and a margin. */
    static final int TO_START_A_PROCESS = 10;

    private static final Path LIMITS = Path.of("/proc/self/limits");
    private static final Path OPEN = Path.of("/proc/self/fd");

    private Descriptors() {}

    /** Descriptors still free below the process's limit; empty where the system does not say. */
    static OptionalLong free() {
        return free(LIMITS, OPEN);
    }

    /**
     * @param limits a file laid out as {@code /proc/self/limits}
     * @param open   a directory of the open descriptors, named by number, as {@code /proc/self/fd}
     */
    static OptionalLong free(Path limits, Path open) {
        if (!Files.isReadable(limits) || !Files.isDirectory(open)) {
            return OptionalLong.empty(); // not Linux: nothing to go by
        }
        try {
            long limit = limit(Files.readAllLines(limits));
            if (limit < 0) {
                return OptionalLong.empty();
            }
            long below = 0;
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(open)) {
                for (Path fd : fds) {
                    try {
                        if (Long.parseLong(fd.getFileName().toString()) < limit) {
                            below++; // a descriptor above the limit (inherited) takes no room below it
                        }
                    } catch (NumberFormatException e) {
                        // not a descriptor
                    }
                }
            }
            return OptionalLong.of(Math.max(0, limit - below));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.of(0); // not even these could be opened: there is no room
        }
    }

    /** The soft limit on open files, or -1 when unlimited or not said. */
    static long limit(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("Max open files")) {
                String[] f = line.substring("Max open files".length()).strip().split("\\s+");
                try {
                    return Long.parseLong(f[0]);
                } catch (NumberFormatException e) {
                    return -1; // "unlimited"
                }
            }
        }
        return -1;
    }
}
