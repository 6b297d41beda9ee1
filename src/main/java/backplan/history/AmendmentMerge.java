package backplan.history;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Puts each amendment (a pain rating given after the session was recorded) into the session it names, without
 * giving up the file's order: a session that awaits one is held back, with every session after it, until its
 * amendment comes or the file ends, so memory stays small however long the history.
 */
final class AmendmentMerge {

    private final Consumer<HistoryEntry> out;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    /** The sessions still waiting, by id; ids are random, but an edited file may repeat one. */
    private final Map<String, ArrayDeque<Held>> waiting = new HashMap<>();

    /** @param out takes each session, its amendment merged, in the order of the file */
    AmendmentMerge(Consumer<HistoryEntry> out) {
        this.out = out;
    }

    /** The next session line. */
    void session(HistoryJson.Session s) {
        boolean waits = s.awaiting() && s.entry().id() != null;
        if (!waits && held.isEmpty()) {
            out.accept(s.entry());
            return;
        }
        Held h = new Held(s.entry(), waits);
        held.add(h);
        if (waits) {
            waiting.computeIfAbsent(s.entry().id(), k -> new ArrayDeque<>()).add(h);
        }
    }

    /** Answers the earliest session waiting under the amendment's id; false when none is. */
    boolean amend(HistoryJson.Amendment a) {
        ArrayDeque<Held> queue = waiting.get(a.id());
        if (queue == null) {
            return false;
        }
        Held h = queue.poll();
        if (queue.isEmpty()) {
            waiting.remove(a.id());
        }
        if (a.painAfter() != null) {
            h.entry = h.entry.withPainAfter(a.painAfter());
        }
        if (a.note() != null) {
            h.entry = h.entry.withNote(a.note());
        }
        if (!a.ratings().isEmpty()) {
            h.entry = h.entry.withRatings(a.ratings());
        }
        h.waiting = false;
        while (!held.isEmpty() && !held.peek().waiting) {
            out.accept(held.poll().entry);
        }
        return true;
    }

    /** The file ended: a session still waiting was never answered, and is shown as it was recorded. */
    void finish() {
        held.forEach(h -> out.accept(h.entry));
        held.clear();
    }

    /** A session held back until the one waiting before it (or itself) is answered. */
    private static final class Held {
        HistoryEntry entry;
        boolean waiting;

        Held(HistoryEntry entry, boolean waiting) {
            this.entry = entry;
            this.waiting = waiting;
        }
    }
}
