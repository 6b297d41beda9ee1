package backplan.history;

import backplan.catalog.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The session history: JSON Lines ({@link HistoryJson}) in a file that is only ever appended to
 * ({@link AppendOnlyLog}), never rewritten.
 *
 * <p>A session is recorded the moment it ends; what the person says afterwards (the pain rating) is appended as
 * an amendment line, {@code {"amend":"ID","painAfter":3}}, that every reader merges into the session it names
 * ({@link AmendmentMerge}). A session written to await one says so ({@code "awaits":"painAfter"}).
 */
public final class HistoryFile {

    /** Thrown when a wait for another program's lock was given up (a signal asked the program to stop). */
    public static final class LockNotTaken extends IOException {

        private static final long serialVersionUID = 1L;

        LockNotTaken(Path path) {
            super(path + ": another program holds the history's lock");
        }
    }

    private final AppendOnlyLog log;
    private final BooleanSupplier giveUp;

    public HistoryFile(Path path) {
        this(path, FileChannel::open);
    }

    HistoryFile(Path path, AppendOnlyLog.Opener opener) {
        this(new AppendOnlyLog(path, opener), () -> false);
    }

    private HistoryFile(AppendOnlyLog log, BooleanSupplier giveUp) {
        this.log = log;
        this.giveUp = giveUp;
    }

    /**
     * This history, giving up a wait for another program's lock as soon as {@code giveUp} says so (a signal). Only
     * the wait is given up, never a write under way.
     */
    public HistoryFile givingUpWhen(BooleanSupplier giveUp) {
        return new HistoryFile(log, giveUp);
    }

    public Path path() {
        return log.path();
    }

    /**
     * A session as recorded: its id in the file, and whether the file awaits its pain rating.
     *
     * @param awaitingPain recorded by {@link #appendAwaitingPain}: {@link #amend} completes it
     */
    public record Recorded(String id, boolean awaitingPain) {}

    /** What reading found: the good entries in file order, and a problem for each damaged line. */
    record Contents(List<HistoryEntry> entries, List<Problem> damaged) {}

    /** Records a whole session as one line; the lock keeps concurrent appends whole and in some order. */
    public Recorded append(HistoryEntry entry) throws IOException {
        return record(entry, false);
    }

    /**
     * Records a session whose pain rating is still to be asked, so that it is safe the moment it ends; then
     * {@link #amend} adds the answer (or says there was none). Until then readers show it without a rating; if
     * no amendment ever comes (the process was killed at the question), it stays that way.
     */
    public Recorded appendAwaitingPain(HistoryEntry entry) throws IOException {
        if (entry.painAfter() != null) {
            throw new IllegalArgumentException("the session already has its pain rating; append it whole");
        }
        return record(entry, true);
    }

    /**
     * Appends the answer for a session recorded by {@link #appendAwaitingPain}: a rating 0–10, or null when the
     * person gave none. Call it once per session; a second amendment is reported as a damaged line.
     */
    public void amend(Recorded session, Integer painAfter) throws IOException {
        if (!session.awaitingPain()) {
            throw new IllegalArgumentException("session " + session.id() + " was recorded whole; nothing awaits");
        }
        if (painAfter != null && (painAfter < 0 || painAfter > 10)) {
            throw new IllegalArgumentException("pain rating " + painAfter + " is not 0-10");
        }
        write(HistoryJson.amendment(session.id(), painAfter));
    }

    private Recorded record(HistoryEntry entry, boolean awaiting) throws IOException {
        String id = entry.id() != null ? entry.id() : newId();
        write(HistoryJson.session(entry.withId(id), awaiting));
        return new Recorded(id, awaiting);
    }

    /**
     * 48 random bits. Ids only need to differ among sessions awaiting an answer at the same time (an amendment
     * answers the earliest one waiting under its id), so a repeat among old sessions is harmless.
     */
    private static String newId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
    }

    private void write(String json) throws IOException {
        log.append((json + "\n").getBytes(StandardCharsets.UTF_8), giveUp);
    }

    /** Reads every line; a damaged one is reported with its number and skipped, never changed. */
    Contents read() throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        List<Problem> damaged = new ArrayList<>();
        read(entries::add, damaged::add);
        return new Contents(entries, damaged);
    }

    /**
     * Streams every session, amendments merged, to {@code entries} in file order, and every damaged line to
     * {@code damaged}. A missing file is an empty history; anything but a regular file is refused by name
     * before it is opened.
     */
    public void read(Consumer<HistoryEntry> entries, Consumer<Problem> damaged) throws IOException {
        AmendmentMerge merge = new AmendmentMerge(entries);
        String file = path().toString();
        log.read((number, line) -> {
            if (line.isBlank()) {
                return;
            }
            HistoryJson.Line parsed;
            try {
                parsed = HistoryJson.parse(line);
            } catch (IOException | RuntimeException e) {
                damaged.accept(HistoryJson.damaged(file, number, HistoryJson.reason(e)));
                return;
            }
            if (parsed instanceof HistoryJson.Session s) {
                merge.session(s);
            } else if (parsed instanceof HistoryJson.Amendment a && !merge.amend(a)) {
                damaged.accept(HistoryJson.damaged(file, number, "it amends session " + a.id()
                        + ", but no session before it with that id awaits an answer"));
            }
        });
        merge.finish();
    }
}
