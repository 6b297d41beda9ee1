package backplan.history;

import backplan.base.UserFiles;
import backplan.catalog.Problem;
import backplan.session.Rating;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The session history: JSON Lines ({@link HistoryJson}) in a file that is only ever appended to
 * ({@link AppendOnlyLog}), never rewritten.
 *
 * <p>A session is recorded the moment it ends; what the person says afterwards (the pain rating) is appended as
 * an amendment line, {@code {"amend":"ID","painAfter":3}}, that every reader merges into the session it names
 * ({@link AmendmentMerge}). A session written to await one says so ({@code "awaits":"painAfter"}).
 *
 * <p>Nothing is lost to another program's lock: a line that cannot wait for it goes to a {@link HistoryJournal}
 * beside the history, which readers take in and the next holder of the lock moves into the history.
 */
public final class HistoryFile {

    /** Said once on stderr when the lock has been waited for this long. */
    static final Duration NOTICE_AFTER = Duration.ofSeconds(1);
    /** Past this, the line goes to the journal: an append holds the lock for milliseconds, so this one is stuck. */
    static final Duration PATIENCE = Duration.ofSeconds(10);
    static final String WAITING = "waiting for another backplan to finish writing the history…";

    private final AppendOnlyLog log;
    private final HistoryJournal journal;
    private final BooleanSupplier giveUp;
    private final Consumer<String> notices;
    private final LongSupplier nanoTime;

    public HistoryFile(Path path) {
        this(path, FileChannel::open);
    }

    HistoryFile(Path path, AppendOnlyLog.Opener opener) {
        this(new AppendOnlyLog(path, opener), new HistoryJournal(path, opener), () -> false, line -> { },
                System::nanoTime);
    }

    /**
     * Where the journal of the history at {@code history} is kept (beside the file its links lead to, once they
     * are followed): for a reader that only watches whether it changed.
     */
    public static Path journalOf(Path history) {
        try {
            return HistoryJournal.beside(UserFiles.target(history));
        } catch (IOException e) {
            return HistoryJournal.beside(history);
        }
    }

    private HistoryFile(AppendOnlyLog log, HistoryJournal journal, BooleanSupplier giveUp, Consumer<String> notices,
            LongSupplier nanoTime) {
        this.log = log;
        this.journal = journal;
        this.giveUp = giveUp;
        this.notices = notices;
        this.nanoTime = nanoTime;
    }

    /**
     * This history, giving up a wait for another program's lock as soon as {@code giveUp} says so (a signal): the
     * line then goes to the journal. Only the wait is given up, never a write under way.
     */
    public HistoryFile givingUpWhen(BooleanSupplier giveUp) {
        return new HistoryFile(log, journal, giveUp, notices, nanoTime);
    }

    /** This history, saying to {@code notices} (once, after a second) that it waits for another program's lock. */
    public HistoryFile noticesTo(Consumer<String> notices) {
        return new HistoryFile(log, journal, giveUp, notices, nanoTime);
    }

    /** This history with its waits measured on {@code nanoTime}, for tests. */
    HistoryFile measuringOn(LongSupplier nanoTime) {
        return new HistoryFile(log, journal, giveUp, notices, nanoTime);
    }

    public Path path() {
        return log.path();
    }

    /**
     * A session as recorded: its id in the file, whether the file awaits its pain rating, and where its line waits
     * when another program held the history's lock.
     *
     * @param awaitingPain recorded by {@link #appendAwaitingPain}: {@link #amend} completes it
     * @param journal      the journal holding the line until the next backplan moves it into the history, or null
     *                     when the history holds it; either way every reader sees the session
     */
    public record Recorded(String id, boolean awaitingPain, Path journal) {}

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
     *
     * @return the journal where the answer waits when another program held the history's lock, or null
     */
    public Path amend(Recorded session, Integer painAfter) throws IOException {
        return amend(session, painAfter, Map.of());
    }

