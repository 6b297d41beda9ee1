package backplan.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Another program holding a file's lock, played by a thread with its own channel: within one JVM the history takes
 * turns through its own monitor, so the channel's lock is taken here directly, as another process would take it.
 */
@SuppressWarnings("try") // close() waits for the holder thread, so it may be interrupted
final class HeldLock implements AutoCloseable {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread thread;
    private volatile Exception failure;

    private HeldLock(Path path) {
        thread = new Thread(() -> {
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = null;
                while (lock == null) {
                    try {
                        lock = ch.tryLock();
                    } catch (OverlappingFileLockException e) {
                        lock = null; // an append of this JVM holds it: take it after
                    }
                    if (lock == null) {
                        Thread.sleep(1);
                    }
                }
                held.countDown();
                release.await();
                lock.release();
            } catch (IOException | InterruptedException e) {
                failure = e;
                held.countDown();
            }
        }, "held-lock");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes the lock of {@code path} (creating the file), and holds it until closed. */
    static HeldLock on(Path path) throws Exception {
        HeldLock h = new HeldLock(path);
        if (!h.held.await(10, TimeUnit.SECONDS) || h.failure != null) {
            throw new IllegalStateException("could not take the lock of " + path, h.failure);
        }
        return h;
    }

    /** Lets go, as the other program ending would. */
    @Override
    public void close() throws InterruptedException {
        release.countDown();
        thread.join(10_000);
    }
}
