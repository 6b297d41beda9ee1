package backplan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The world of one end-to-end test, set up and taken down in one place: a new temporary directory holding HOME and
 * the XDG directories ({@link Sandbox}) and a tmux server of its own on a socket inside it ({@link Tmux}); after the
 * test, the server is killed, any java process the test left is ended and the directory is deleted.
 *
 * <p>Before each test (and before its {@code @BeforeEach} methods) the extension sets the test's fields of type
 * {@link Sandbox} and {@link Tmux}; test and {@code @BeforeEach} methods may also take them as parameters. A class
 * with a {@code Tmux} field is skipped where tmux is not installed. Tests share nothing (directory, socket, data
 * directory, process names), so classes can run in parallel.
 */
final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!fields(context.getRequiredTestClass(), Tmux.class).isEmpty()) {
            Tmux.assumeInstalled();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        World world = world(context);
        for (Field f : fields(test.getClass(), Sandbox.class)) {
            f.set(test, world.sandbox());
        }
        for (Field f : fields(test.getClass(), Tmux.class)) {
            f.set(test, world.tmux());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return (type == Sandbox.class || type == Tmux.class) && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        World world = world(context);
        if (parameter.getParameter().getType() == Tmux.class) {
            Tmux.assumeInstalled();
            return world.tmux();
        }
        return world.sandbox();
    }

    /** The test's world, made on first use and closed by JUnit when the test's context closes. */
    private static World world(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(World.class, k -> World.create(), World.class);
    }

    /** The instance fields of this type, the class's and its superclasses', made settable. */
    private static List<Field> fields(Class<?> type, Class<?> of) {
        List<Field> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == of && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** One test's directory, sandbox and (once asked for) tmux server. */
    private static final class World implements AutoCloseable {

        private final Path root;
        private final Sandbox sandbox;
        private Tmux tmux;

        private World(Path root) throws IOException {
            this.root = root;
            this.sandbox = new Sandbox(root);
        }

        static World create() {
            try {
                return new World(Files.createTempDirectory("backplan-e2e-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Sandbox sandbox() {
            return sandbox;
        }

        synchronized Tmux tmux() {
            if (tmux == null) {
                tmux = new Tmux(sandbox);
            }
            return tmux;
        }

        /** Kills the server, ends what the test left running, then deletes the directory (whatever failed). */
        @Override
        public synchronized void close() throws IOException {
            try {
                if (tmux != null) {
                    tmux.close();
                } else {
                    Tmux.endLeftovers(sandbox);
                }
            } finally {
                delete(root);
            }
        }

        private static void delete(Path root) throws IOException {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone already
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null && !(e instanceof NoSuchFileException)) {
                        throw e;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
