package backplan.history;

import backplan.catalog.Problem;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session history: JSON Lines, appended whole under a file lock and never rewritten, so two processes never
 * interleave and a crash can at worst cut the line being written, never an earlier one.
 */
public final class HistoryFile {

    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    /** File locks guard against other processes; within one JVM a second lock would throw, so take turns here. */
    private static final Object IN_PROCESS = new Object();

    private final Path path;

    public HistoryFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** What reading found: the good entries in file order, and a problem for each damaged line. */
    public record Contents(List<HistoryEntry> entries, List<Problem> damaged) {}

    /** Appends one entry as one line; the lock keeps concurrent appends whole and in some order. */
    public void append(HistoryEntry entry) throws IOException {
        byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        synchronized (IN_PROCESS) {
            appendLocked(line);
        }
    }

    private void appendLocked(byte[] line) throws IOException {
        // READ + WRITE, not APPEND: the last byte must be read, and the lock makes "write at the end" safe.
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            ByteBuffer buf = ByteBuffer.wrap(line);
            long size = ch.size();
            if (size > 0 && !endsWithNewline(ch, size)) {
                // A crash cut the last line short: start ours on a fresh line so it stays readable.
                buf = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
            }
            ch.position(size);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** Reads every line; a damaged one is reported with its number and skipped, never changed. */
    public Contents read() throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        List<Problem> damaged = new ArrayList<>();
        read(entries::add, damaged::add);
        return new Contents(entries, damaged);
    }

    /** Streams every good entry to {@code entries} and every damaged line to {@code damaged}, in file order. */
    public void read(java.util.function.Consumer<HistoryEntry> entries,
            java.util.function.Consumer<Problem> damaged) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path),
                decoder), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                HistoryEntry entry;
                try {
                    entry = parse(line);
                } catch (IOException | RuntimeException e) {
                    damaged.accept(new Problem(path.toString(), number, 1, "damaged history line skipped ("
                            + reason(e) + ")"));
                    continue;
                }
                entries.accept(entry);
            }
        } catch (NoSuchFileException e) {
            // no history yet
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The entry as one line of JSON, exactly as the file keeps it. */
    public static String toJson(HistoryEntry entry) {
        SessionResult r = entry.result();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("version", 1);
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
                g.writeBooleanField("completed", e.completed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    static HistoryEntry parse(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "not a JSON object");
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
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "start" -> start = p.getValueAsString();
                    case "end" -> end = p.getValueAsString();
                    case "zone" -> zone = p.getValueAsString();
                    case "ending" -> ending = Ending.valueOf(p.getValueAsString("?").toUpperCase(Locale.ROOT));
                    case "planWeek" -> week = p.getIntValue();
                    case "painBefore" -> painBefore = rating(p);
                    case "painAfter" -> painAfter = rating(p);
                    case "plannedSeconds" -> planned = p.getIntValue();
                    case "activeSeconds" -> active = p.getIntValue();
                    case "pausedSeconds" -> paused = p.getIntValue();
                    case "exercises" -> exercises = exercises(p, value);
                    default -> p.skipChildren();
                }
            }
            expect(p.currentToken(), JsonToken.END_OBJECT, "unexpected content");
            if (p.nextToken() != null) {
                throw new IOException("more than one JSON value on the line");
            }
            if (start == null || end == null || ending == null || exercises == null) {
                throw new IOException("missing start, end, ending or exercises");
            }
            return new HistoryEntry(new SessionResult(time(start, zone), time(end, zone), ending, exercises, planned,
                    active, paused), painBefore, painAfter, week);
        }
    }

    private static Integer rating(JsonParser p) throws IOException {
        int v = p.getIntValue();
        if (v < 0 || v > 10) {
            throw new IOException("pain rating " + v + " is not 0-10");
        }
        return v;
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
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "category" -> category = p.getValueAsString();
                    case "setsPlanned" -> planned = p.getIntValue();
                    case "setsDone" -> done = p.getIntValue();
                    case "workSeconds" -> work = p.getIntValue();
                    case "skippedSteps" -> skipped = p.getIntValue();
                    default -> p.skipChildren();
                }
            }
            if (id == null || category == null) {
                throw new IOException("an exercise lacks its id or category");
            }
            out.add(new ExerciseResult(id, name == null ? id : name, category, planned, done, work, skipped));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, "exercises is not a list of objects");
        return out;
    }

    private static ZonedDateTime time(String text, String zone) throws IOException {
        OffsetDateTime t = IsoTimes.parse(text);
        if (t == null) {
            throw new IOException("bad time '" + text + "'");
        }
        if (zone != null) {
            java.time.ZoneId id = IsoTimes.zone(zone);
            if (id != null) {
                return t.atZoneSameInstant(id);
            }
        }
        return t.toZonedDateTime();
    }

    private static void expect(JsonToken actual, JsonToken wanted, String message) throws IOException {
        if (actual != wanted) {
            throw new IOException(message);
        }
    }
}
