package backplan.history;

import backplan.base.UserFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a history line waits when another program holds the history's lock and cannot be waited for (a signal
 * asked backplan to stop, or the wait ran out): a file beside the history, with its mode, whose lines the next
 * backplan to hold the history's lock moves into the history, each exactly once, and then empties.
 *
 * <p>Exactly once, even across a crash: the lines are appended to the history and forced to disk before the journal
 * is emptied, so a crash in between leaves them in both; the next move skips every line the history already holds,
 * which its session id (random, in every line) makes unique.
 */
final class HistoryJournal {

    /** The journal's own lock is held only while a line is added or the lines are moved: never long. */
    private static final AppendOnlyLog.Wait BRIEFLY = new AppendOnlyLog.Wait(() -> false, Duration.ofSeconds(10),
            null, () -> { }, System::nanoTime);

    private final Path history;
    private final AppendOnlyLog.Opener opener;

    HistoryJournal(Path history, AppendOnlyLog.Opener opener) {
        this.history = history;
        this.opener = opener;
    }

    /** {@code history.jsonl.journal} beside the file the history's path leads to (through any symbolic links). */
    Path path() throws IOException {
        return beside(UserFiles.target(history));
    }

    /** The journal's name beside a history file. */
    static Path beside(Path history) {
        return history.resolveSibling(history.getFileName() + ".journal");
    }

    private AppendOnlyLog log() throws IOException {
        return AppendOnlyLog.emptiable(path(), opener);
    }

    /** Whether lines wait here; a look, never a wait, and false when the journal cannot be looked at. */
    boolean pending() {
        try {
            Path p = path();
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps one line until the history can take it; a new journal gets the history's mode (owner-only without). */
    void keep(String line) throws IOException {
        Path p = path();
        UserFiles.createDirectories(p.getParent());
        try {
            Files.createFile(p, UserFiles.ownerOnly(p));
            if (Files.exists(history) && p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(history);
                Files.setPosixFilePermissions(p, mode); // the umask would narrow a mode given at creation
            }
        } catch (FileAlreadyExistsException e) {
            // lines already wait: ours joins them, in order
        }
        log().append((line + "\n").getBytes(StandardCharsets.UTF_8), BRIEFLY);
    }

    /** The lines that wait, in order (line {@code i + 1} of the file at index {@code i}). */
    List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        log().read((number, text) -> lines.add(text));
        return lines;
    }

    /**
     * With the history's lock held: appends to the history every waiting line it does not already hold, then
     * {@code more} (the line that is being recorded now), all in one forced write, then empties the journal. The
     * journal's lock is held throughout, so no line kept meanwhile is lost.
     */
    void moveInto(AppendOnlyLog historyLog, AppendOnlyLog.Locked historyLocked, String more) throws IOException {
        if (!pending()) {
            if (more != null) {
                historyLocked.append((more + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        log().locked(BRIEFLY, journal -> {
            List<String> waiting = lines();
            Set<String> already = new HashSet<>();
            if (!waiting.isEmpty()) {
                Set<String> wanted = new LinkedHashSet<>(waiting);
                historyLog.read((number, text) -> {
                    if (wanted.contains(text)) {
                        already.add(text); // moved before a crash kept the journal from being emptied
                    }
                });
            }
            StringBuilder lines = new StringBuilder();
            for (String line : waiting) {
                if (!line.isBlank() && already.add(line)) {
                    lines.append(line).append('\n');
                }
            }
            if (more != null) {
                lines.append(more).append('\n');
            }
            if (!lines.isEmpty()) {
                historyLocked.append(lines.toString().getBytes(StandardCharsets.UTF_8));
            }
            journal.empty();
        });
    }
}