    /**
     * {@link #amend(Recorded, Integer)} with how exercises went that were rated after the session was recorded
     * (the last one, whose rating is asked with the pain), by exercise id.
     */
    public Path amend(Recorded session, Integer painAfter, Map<String, Rating> ratings) throws IOException {
        return amend(session, painAfter, ratings, null);
    }

    /**
     * {@link #amend(Recorded, Integer, Map)} with the note written at the session's end (null: none), kept as
     * {@link Notes#clean} leaves it.
     */
    public Path amend(Recorded session, Integer painAfter, Map<String, Rating> ratings, String note)
            throws IOException {
        if (!session.awaitingPain()) {
            throw new IllegalArgumentException("session " + session.id() + " was recorded whole; nothing awaits");
        }
        if (painAfter != null && (painAfter < 0 || painAfter > 10)) {
            throw new IllegalArgumentException("pain rating " + painAfter + " is not 0-10");
        }
        return write(HistoryJson.amendment(session.id(), painAfter, ratings, note));
    }

    private Recorded record(HistoryEntry entry, boolean awaiting) throws IOException {
        String id = entry.id() != null ? entry.id() : newId();
        Path kept = write(HistoryJson.session(entry.withId(id), awaiting));
        return new Recorded(id, awaiting, kept);
    }

    /**
     * 48 random bits. Ids only need to differ among sessions awaiting an answer at the same time (an amendment
     * answers the earliest one waiting under its id), so a repeat among old sessions is harmless.
     */
    private static String newId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
    }

    /**
     * Appends the line under the history's lock, after any lines waiting in the journal (so an answer never comes
     * before its session); when the lock cannot be had, keeps it in the journal and says where.
     */
    private Path write(String json) throws IOException {
        AppendOnlyLog.Wait wait = new AppendOnlyLog.Wait(giveUp, PATIENCE, NOTICE_AFTER, () -> notices.accept(WAITING),
                nanoTime);
        try {
            log.locked(wait, held -> journal.moveInto(log, held, json));
            return null;
        } catch (AppendOnlyLog.LockNotTaken e) {
            journal.keep(json);
            return journal.path();
        }
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
     *
     * <p>Lines waiting in the journal are moved into the history first when its lock is free at once; otherwise
     * they are read after the history's own lines, so a reader never misses a session, nor sees one twice.
     */
    public void read(Consumer<HistoryEntry> entries, Consumer<Problem> damaged) throws IOException {
        List<String> waiting = List.of();
        if (journal.pending()) {
            try {
                log.locked(AppendOnlyLog.Wait.NONE, held -> journal.moveInto(log, held, null));
            } catch (IOException e) {
                // held, or not writable here: the journal's lines are read as they are
            }
            if (journal.pending()) {
                try {
                    waiting = journal.lines();
                } catch (IOException e) {
                    // unreadable: the history alone
                }
            }
        }
        Set<String> wanted = new LinkedHashSet<>(waiting);
        Set<String> inHistory = new HashSet<>();
        AmendmentMerge merge = new AmendmentMerge(entries);
        String file = path().toString();
        log.read((number, line) -> {
            if (!wanted.isEmpty() && wanted.contains(line)) {
                inHistory.add(line);
            }
            take(merge, file, number, line, damaged);
        });
        if (!waiting.isEmpty()) {
            String journalFile = journal.path().toString();
            for (int i = 0; i < waiting.size(); i++) {
                if (inHistory.add(waiting.get(i))) {
                    take(merge, journalFile, i + 1, waiting.get(i), damaged);
                }
            }
        }
        merge.finish();
    }

    private static void take(AmendmentMerge merge, String file, int number, String line, Consumer<Problem> damaged) {
        if (line.isBlank()) {
            return;
        }
        HistoryJson.Line parsed;
        try {
            parsed = HistoryJson.parse(line);
        } catch (JsonProcessingException e) {
            damaged.accept(HistoryJson.notJson(file, number, line, e));
            return;
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
    }
}
