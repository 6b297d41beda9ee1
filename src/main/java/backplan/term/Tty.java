package backplan.term;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jline.terminal.Terminal;

/**
 * The process's terminal, owned in one place for the whole run, as JLine's TTop owns its own: it builds the JLine
 * terminal (ahead of time when asked), opens the full screen on it, and holds the one shutdown hook that gives
 * the terminal back however the run ends: the screen restored if one is open, a waiting question's line finished.
 */
public final class Tty {

    private FutureTask<Terminal> building;
    private volatile FullScreen screen;
    private volatile boolean questionWaiting;
    private Thread atExit;

    /**
     * Starts building the terminal on its own thread while the caller reads the catalog and builds the session:
     * loading JLine's native library and describing the terminal take as long as that, and the first frame waits
     * for both. Only for a run that will draw on the screen and asks no line question before it: the terminal
     * does not touch the tty's modes until {@link #open}.
     */
    public synchronized void prepare() {
        if (building == null) {
            building = new FutureTask<>(FullScreen::build);
            Thread t = new Thread(building, "backplan-terminal");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Takes over the terminal for a full screen; the caller must have checked that stdin and stdout are one. */
    public FullScreen open() throws IOException {
        Terminal terminal = preparedOrBuilt();
        hookOnce();
        FullScreen[] opened = new FullScreen[1];
        opened[0] = FullScreen.open(terminal, () -> closed(opened[0]));
        screen = opened[0];
        return opened[0];
    }

    /**
     * A question waits for its answer on a line of stderr: if a signal ends the program meanwhile, the shell's
     * prompt is left on a line of its own.
     */
    public void questionWaiting(boolean waiting) {
        if (waiting) {
            hookOnce();
        }
        questionWaiting = waiting;
    }

    private void closed(FullScreen closed) {
        if (screen == closed) {
            screen = null;
        }
    }

    private Terminal preparedOrBuilt() throws IOException {
        FutureTask<Terminal> task;
        synchronized (this) {
            task = building;
            building = null;
        }
        if (task == null) {
            return FullScreen.build();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            return FullScreen.build(); // what failed there fails here again, with its own message
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the terminal was being set up", e);
        }
    }

    private synchronized void hookOnce() {
        if (atExit == null) {
            atExit = new Thread(this::giveBack, "backplan-give-back-terminal");
            Runtime.getRuntime().addShutdownHook(atExit);
        }
    }

    /** At exit: whatever is still out of place goes back. */
    private void giveBack() {
        FullScreen open = screen;
        if (open != null) {
            try {
                open.restore();
            } catch (RuntimeException | java.io.IOError e) {
                // the terminal is gone: nothing left to restore
            }
        }
        if (questionWaiting) {
            try {
                FileOutputStream tty = new FileOutputStream(FileDescriptor.err);
                tty.write('\n');
                tty.flush();
            } catch (IOException e) {
                // nothing to finish the line on
            }
        }
    }
}
