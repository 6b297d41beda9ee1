package backplan.app;

import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.program.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The history as the commands read it: each damaged line is warned about on stderr (and stays in the file
 * untouched), and the whole can be boiled down for plan, progress and due.
 */
public final class SessionLog {

    private final HistoryFile file;
    private final PrintWriter warnings;

    public SessionLog(HistoryFile file, PrintWriter warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    public HistoryFile file() {
        return file;
    }

    public List<HistoryEntry> entries() throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        each(entries::add);
        return entries;
    }

    /** Streams the history, so a long one is never held in memory. */
    public void each(Consumer<HistoryEntry> entries) throws IOException {
        file.read(entries, p -> warnings.println("warning: " + p));
    }

    /** The history boiled down, each session on the day it was done ({@code HistoryEntry.day}). */
    public Progress.Tally tally() throws IOException {
        Progress.Tally tally = new Progress.Tally();
        each(tally);
        return tally;
    }
}
