package backplan.app;

import backplan.base.UserFiles;
import backplan.session.SessionClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The last status line, kept with what it was read from. {@code status} runs on every redraw of a prompt or a bar:
 * while nothing it reads has changed (the plan, the history and its journal, the check-ins, the safety answer, the
 * zone) and it is still the day it was read on, it answers from here, without parsing any of them or loading the
 * time-zone rules (the day is kept as the span of wall time it covers). Anything unreadable here only means
 * reading them.
 */
final class StatusCache {

    /** Changes with the file's layout or with what the status line depends on. */
    private static final String FORMAT = "backplan status cache 1";

    private final Path file;
    private final List<Path> sources;
    private final SessionClock clock;
    private final String zone;

    /** @param zone the TZ variable as set (or empty): a change of zone moves the day's bounds */
    StatusCache(Path file, List<Path> sources, SessionClock clock, String zone) {
        this.file = file;
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.zone = zone == null ? "" : zone;
    }

    /** What the line is read from: the zone as set, and each source's size, change time and identity. */
    String key() {
        StringBuilder key = new StringBuilder(FORMAT).append("\nTZ=").append(zone);
        for (Path source : sources) {
            key.append('\n').append(source).append(' ');
            try {
                BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
                key.append(a.size()).append(' ').append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append(' ')
                        .append(a.fileKey());
            } catch (IOException e) {
                key.append("none"); // missing (or unreadable, which reading them will say)
            }
        }
        return key.toString();
    }

    /** The line kept for this key, if it is the one kept and it is still the day it was kept on. */
    Optional<String> read(String key) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int split = text.indexOf("\n\n");
            int day = text.lastIndexOf("\nday ", split);
            if (split < 0 || day < 0 || !text.substring(0, day).equals(key) || !text.endsWith("\n")) {
                return Optional.empty();
            }
            String[] span = text.substring(day + "\nday ".length(), split).split(" ");
            long now = clock.epochMillis();
            if (span.length != 2 || now < Long.parseLong(span[0]) || now >= Long.parseLong(span[1])) {
                return Optional.empty();
            }
            String line = text.substring(split + 2, text.length() - 1);
            return line.isEmpty() || line.indexOf('\n') >= 0 ? Optional.empty() : Optional.of(line);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the line for this key, for the rest of today; a cache that cannot be written is simply not kept. */
    void write(String key, String line) {
        LocalDate today = clock.today();
        long from = today.atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        long until = today.plusDays(1).atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        try {
            UserFiles.replace(file, (key + "\nday " + from + " " + until + "\n\n" + line + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // the next status reads the files again
        }
    }
}
