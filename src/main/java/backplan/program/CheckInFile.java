package backplan.program;

import backplan.base.Jackson;
import backplan.base.UserFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check-ins, one JSON object a line ({@code {"at":"…","answer":"settled"}}), oldest first. Only the latest few
 * matter, so the file keeps the last {@link #KEPT}; it is replaced whole, through a symlink, or not at all. A line
 * it cannot read is passed over: a check-in is asked again rather than guessed.
 */
public final class CheckInFile {

    static final int KEPT = 50;

    private final Path path;

    public CheckInFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Every check-in the file holds, oldest first; none when there is no file. */
    public List<CheckIn> read() throws IOException {
        List<CheckIn> out = new ArrayList<>();
        if (!Files.exists(path) || UserFiles.notAFile(path) != null) {
            return out;
        }
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            parse(line).ifPresent(out::add);
        }
        return out;
    }

    /** Adds a check-in, keeping the latest {@link #KEPT}. */
    public void add(CheckIn checkIn) throws IOException {
        List<CheckIn> all = read();
        all.add(checkIn);
        List<CheckIn> kept = all.subList(Math.max(0, all.size() - KEPT), all.size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (CheckIn c : kept) {
            try (JsonGenerator g = Jackson.FACTORY.createGenerator(bytes)) {
                g.writeStartObject();
                g.writeStringField("at", c.at().toOffsetDateTime().toString());
                g.writeStringField("zone", c.at().getZone().getId());
                g.writeStringField("answer", c.answer().key());
                g.writeEndObject();
            }
            bytes.write('\n');
        }
        UserFiles.replace(path, bytes.toByteArray());
    }

    private static Optional<CheckIn> parse(String line) {
        String at = null;
        String zone = null;
        String answer = null;
        try (JsonParser p = Jackson.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "at" -> at = p.getValueAsString();
                    case "zone" -> zone = p.getValueAsString();
                    case "answer" -> answer = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (at == null || answer == null) {
            return Optional.empty();
        }
        try {
            ZonedDateTime when = OffsetDateTime.parse(at).toZonedDateTime();
            if (zone != null) {
                when = when.withZoneSameInstant(ZoneId.of(zone));
            }
            ZonedDateTime w = when;
            return CheckIn.Answer.fromKey(answer).map(a -> new CheckIn(w, a));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
