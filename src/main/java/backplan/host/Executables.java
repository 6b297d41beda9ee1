package backplan.host;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program as a shell would, on the {@code PATH} it is given (the invocation's, so tests can put fakes first). */
public final class Executables {

    private Executables() {}

    /**
     * The program {@code name} on {@code path}; a name with a slash is taken as a path to the program itself. An
     * empty entry of {@code PATH} (the working directory) is never searched.
     */
    public static Optional<Path> find(String path, String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
