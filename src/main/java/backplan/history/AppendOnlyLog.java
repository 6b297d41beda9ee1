package backplan.history;

import backplan.base.UserFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

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

    /** What is done while the lock is held. */
    @FunctionalInterface
    interface LockedAction {
        void run(Locked log) throws IOException;
    }

    /** Thrown when the lock, held by another program, was not had: the wait was given up, or ran out. */
    static final class LockNotTaken extends IOException {

        private static final long serialVersionUID = 1L;

        LockNotTaken(Path path) {
            super(path + ": another program holds its lock");
        }
    }

    /**
     * How to wait for a lock that another program holds: tried every few milliseconds until it is free, until
     * {@code giveUp} says to stop (a signal), or until {@code patience} has passed; {@code notice} is run once when
     * the wait has lasted {@code noticeAfter}, so the person knows why nothing happens.
     *
     * @param nanoTime the clock the wait is measured on ({@link System#nanoTime}; tests pass their own)
     */
    record Wait(BooleanSupplier giveUp, Duration patience, Duration noticeAfter, Runnable notice,
            LongSupplier nanoTime) {

        /** Never given up nor ended, nothing said: as long as it takes. */
        static final Wait FOREVER = new Wait(() -> false, null, null, () -> { }, System::nanoTime);

        /** No wait at all: the lock is tried once. */
        static final Wait NONE = new Wait(() -> true, null, null, () -> { }, System::nanoTime);
    }

    private final Path path;
    private final Opener opener;
    private final boolean emptiable;

    /** A log that is never emptied nor rewritten (the history). */
    AppendOnlyLog(Path path, Opener opener) {
        this(path, opener, false);
    }

    private AppendOnlyLog(Path path, Opener opener, boolean emptiable) {
        this.path = path;
        this.opener = opener;
        this.emptiable = emptiable;
    }

    /** A log whose lines are moved elsewhere from time to time, and that is then emptied (the history's journal). */
    static AppendOnlyLog emptiable(Path path, Opener opener) {
        return new AppendOnlyLog(path, opener, true);
    }

    Path path() {
        return path;
    }

    /** Appends whole lines (each ending in a newline) under the lock; see {@link #locked}. */
    void append(byte[] lines, Wait wait) throws IOException {
        locked(wait, log -> log.append(lines));
    }

    /**
     * Runs {@code action} holding the file's lock, making the file and its directories when missing. The lock is
     * tried, not waited for with an interruptible call, so nothing can cut a line or its cleanup short; a wait that
     * is given up or runs out ends with {@link LockNotTaken} before anything is written.
     */
    @SuppressWarnings("try") // the lock is held for the block and let go by the try; the body never names it
    void locked(Wait wait, LockedAction action) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            UserFiles.createDirectories(dir);
        }
        UserFiles.checkFile(path);
        synchronized (IN_PROCESS) {
            // READ + WRITE, not APPEND: the last byte must be read, and the lock makes "write at the end" safe.
            try (FileChannel ch = opener.open(path, APPEND, UserFiles.ownerOnly(path));
                    FileLock lock = lock(ch, wait)) {
                action.run(new Locked(ch));
            } catch (LockNotTaken e) {
                throw e;
            } catch (IOException e) {
                throw UserFiles.named(e, path);
            }
        }
    }

    /** The file's lock, tried until it is free, the wait is given up, or it runs out. */
    private FileLock lock(FileChannel ch, Wait wait) throws IOException {
        long start = wait.nanoTime().getAsLong();
        boolean noticed = false;
        while (true) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another channel of this JVM, which only a test does: held all the same
            }
            if (lock != null) {
                return lock;
            }
            long waited = wait.nanoTime().getAsLong() - start;
            if (wait.giveUp().getAsBoolean() || (wait.patience() != null && waited >= wait.patience().toNanos())) {
                throw new LockNotTaken(path);
            }
            if (!noticed && wait.noticeAfter() != null && waited >= wait.noticeAfter().toNanos()) {
                noticed = true;
                wait.notice().run();
            }
            try {
                Thread.sleep(LOCK_RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockNotTaken(path);
            }
        }
    }

    /** The log while its lock is held: what may be done to it then. */
    final class Locked {

        private final FileChannel ch;

        private Locked(FileChannel ch) {
            this.ch = ch;
        }

        /** Appends whole lines at the end and forces them to disk; on a failure the file is as it was. */
        void append(byte[] lines) throws IOException {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.wrap(lines);
            if (size > 0 && !endsWithNewline(size)) {
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
        }

        /** Whether the file holds nothing. */
        boolean isEmpty() throws IOException {
            return ch.size() == 0;
        }

        /**
         * Empties a log made {@link #emptiable}, once its lines are safe elsewhere. It is emptied, not removed: a
         * program waiting for its lock would otherwise take it on a file no longer there, and write into nothing.
         */
        void empty() throws IOException {
            if (!emptiable) {
                throw new IllegalStateException(path + " is never emptied");
            }
            ch.truncate(0);
            ch.force(false);
        }

        private boolean endsWithNewline(long size) throws IOException {
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    /**
     * Hands every line to {@code lines}, as UTF-8 (a byte that is not becomes U+FFFD, so a damaged line stays a line;
     * a byte-order mark at the very start is skipped); never changes the file. A missing file has no lines; anything
     * but a regular file is refused by name before it is opened (a named pipe would block the read forever).
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
