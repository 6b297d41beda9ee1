package backplan.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * The files backplan reads and writes, treated the way a careful Unix tool treats files a person may have made
 * strange: anything but a regular file is refused by name before it is opened (so a named pipe never hangs a
 * command), symbolic links are followed on write, and what backplan creates is readable by its owner only.
 */
public final class UserFiles {

    /** Files of health data (the history, the plan) are created {@code rw-------}. */
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    /** Directories backplan creates are {@code rwx------}, as the XDG base directory spec asks. */
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** Linux's limit on links in one path; a longer chain is a loop. */
    private static final int MAX_LINKS = 40;

    private UserFiles() {}

    /**
     * Why {@code path} cannot be used as a file ({@code "is a named pipe, not a file"}), or null when it is a
     * regular file (through any symbolic links) or does not exist. Looks without opening, so it never blocks.
     */
    public static String notAFile(Path path) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // missing, or unreadable: opening it will say so in its own words
        }
        if (a.isRegularFile()) {
            return null;
        }
        return a.isDirectory() ? "is a directory, not a file" : "is " + kind(path) + ", not a file";
    }

    /** Throws, naming the path, when it exists and is not a regular file; true when it exists. */
    public static boolean checkFile(Path path) throws IOException {
        String why = notAFile(path);
        if (why != null) {
            throw new FileSystemException(path.toString(), null, why);
        }
        return Files.exists(path);
    }

    private static String kind(Path path) {
        try {
            // The "unix" view is not in the API docs, but OpenJDK has it on Linux and macOS: st_mode's type bits.
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "something other than a file";
            };
        } catch (IOException | RuntimeException e) {
            return "something other than a file";
        }
    }

    /** Creates a directory and any missing parents, each readable by its owner only where modes exist. */
    public static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir, posix(dir) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY)} : new FileAttribute<?>[0]);
    }

    /** The attribute that makes a new file readable by its owner only, or none where there are no modes. */
    public static FileAttribute<?>[] ownerOnly(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Where a write to {@code path} must land: the end of its chain of symbolic links, which need not exist yet
     * (a link into a dotfiles repository whose file was removed still says where the file belongs).
     */
    public static Path target(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new FileSystemLoopException(path.toString());
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /**
     * Replaces a file's content all at once: the bytes go to a temporary file beside the link's target, are
     * forced to disk, and are moved over the target, so a reader sees the old file or the new one, never a part;
     * a symbolic link stays a link. A new file is readable by its owner only; a replaced one keeps its mode.
     */
    public static void replace(Path path, byte[] content) throws IOException {
        Path target = target(path);
        checkFile(target);
        Path dir = target.getParent();
        createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", ownerOnly(target));
        try {
            if (posix(target) && Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            } catch (IOException e) {
                throw named(e, target);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The failure with the file's name on it: the JDK reports a full disk or an I/O error on an open channel
     * without saying which file it was writing.
     */
    public static IOException named(IOException e, Path file) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }

    /**
     * A file failure in words, naming the file: {@code /home/a/history.jsonl: no space left on device}; never the
     * name of an exception class.
     */
    public static String describe(IOException e) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return e.getCause() instanceof FileSystemException cause && e.getMessage() == null ? describe(cause)
                    : reason(e);
        }
        return (f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile()) + ": " + reason(e);
    }

    /** What went wrong, without the file's name: {@code permission denied}. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "is a directory that is not empty";
        } else if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        } else if (e instanceof FileSystemException f) {
            return f.getReason() != null ? lowerFirst(f.getReason()) : "input/output error";
        }
        return e.getMessage() != null ? lowerFirst(e.getMessage()) : "input/output error";
    }

    /** {@link #describe(IOException)} for the I/O failure at the root of an unchecked one. */
    public static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
            return s; // an acronym such as "EIO" stays as it is
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
