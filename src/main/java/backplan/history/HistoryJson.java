package backplan.history;

import backplan.base.Jackson;
import backplan.catalog.Problem;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.Rating;
import backplan.session.SessionResult;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of the history as JSON and back, through Jackson's streaming API: a session, or an amendment that adds a
 * session's pain rating; a line that cannot be read is said to be damaged, with the reason in words.
 */
public final class HistoryJson {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");
    private static final String PAIN_AFTER = "painAfter";

    private HistoryJson() {}

    /** The entry as one line of JSON, exactly as the file keeps it (less any amendment still to come). */
    public static String toJson(HistoryEntry entry) {
        return session(entry, false);
    }

    /** A session's line; {@code awaitingPain} marks it as waiting for an {@link #amendment}. */
    static String session(HistoryEntry entry, boolean awaitingPain) {
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
            if (entry.logged()) {
                g.writeBooleanField("logged", true);
            }
            if (entry.note() != null) {
                g.writeStringField("note", entry.note());
            }
            g.writeBooleanField("counts", entry.counts());
            if (!entry.counts()) {
                g.writeStringField("whyNot", entry.verdict().why().key());
                if (entry.verdict().prescribedWork() != null) {
                    g.writeNumberField("prescribedWorkSeconds", entry.verdict().prescribedWork());
                }
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
                if (e.partialSets() > 0) {
                    g.writeNumberField("partialSets", e.partialSets());
                }
                if (e.rating() != null) {
                    g.writeStringField("rating", e.rating().key());
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

    /**
     * The line that gives the session {@code id} its pain rating (0–10, or null when the person gave none) and how
     * exercises went that were rated after it was recorded (by exercise id; may be empty).
     */
    static String amendment(String id, Integer painAfter) {
        return amendment(id, painAfter, Map.of());
    }

    /** {@link #amendment(String, Integer)} with ratings given after the session was recorded, by exercise id. */
    static String amendment(String id, Integer painAfter, Map<String, Rating> ratings) {
        return amendment(id, painAfter, ratings, null);
    }

    /** {@link #amendment(String, Integer, Map)} with the note written at the session's end (null: none). */
    static String amendment(String id, Integer painAfter, Map<String, Rating> ratings, String note) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Jackson.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("amend", id);
            g.writeFieldName(PAIN_AFTER);
            if (painAfter == null) {
                g.writeNull();
            } else {
                g.writeNumber(painAfter);
            }
            if (!ratings.isEmpty()) {
                g.writeObjectFieldStart("ratings");
                for (Map.Entry<String, Rating> r : ratings.entrySet()) {
                    g.writeStringField(r.getKey(), r.getValue().key());
                }
                g.writeEndObject();
            }
            String kept = Notes.clean(note);
            if (kept != null) {
                g.writeStringField("note", kept);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The report of a line that could not be read: {@code FILE:LINE:1: damaged history line skipped (why)}. */
    static Problem damaged(String file, int line, String why) {
        return new Problem(file, line, 1, "damaged history line skipped (" + why + ")");
    }

    /**
     * A line that is not JSON, said in words and at the column where the JSON breaks: Jackson's own message is for
     * the programmer ("Unexpected end-of-input in field name").
     */
    static Problem notJson(String file, int number, String line, JsonProcessingException e) {
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
        return new Problem(file, number, at + 1, "damaged history line skipped (" + why + ")");
    }

    /** Why a line could not be read, in one line of words. */
    static String reason(Exception e) {
        String m = e.getMessage() == null ? "not a history line" : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** One line of the file: a session, or an amendment to one. */
    sealed interface Line permits Session, Amendment {}

    /** @param awaiting the session was written before its pain rating was asked */
    record Session(HistoryEntry entry, boolean awaiting) implements Line {}

    /**
     * @param painAfter the rating, or null when the person gave none
     * @param note      the note written at the session's end, or null
     */
    record Amendment(String id, Integer painAfter, Map<String, Rating> ratings, String note) implements Line {

        Amendment {
            ratings = Map.copyOf(ratings);
            note = Notes.clean(note);
        }

        Amendment(String id, Integer painAfter, Map<String, Rating> ratings) {
            this(id, painAfter, ratings, null);
        }

        /** A pain rating alone. */
        Amendment(String id, Integer painAfter) {
            this(id, painAfter, Map.of());
        }
    }

    /** Reads one line; an IOException says in words why it is no history line. */
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
            Long prescribed = null;
            Map<String, Rating> ratings = Map.of();
            String note = null;
            boolean logged = false;
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
                    case "logged" -> logged = flag(p, "logged");
                    case "note" -> note = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "whyNot" -> whyNot = Verdict.Reason.fromKey(p.getValueAsString("")).orElse(null);
                    case "prescribedWorkSeconds" -> prescribed = (long) seconds(p, "prescribedWorkSeconds");
                    case "plannedSeconds" -> planned = seconds(p, "plannedSeconds");
                    case "activeSeconds" -> active = seconds(p, "activeSeconds");
                    case "pausedSeconds" -> paused = seconds(p, "pausedSeconds");
                    case "exercises" -> exercises = exercises(p, value);
                    case "ratings" -> ratings = ratings(p, value);
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
                return new Amendment(amend, painAfter, ratings, note);
            }
            if (start == null || end == null || ending == null || exercises == null) {
                throw new IOException("missing start, end, ending or exercises");
            }
            SessionResult result = new SessionResult(time("start", start, zone), time("end", end, zone), ending,
                    exercises, planned, active, paused);
            // A line from before verdicts were kept is judged by today's rule (Verdict.of), as if just recorded.
            HistoryEntry entry = new HistoryEntry(result, painBefore, painAfter, week, id,
                    counts == null ? null : Verdict.recorded(counts, whyNot, result, prescribed), note, logged);
            return new Session(entry, PAIN_AFTER.equals(awaits) && painAfter == null);
        }
    }

    /** A rating's word; one this version does not know reads as none, so a newer line is still read. */
    private static Rating rating(String key) {
        return Rating.fromKey(key).orElse(null);
    }

    private static Map<String, Rating> ratings(JsonParser p, JsonToken value) throws IOException {
        expect(value, JsonToken.START_OBJECT, "ratings is not an object");
        Map<String, Rating> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String exercise = p.currentName();
            p.nextToken();
            Rating r = rating(p.getValueAsString(""));
            if (r != null) {
                out.put(exercise, r);
            }
        }
        return out;
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
        return whole(p, field, 0, SaneValues.MAX_SECONDS);
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
            if (out.size() == SaneValues.MAX_EXERCISES) {
                throw new IOException("more than " + SaneValues.MAX_EXERCISES + " exercises in one session");
            }
            String id = null;
            String name = null;
            String category = null;
            int planned = 0;
            int done = 0;
            int work = 0;
            int skipped = 0;
            Integer plannedWork = null;
            Integer level = null;
            int partial = 0;
            Rating rating = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "partialSets" -> partial = whole(p, "partialSets", 0, SaneValues.MAX_SETS);
                    case "rating" -> rating = rating(p.getValueAsString(""));
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
                    plannedWork, level, partial, rating));
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
