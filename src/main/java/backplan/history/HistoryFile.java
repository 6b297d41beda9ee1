package backplan.history;

import backplan.base.Jackson;
import backplan.base.UserFiles;
import backplan.catalog.Problem;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The session history: JSON Lines, appended whole under a file lock and never rewritten, so two processes never
 * interleave and a crash can at worst cut the line being written, never an earlier one; a write that fails
 * part-way (a full disk) is cut back off before the lock is let go.
 *
 * <p>A session is recorded the moment it ends; what the person says afterwards (the pain rating) is appended as
 * an amendment line, {@code {"amend":"ID","painAfter":3}}, that every reader merges into the session it names.
 * A session written to await one says so ({@code "awaits":"painAfter"}); readers hold it, and the sessions after
 * it (to keep the file's order), only until its amendment comes, so memory stays small however long the history.
 */
public final class HistoryFile {

    /** File locks guard against other processes; within one JVM a second lock would throw, so take turns here. */
    private static final Object IN_PROCESS = new Object();

    private static final Set<OpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");
    private static final String PAIN_AFTER = "painAfter";

    /** Opens the file for appending; tests pass one that fails part-way through a write, as a full disk does. */
    @FunctionalInterface
    interface Opener {
        FileChannel open(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
                throws IOException;
    }

    /** Thrown when a wait for another program's lock was given up (a signal asked the program to stop). */
    public static final class LockNotTaken extends IOException {

        private static final long serialVersionUID = 1L;

        LockNotTaken(Path path) {
            super(path + ": another program holds the history's lock");
        }
    }

    /** How often a held lock is tried again; short enough that a given-up wait ends at once. */
    private static final long LOCK_RETRY_MS = 20;

    private final Path path;
    private final Opener opener;
    private final BooleanSupplier giveUp;

    public HistoryFile(Path path) {
        this(path, FileChannel::open, () -> false);
    }

    HistoryFile(Path path, Opener opener) {
        this(path, opener, () -> false);
    }

    private HistoryFile(Path path, Opener opener, BooleanSupplier giveUp) {
        this.path = path;
        this.opener = opener;
        this.giveUp = giveUp;
    }

    /**
     * This history, giving up a wait for another program's lock as soon as {@code giveUp} says so (a signal). Only
     * the wait is given up, never a write under way: the lock is tried, not waited for with an interruptible call,
     * so nothing can cut a line or its cleanup short.
     */
    public HistoryFile givingUpWhen(BooleanSupplier giveUp) {
        return new HistoryFile(path, opener, giveUp);
    }

    public Path path() {
        return path;
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
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Jackson.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("amend", session.id());
            g.writeFieldName(PAIN_AFTER);
            if (painAfter == null) {
                g.writeNull();
            } else {
                g.writeNumber(painAfter);
            }
            g.writeEndObject();
        }
        write(w.toString());
    }

    private Recorded record(HistoryEntry entry, boolean awaiting) throws IOException {
        String id = entry.id() != null ? entry.id() : newId();
        write(toJson(entry.withId(id), awaiting));
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
        byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            UserFiles.createDirectories(dir);
        }
        UserFiles.checkFile(path);
        synchronized (IN_PROCESS) {
            appendLocked(line);
        }
    }

    private void appendLocked(byte[] line) throws IOException {
        // READ + WRITE, not APPEND: the last byte must be read, and the lock makes "write at the end" safe.
        try (FileChannel ch = opener.open(path, APPEND, UserFiles.ownerOnly(path));
                FileLock lock = lock(ch)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.wrap(line);
            if (size > 0 && !endsWithNewline(ch, size)) {
                // A crash cut the last line short: start ours on a fresh line so it stays readable.
                buf = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
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
        } catch (LockNotTaken e) {
            throw e;
        } catch (IOException e) {
            throw UserFiles.named(e, path);
        }
    }

    /** The file's lock, tried until it is free or the wait is given up. */
    private FileLock lock(FileChannel ch) throws IOException {
        while (true) {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return lock;
            }
            if (giveUp.getAsBoolean()) {
                throw new LockNotTaken(path);
            }
            try {
                Thread.sleep(LOCK_RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockNotTaken(path);
            }
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
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
     * before it is opened (a named pipe would block the read forever).
     */
    public void read(Consumer<HistoryEntry> entries, Consumer<Problem> damaged) throws IOException {
        if (!UserFiles.checkFile(path)) {
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Merge merge = new Merge(entries);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder),
                1 << 16)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Line parsed;
                try {
                    parsed = parse(line);
                } catch (JsonProcessingException e) {
                    damaged.accept(notJson(number, line, e));
                    continue;
                } catch (IOException | RuntimeException e) {
                    damaged.accept(damaged(number, reason(e)));
                    continue;
                }
                if (parsed instanceof Session s) {
                    merge.session(s);
                } else if (parsed instanceof Amendment a && !merge.amend(a)) {
                    damaged.accept(damaged(number, "it amends session " + a.id() + ", but no session before it"
                            + " with that id awaits an answer"));
                }
            }
        } catch (NoSuchFileException e) {
            // removed between the look and the read: an empty history, as if it had never been there
        } catch (IOException e) {
            throw UserFiles.named(e, path);
        }
        merge.finish();
    }

    private Problem damaged(int line, String why) {
        return new Problem(path.toString(), line, 1, "damaged history line skipped (" + why + ")");
    }

    /**
     * A line that is not JSON, said in words and at the column where the JSON breaks: Jackson's own message is for
     * the programmer ("Unexpected end-of-input in field name").
     */
    private Problem notJson(int number, String line, JsonProcessingException e) {
        int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
        int at = Math.min(column - 1, line.length());
        if (!(e instanceof JsonEOFException) && (at == line.length() || !Character.isLetterOrDigit(line.charAt(at)))) {
            // after a word that is no JSON value ("tru"), Jackson points past it: back to its start
            int start = at;
            while (start > 0 && at - start < 20 && Character.isLetterOrDigit(line.charAt(start - 1))) {
                start--;
            }
            at = start < at ? start : at;
        }
        String why;
        if (at >= line.length()) {
            why = "the line ends in the middle of its JSON: cut short?";
        } else {
            int end = at + 1;
            while (end < line.length() && end < at + 20 && Character.isLetterOrDigit(line.charAt(end))) {
                end++;
            }
            why = "not JSON here: '" + line.substring(at, end) + "'";
        }
        return new Problem(path.toString(), number, at + 1, "damaged history line skipped (" + why + ")");
    }


    /**
     * Puts amendments into their sessions without giving up the file's order: a session that awaits one is held
     * back, with every session after it, until its amendment comes or the file ends.
     */
    private static final class Merge {
        private final Consumer<HistoryEntry> out;
        private final ArrayDeque<Held> held = new ArrayDeque<>();
        /** The sessions still waiting, by id; ids are random, but an edited file may repeat one. */
        private final Map<String, ArrayDeque<Held>> waiting = new HashMap<>();

        Merge(Consumer<HistoryEntry> out) {
            this.out = out;
        }

        void session(Session s) {
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
        boolean amend(Amendment a) {
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
    }

    private static final class Held {
        HistoryEntry entry;
        boolean waiting;

        Held(HistoryEntry entry, boolean waiting) {
            this.entry = entry;
            this.waiting = waiting;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? "not a history line" : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The entry as one line of JSON, exactly as the file keeps it (less any amendment still to come). */
    public static String toJson(HistoryEntry entry) {
        return toJson(entry, false);
    }

    private static String toJson(HistoryEntry entry, boolean awaitingPain) {
        SessionResult r = entry.result();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Jackson.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            if (entry.id() != null) {
                g.writeStringField("id", entry.id());
            }
            if (awaitingPain) {
                g.writeStringField("awaits", PAIN_AFTER);
            }
            g.writeStringField("start", r.start().toOffsetDateTime().toString());
            g.writeStringField("end", r.end().toOffsetDateTime().toString());
            g.writeStringField("zone", r.start().getZone().getId());
            g.writeStringField("ending", r.ending().key());
            g.writeBooleanField("completed", r.completed());
            if (entry.planWeek() != null) {
                g.writeNumberField("planWeek", entry.planWeek());
            }
            if (entry.painBefore() != null) {
                g.writeNumberField("painBefore", entry.painBefore());
            }
            if (entry.painAfter() != null) {
                g.writeNumberField("painAfter", entry.painAfter());
            }
            g.writeBooleanField("counts", entry.counts());
            if (!entry.counts()) {
                g.writeStringField("whyNot", entry.verdict().why().key());
            }
            g.writeNumberField("plannedSeconds", r.plannedSeconds());
            g.writeNumberField("activeSeconds", r.activeSeconds());
            g.writeNumberField("pausedSeconds", r.pausedSeconds());
            g.writeArrayFieldStart("exercises");
            for (ExerciseResult e : r.exercises()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("name", e.name());
                g.writeStringField("category", e.category());
                g.writeNumberField("setsPlanned", e.setsPlanned());
                g.writeNumberField("setsDone", e.setsDone());
                g.writeNumberField("workSeconds", e.workSeconds());
                g.writeNumberField("skippedSteps", e.skippedSteps());
                if (e.plannedWorkSeconds() != null) {
                    g.writeNumberField("plannedWorkSeconds", e.plannedWorkSeconds());
                }
                if (e.level() != null) {
                    g.writeNumberField("level", e.level());
                }
                g.writeBooleanField("completed", e.completed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** One line of the file: a session, or an amendment to one. */
    sealed interface Line permits Session, Amendment {}

    /** @param awaiting the session was written before its pain rating was asked */
    record Session(HistoryEntry entry, boolean awaiting) implements Line {}

    /** @param painAfter the rating, or null when the person gave none */
    record Amendment(String id, Integer painAfter) implements Line {}

    static Line parse(String line) throws IOException {
        try (JsonParser p = Jackson.FACTORY.createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "not a JSON object");
            String amend = null;
            boolean painAfterGiven = false;
            String id = null;
            String awaits = null;
            String start = null;
            String end = null;
            String zone = null;
            Ending ending = null;
            Integer painBefore = null;
            Integer painAfter = null;
            Integer week = null;
            int planned = 0;
            int active = 0;
            int paused = 0;
            List<ExerciseResult> exercises = null;
            Boolean counts = null;
            Verdict.Reason whyNot = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "amend" -> amend = id(p);
                    case "id" -> id = id(p);
                    case "awaits" -> awaits = p.getValueAsString();
                    case "start" -> start = p.getValueAsString();
                    case "end" -> end = p.getValueAsString();
                    case "zone" -> zone = p.getValueAsString();
                    case "ending" -> ending = ending(p.getValueAsString("?"));
                    case "planWeek" -> week = whole(p, "planWeek", -SaneValues.MAX_WEEKS, SaneValues.MAX_WEEKS);
                    case "painBefore" -> painBefore = rating(p, "painBefore");
                    case PAIN_AFTER -> {
                        painAfterGiven = true;
                        painAfter = value == JsonToken.VALUE_NULL ? null : rating(p, PAIN_AFTER);
                    }
                    case "counts" -> counts = flag(p, "counts");
                    case "whyNot" -> whyNot = Verdict.Reason.fromKey(p.getValueAsString("")).orElse(null);
                    case "plannedSeconds" -> planned = seconds(p, "plannedSeconds");
                    case "activeSeconds" -> active = seconds(p, "activeSeconds");
                    case "pausedSeconds" -> paused = seconds(p, "pausedSeconds");
                    case "exercises" -> exercises = exercises(p, value);
                    default -> p.skipChildren();
                }
            }
            expect(p.currentToken(), JsonToken.END_OBJECT, "unexpected content");
            if (p.nextToken() != null) {
                throw new IOException("more than one JSON value on the line");
            }
            if (amend != null) {
                if (!painAfterGiven) {
                    throw new IOException("an amendment without the painAfter it amends");
                }
                return new Amendment(amend, painAfter);
            }
            if (start == null || end == null || ending == null || exercises == null) {
                throw new IOException("missing start, end, ending or exercises");
            }
            SessionResult result = new SessionResult(time("start", start, zone), time("end", end, zone), ending,
                    exercises, planned, active, paused);
            // A line from before verdicts were kept is judged by today's rule (Verdict.of), as if just recorded.
            HistoryEntry entry = new HistoryEntry(result, painBefore, painAfter, week, id,
                    counts == null ? null : Verdict.recorded(counts, whyNot, result));
            return new Session(entry, PAIN_AFTER.equals(awaits) && painAfter == null);
        }
    }

    private static String id(JsonParser p) throws IOException {
        String id = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        if (id == null || !ID.matcher(id).matches()) {
            throw new IOException("a session id must be a word of up to 64 letters, digits, '-' or '_'");
        }
        return id;
    }

    private static Ending ending(String key) throws IOException {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "completed" -> Ending.COMPLETED;
            case "quit" -> Ending.QUIT;
            case "interrupted" -> Ending.INTERRUPTED;
            default -> throw new IOException("ending must be completed, quit or interrupted");
        };
    }

    private static boolean flag(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new IOException(field + " is not true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private static Integer rating(JsonParser p, String field) throws IOException {
        return whole(p, field, 0, 10);
    }

    private static int seconds(JsonParser p, String field) throws IOException {
        return whole(p, field, 0, Integer.MAX_VALUE);
    }

    /**
     * A whole number within bounds. A fraction is cut to its whole part, as this reader always did; a number
     * outside the bounds makes the line damaged rather than overflow whatever adds it up.
     */
    private static int whole(JsonParser p, String field, int min, int max) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            int v = p.getIntValue(); // the common case, without a detour through double
            if (v < min || v > max) {
                throw new IOException(field + " " + v + " is not between " + min + " and " + max);
            }
            return v;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new IOException(field + " is not a number");
        }
        double v = p.getDoubleValue();
        if (!(v >= min && v < max + 1.0)) {
            throw new IOException(field + " " + shown(p.getText()) + " is not between " + min + " and " + max);
        }
        return (int) Math.floor(v);
    }

    private static List<ExerciseResult> exercises(JsonParser p, JsonToken token) throws IOException {
        expect(token, JsonToken.START_ARRAY, "exercises is not a list");
        List<ExerciseResult> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            String name = null;
            String category = null;
            int planned = 0;
            int done = 0;
            int work = 0;
            int skipped = 0;
            Integer plannedWork = null;
            Integer level = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "category" -> category = p.getValueAsString();
                    case "setsPlanned" -> planned = whole(p, "setsPlanned", 0, SaneValues.MAX_SETS);
                    case "setsDone" -> done = whole(p, "setsDone", 0, SaneValues.MAX_SETS);
                    case "workSeconds" -> work = seconds(p, "workSeconds");
                    case "skippedSteps" -> skipped = whole(p, "skippedSteps", 0, SaneValues.MAX_STEPS);
                    case "plannedWorkSeconds" -> plannedWork = seconds(p, "plannedWorkSeconds");
                    case "level" -> level = whole(p, "level", 1, SaneValues.MAX_LEVEL);
                    default -> p.skipChildren();
                }
            }
            if (id == null || category == null) {
                throw new IOException("an exercise lacks its id or category");
            }
            out.add(new ExerciseResult(id, name == null ? id : name, category, planned, done, work, skipped,
                    plannedWork, level));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, "exercises is not a list of objects");
        return out;
    }

    /** A time within {@link SaneValues}, in its recorded zone when that is known. */
    private static ZonedDateTime time(String field, String text, String zone) throws IOException {
        OffsetDateTime t = IsoTimes.parse(text);
        if (t == null) {
            throw new IOException("bad time '" + shown(text) + "'");
        }
        if (!SaneValues.contains(t.toLocalDate())) {
            throw new IOException(field + " " + shown(text) + " is not within " + SaneValues.range());
        }
        if (zone != null) {
            ZoneId id = IsoTimes.zone(zone);
            if (id != null) {
                return t.atZoneSameInstant(id);
            }
        }
        return t.toZonedDateTime();
    }

    /** A value as a message may quote it: a damaged line can hold a megabyte where a date should be. */
    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static void expect(JsonToken actual, JsonToken wanted, String message) throws IOException {
        if (actual != wanted) {
            throw new IOException(message);
        }
    }
}
