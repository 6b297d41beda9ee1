package backplan.history;

import backplan.base.UserFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A file of text lines that is only ever added to: each append is whole lines, written at the end under a file lock
 * and forced to disk, so two processes never interleave and a crash can at worst cut the line being written, never
 * an earlier one; an append that fails part-way (a full disk) is cut back off before the lock is let go.
 */
final class AppendOnlyLog {

    /** File locks guard against other processes; within one JVM a second lock would throw, so take turns here. */
    private static final Object IN_PROCESS = new Object();

    private static final Set<OpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** How often a held lock is tried again; short enough that a given-up wait ends at once. */
    private static final long LOCK_RETRY_MS = 20;

    /** Opens the file for appending; tests pass one that fails part-way through a write, as a full disk does. */
    @FunctionalInterface
    interface Opener {
        FileChannel open(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
                throws IOException;
    }

    /** Sees each line in turn, numbered from 1 as an editor numbers them. */
    @FunctionalInterface
    interface LineVisitor {
        void line(int number, String text);
    }

    private final Path path;
    private final Opener opener;

    AppendOnlyLog(Path path, Opener opener) {
        this.path = path;
        this.opener = opener;
    }

    Path path() {
        return path;
    }

    /**
     * Appends whole lines (each ending in a newline), making the file and its directories when missing. The lock is
     * tried, not waited for with an interruptible call, so nothing can cut a line or its cleanup short; the wait for
     * it is given up, with {@link HistoryFile.LockNotTaken}, as soon as {@code giveUp} says so.
     */
    void append(byte[] lines, BooleanSupplier giveUp) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            UserFiles.createDirectories(dir);
        }
        UserFiles.checkFile(path);
        synchronized (IN_PROCESS) {
            appendLocked(lines, giveUp);
        }
    }

    private void appendLocked(byte[] lines, BooleanSupplier giveUp) throws IOException {
        // READ + WRITE, not APPEND: the last byte must be read, and the lock makes "write at the end" safe.
        try (FileChannel ch = opener.open(path, APPEND, UserFiles.ownerOnly(path));
                FileLock lock = lock(ch, giveUp)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.wrap(lines);
            if (size > 0 && !endsWithNewline(ch, size)) {
                // A crash cut the last line short: start ours on a fresh line so it stays readable.
                buf = ByteBuffer.allocate(lines.length + 1).put((byte) '\n').put(lines).flip();
            }
            try {
                ch.position(size);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            } catch (IOException e) {
                // A full disk takes part of the line: cut it off again while the lock is still ours, so no reader
                // ever meets the fragment and the file is as it was.
                IOException failure = UserFiles.named(e, path);
                try {
                    ch.truncate(size);
                    ch.force(false);
                } catch (IOException again) {
                    failure.addSuppressed(again);
                }
                throw failure;
            }
        } catch (HistoryFile.LockNotTaken e) {
            throw e;
        } catch (IOException e) {
            throw UserFiles.named(e, path);
        }
    }

    /** The file's lock, tried until it is free or the wait is given up. */
    private FileLock lock(FileChannel ch, BooleanSupplier giveUp) throws IOException {
        while (true) {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return lock;
            }
            if (giveUp.getAsBoolean()) {
                throw new HistoryFile.LockNotTaken(path);
            }
            try {
                Thread.sleep(LOCK_RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HistoryFile.LockNotTaken(path);
            }
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /**
     * Hands every line to {@code lines}, as UTF-8 (a byte that is not becomes U+FFFD, so a damaged line stays a line;
     * a byte-order mark at the very start is skipped); never changes the file. A missing file has no lines; anything but a regular file is refused by name before it
     * is opened (a named pipe would block the read forever).
     */
    void read(LineVisitor lines) throws IOException {
        if (!UserFiles.checkFile(path)) {
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder),
                1 << 16)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                if (number == 0 && line.startsWith(BYTE_ORDER_MARK)) {
                    line = line.substring(1); // some editors start a UTF-8 file with one; it is no part of the text
                }
                lines.line(++number, line);
            }
        } catch (NoSuchFileException e) {
            // removed between the look and the read: no lines, as if it had never been there
        } catch (IOException e) {
            throw UserFiles.named(e, path);
        }
    }
}
