package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.Schedule;
import backplan.text.Json;
import backplan.text.ProgressText;
import backplan.text.TextLayout;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random histories from fixed seeds: dates anywhere {@code java.time} reaches, in the zones furthest east and
 * west, amendments in any order and for sessions that are not there, torn lines. Reading agrees with a plain
 * model of the format, and progress and due never fail and walk no more weeks than the bounds allow.
 */
class HistoryPropertyTest {

    private static final List<String> ZONES = List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo",
            "America/St_Johns", "Europe/Paris", "Etc/GMT-14", "Etc/GMT+12", "Mars/Olympus_Mons");
    private static final List<String> EXTREMES = List.of("-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999Z", "+999999999-12-31T23:59:59+14:00", "1899-12-31T23:59:59Z",
            "1900-01-01T00:00:00+18:00", "1900-01-01T00:00:00-18:00", "2199-12-31T23:59:59-18:00",
            "2199-12-31T23:59:59+14:00", "2200-01-01T00:00:00Z", "+10000-01-01T00:00:00Z");
    private static final long FROM = LocalDate.of(1890, 1, 1).toEpochDay() * 86_400;
    private static final long TO = LocalDate.of(2210, 1, 1).toEpochDay() * 86_400;

    @TempDir
    Path dir;

    /** A session line as the model sees it: what reading it must give, if anything. */
    private static final class Written {
        final String id;
        final boolean awaiting;
        final OffsetDateTime start;
        Integer pain;
        boolean answered;

        Written(String id, boolean awaiting, OffsetDateTime start, Integer pain) {
            this.id = id;
            this.awaiting = awaiting;
            this.start = start;
            this.pain = pain;
        }
    }

    private static String time(Random r) {
        if (r.nextInt(5) == 0) {
            return EXTREMES.get(r.nextInt(EXTREMES.size()));
        }
        Instant at = Instant.ofEpochSecond(FROM + (long) (r.nextDouble() * (TO - FROM)));
        return OffsetDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds((r.nextInt(145) - 72) * 900)).toString();
    }

    private static boolean inBounds(OffsetDateTime t) {
        return SaneValues.contains(t.toLocalDate());
    }

    @Test
    @Timeout(60)
    void anyHistoryReadsAsTheModelSaysAndProgressStaysBounded() throws Exception {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            List<String> lines = new ArrayList<>();
            List<Written> sessions = new ArrayList<>();
            List<Integer> damaged = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int n = r.nextInt(30); lines.size() < n; ) {
                int number = lines.size() + 1;
                int kind = r.nextInt(10);
                if (kind < 6) {
                    String start = time(r);
                    OffsetDateTime s = OffsetDateTime.parse(start);
                    String end = r.nextInt(8) == 0 ? time(r) : inBounds(s) ? s.plusSeconds(r.nextInt(7200)).toString()
                            : start;
                    String id = r.nextInt(6) == 0 ? null : "s" + r.nextInt(12); // ids may repeat
                    boolean awaiting = id != null && r.nextBoolean();
                    Integer pain = !awaiting && r.nextBoolean() ? r.nextInt(11) : null;
                    lines.add(HistoryFileTest.line(start, ZONES.get(r.nextInt(ZONES.size())),
                            (id == null ? "" : "\"id\":\"" + id + "\",") + (awaiting ? "\"awaits\":\"painAfter\"," : "")
                                    + (pain == null ? "" : "\"painAfter\":" + pain + ","))
                            .replace("\"end\":\"" + start + "\"", "\"end\":\"" + end + "\""));
                    if (inBounds(s) && inBounds(OffsetDateTime.parse(end))) {
                        sessions.add(new Written(id, awaiting, s, pain));
                        if (id != null) {
                            ids.add(id);
                        }
                    } else {
                        damaged.add(number);
                    }
                } else if (kind < 9) {
                    String id = !ids.isEmpty() && r.nextInt(4) > 0 ? ids.get(r.nextInt(ids.size())) : "x" + r.nextInt(3);
                    Integer pain = r.nextInt(4) == 0 ? null : r.nextInt(11);
                    lines.add("{\"amend\":\"" + id + "\",\"painAfter\":" + pain + "}");
                    Written target = sessions.stream().filter(w -> id.equals(w.id) && w.awaiting && !w.answered)
                            .findFirst().orElse(null);
                    if (target == null) {
                        damaged.add(number);
                    } else {
                        target.answered = true;
                        target.pain = pain;
                    }
                } else {
                    String whole = HistoryFileTest.line(time(r), "UTC", "");
                    lines.add(whole.substring(0, 1 + r.nextInt(whole.length() - 2))); // torn
                    damaged.add(number);
                }
            }
            Path path = dir.resolve("history-" + seed + ".jsonl");
            Files.writeString(path, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            String context = "seed " + seed + ":\n" + String.join("\n", lines);

            HistoryFile.Contents read = new HistoryFile(path).read();

            assertEquals(sessions.stream().map(w -> w.start.toInstant()).toList(),
                    read.entries().stream().map(e -> e.result().start().toInstant()).toList(), context);
            assertEquals(sessions.stream().map(w -> w.pain).toList(),
                    read.entries().stream().map(HistoryEntry::painAfter).toList(), context);
            assertEquals(damaged, read.damaged().stream().map(p -> p.line()).toList(), context);

            LocalDate today = SaneValues.FIRST_DAY.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(SaneValues.FIRST_DAY,
                    SaneValues.LAST_DAY) + 1));
            LocalDate planStart = r.nextInt(4) == 0 ? (r.nextBoolean() ? SaneValues.FIRST_DAY : SaneValues.LAST_DAY)
                    : today.minusDays(r.nextInt(400) - 200);
            Plan plan = r.nextInt(3) == 0 ? null : new Plan(SaneValues.contains(planStart) ? planStart : today,
                    1 + r.nextInt(7), 1 + r.nextInt(52), Map.of());
            Progress.Tally tally = new Progress.Tally();
            new HistoryFile(path).read(tally, p -> { });

            Progress progress = tally.against(plan, today);
            Schedule.due(plan, tally, today);

            assertEquals(sessions.size(), progress.sessions(), context);
            assertTrue(progress.weeks().size() <= (plan == null ? SaneValues.MAX_WEEKS + 1 : plan.weeks()), context);
            assertEquals(sessions.stream().filter(w -> w.pain != null).count(), progress.pain().size(), context);
            // and every way of showing it copes
            new ProgressText(r.nextBoolean(), TextLayout.UNLIMITED).progress(progress);
            Json.write(new StringWriter(), true, g -> Json.progress(g, progress));
            new ProgressText(false, TextLayout.UNLIMITED).history(read.entries(), null);
        }
    }

    @Test
    void theExamplesFromTheReportGiveDamagedLinesAndABoundedCalendar() throws Exception {
        Path path = dir.resolve("history.jsonl");
        Files.writeString(path, String.join("\n", Arrays.asList(
                HistoryFileTest.line("-999999999-01-01T00:00:00Z", "UTC", ""),
                HistoryFileTest.line("+999999999-12-31T23:59:59Z", "Asia/Tokyo", ""),
                HistoryFileTest.line("2026-11-23T07:00:00Z", "UTC", ""))) + "\n", StandardCharsets.UTF_8);
        Progress.Tally tally = new Progress.Tally();
        List<Integer> damaged = new ArrayList<>();
        new HistoryFile(path).read(tally, p -> damaged.add(p.line()));

        Progress progress = tally.against(null, LocalDate.of(2026, 11, 25));

        assertEquals(List.of(1, 2), damaged);
        assertEquals(1, progress.weeks().size(), "one week: the one session's, not a billion years of them");
        assertTrue(Schedule.due(null, tally, LocalDate.of(2026, 11, 25)).due());
    }
}
