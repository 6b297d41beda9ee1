package backplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.program.Progress;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three parts together: sessions and amendments in, entries and numbered damaged lines out. */
class HistoryFileTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @Test
    void appendsOneLinePerSessionAndReadsThemBack() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("sub/history.jsonl"));
        HistoryEntry first = Sessions.at(T, true, 4);
        HistoryEntry second = new HistoryEntry(Sessions.at(T.plusDays(2), false, null).result(), 6, 5, 1);
        HistoryFile.Recorded a = file.append(first);
        HistoryFile.Recorded b = file.append(second);

        List<String> lines = Files.readAllLines(file.path());
        assertEquals(2, lines.size());
        HistoryFile.Contents read = file.read();
        // each session comes back with the id it was recorded under
        assertEquals(List.of(first.withId(a.id()), second.withId(b.id())), read.entries());
        assertEquals(List.of(), read.damaged());
        assertTrue(lines.get(0).startsWith("{\"version\":1,\"id\":\"" + a.id()
                + "\",\"start\":\"2026-11-24T07:30+01:00\""), lines.get(0));
    }

    @Test
    void aMissingFileIsAnEmptyHistory() throws Exception {
        assertEquals(List.of(), new HistoryFile(dir.resolve("none.jsonl")).read().entries());
    }

    @Test
    void damagedLinesAreReportedByNumberSkippedAndNeverRewritten() throws Exception {
        Path path = dir.resolve("history.jsonl");
        HistoryFile file = new HistoryFile(path);
        file.append(Sessions.at(T, true, 3));
        Files.writeString(path, "{\"start\": oops\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        file.append(Sessions.at(T.plusDays(1), true, 2));
        Files.writeString(path, "[1,2]\n{\"version\":1}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(path);

        HistoryFile.Contents read = file.read();

        assertEquals(2, read.entries().size());
        assertEquals(List.of(2, 4, 5), read.damaged().stream().map(p -> p.line()).toList());
        assertEquals(path + ":2:11: damaged history line skipped (not JSON here: 'oops')",
                read.damaged().get(0).toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path)), "reading never changes the file");
    }

    @Test
    void aLineThatIsNoJsonIsSaidInWordsAtTheColumnWhereItBreaks() throws Exception {
        Path path = dir.resolve("history.jsonl");
        Files.writeString(path, String.join("\n", "{\"version\":1,\"sta", "{\"a\":1 x}", "{\"start\": tru}",
                "{\"start\": \"x\", \"end\": 5,") + "\n");

        List<String> said = new HistoryFile(path).read().damaged().stream().map(Object::toString).toList();

        assertEquals(List.of(
                path + ":1:18: damaged history line skipped (the line ends in the middle of its JSON: cut short?)",
                path + ":2:8: damaged history line skipped (not JSON here: 'x')",
                path + ":3:11: damaged history line skipped (not JSON here: 'tru')",
                path + ":4:25: damaged history line skipped (the line ends in the middle of its JSON: cut short?)"),
                said);
        assertTrue(said.stream().noneMatch(m -> m.contains("Unexpected") || m.contains("Unrecognized")), "no"
                + " library wording: " + said);
    }

    @Test
    void aHistorySavedWithAByteOrderMarkReadsWhole() throws Exception {
        Path path = dir.resolve("history.jsonl");
        Files.writeString(path, "\uFEFF" + line("2026-11-24T07:30:00Z", "UTC", "") + "\n"
                + line("2026-11-25T07:30:00Z", "UTC", "") + "\n", StandardCharsets.UTF_8);

        HistoryFile.Contents read = new HistoryFile(path).read();

        assertEquals(List.of(), messages(read), "line 1 is not damaged");
        assertEquals(2, read.entries().size());
    }

    /** A line as a person might have edited it: a one-exercise session at {@code start}, in {@code zone}. */
    static String line(String start, String zone, String extra) {
        return "{\"version\":1,\"start\":\"" + start + "\",\"end\":\"" + start + "\",\"zone\":\"" + zone + "\","
                + "\"ending\":\"completed\",\"completed\":true," + extra + "\"plannedSeconds\":40,\"activeSeconds\":30,"
                + "\"pausedSeconds\":0,\"exercises\":[{\"id\":\"dead-bug\",\"name\":\"Dead Bug\",\"category\":\"abs\","
                + "\"setsPlanned\":2,\"setsDone\":2,\"workSeconds\":30,\"skippedSteps\":0,\"completed\":true}]}";
    }

    private HistoryFile written(String... lines) throws Exception {
        Path path = dir.resolve("history.jsonl");
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new HistoryFile(path);
    }

    private static List<String> messages(HistoryFile.Contents read) {
        return read.damaged().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void aSessionRecordedBeforeThePainQuestionTakesTheAnswerFromAnAmendment() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("history.jsonl"));
        HistoryEntry session = Sessions.at(T, true, null);
        HistoryFile.Recorded recorded = file.appendAwaitingPain(session);
        byte[] before = Files.readAllBytes(file.path());

        file.amend(recorded, 3);

        List<String> lines = Files.readAllLines(file.path());
        assertEquals(List.of("{\"amend\":\"" + recorded.id() + "\",\"painAfter\":3}"), lines.subList(1, 2));
        assertTrue(lines.get(0).contains("\"awaits\":\"painAfter\""), lines.get(0));
        byte[] after = Files.readAllBytes(file.path());
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "the session's line is never rewritten");
        HistoryFile.Contents read = file.read();
        assertEquals(List.of(new HistoryEntry(session.result(), null, 3, null, recorded.id())), read.entries());
        assertEquals(List.of(), read.damaged());
        // what exports show is the merged session, with its id and without the bookkeeping
        String json = HistoryJson.toJson(read.entries().get(0));
        assertTrue(json.contains("\"id\":\"" + recorded.id() + "\"") && json.contains("\"painAfter\":3"), json);
        assertFalse(json.contains("awaits"), json);
    }

    @Test
    void anAmendmentWithoutARatingClosesTheSession() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("history.jsonl"));
        HistoryFile.Recorded recorded = file.appendAwaitingPain(Sessions.at(T, false, null));
        file.amend(recorded, null);
        file.append(Sessions.at(T.plusDays(1), true, 2));

        HistoryFile.Contents read = file.read();

        assertEquals(Arrays.asList(null, 2), read.entries().stream().map(HistoryEntry::painAfter).toList());
        assertEquals(List.of(), read.damaged());
    }

    @Test
    void sessionsWaitingForTheirAnswerKeepTheFilesOrder() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("history.jsonl"));
        HistoryFile.Recorded a = file.appendAwaitingPain(Sessions.at(T, true, null));
        file.append(Sessions.at(T.plusHours(1), true, 7)); // another terminal finished meanwhile
        HistoryFile.Recorded c = file.appendAwaitingPain(Sessions.at(T.plusHours(2), true, null));
        file.amend(c, 5);
        file.append(Sessions.at(T.plusHours(3), true, 1));
        file.amend(a, 4);
        HistoryFile.Recorded e = file.appendAwaitingPain(Sessions.at(T.plusHours(4), true, null)); // never answered

        HistoryFile.Contents read = file.read();

        assertEquals(List.of(T, T.plusHours(1), T.plusHours(2), T.plusHours(3), T.plusHours(4)),
                read.entries().stream().map(x -> x.result().start()).toList());
        assertEquals(Arrays.asList(4, 7, 5, 1, null), read.entries().stream().map(HistoryEntry::painAfter).toList());
        assertEquals(e.id(), read.entries().get(4).id());
        assertEquals(List.of(), read.damaged());
        Progress.Tally tally = new Progress.Tally();
        file.read(tally, p -> { });
        assertEquals(List.of(4, 7, 5, 1), tally.against(null, T.toLocalDate()).pain(), "the tally merges them too");
    }

    @Test
    void anAmendmentWithNothingToAmendIsADamagedLine() throws Exception {
        String waiting = line("2026-11-24T07:30:00Z", "UTC", "\"id\":\"aaa\",\"awaits\":\"painAfter\",");
        String whole = line("2026-11-25T07:30:00Z", "UTC", "\"id\":\"bbb\",");
        HistoryFile file = written(
                waiting,
                "{\"amend\":\"zzz\",\"painAfter\":2}", // no such session
                "{\"amend\":\"aaa\",\"painAfter\":3}",
                "{\"amend\":\"aaa\",\"painAfter\":4}", // answered already
                whole,
                "{\"amend\":\"bbb\",\"painAfter\":5}", // recorded whole: nothing awaits
                "{\"id\":\"ccc\",\"awaits\":\"painAfter\",\"start\":", // a damaged session...
                "{\"amend\":\"ccc\",\"painAfter\":6}", // ...so its amendment has nothing to amend
                "{\"amend\":\"aaa\"}",
                "{\"amend\":\"aaa\",\"painAfter\":11}",
                "{\"amend\":\"a b\",\"painAfter\":1}");

        HistoryFile.Contents read = file.read();

        assertEquals(Arrays.asList(3, null), read.entries().stream().map(HistoryEntry::painAfter).toList());
        String none = "but no session before it with that id awaits an answer)";
        assertEquals(List.of(
                "2: damaged history line skipped (it amends session zzz, " + none,
                "4: damaged history line skipped (it amends session aaa, " + none,
                "6: damaged history line skipped (it amends session bbb, " + none,
                "7: damaged history line skipped (the line ends in the middle of its JSON: cut short?)",
                "8: damaged history line skipped (it amends session ccc, " + none,
                "9: damaged history line skipped (an amendment without the painAfter it amends)",
                "10: damaged history line skipped (painAfter 11 is not between 0 and 10)",
                "11: damaged history line skipped (a session id must be a word of up to 64 letters, digits, '-' or"
                        + " '_')"), messages(read));
    }

    @Test
    void theAmendingApiRefusesWhatWouldMakeABadLine() throws Exception {
        HistoryFile file = new HistoryFile(dir.resolve("history.jsonl"));
        HistoryFile.Recorded whole = file.append(Sessions.at(T, true, null));
        HistoryFile.Recorded waiting = file.appendAwaitingPain(Sessions.at(T, true, null));

        assertThrows(IllegalArgumentException.class, () -> file.amend(whole, 3));
        assertThrows(IllegalArgumentException.class, () -> file.amend(waiting, 11));
        assertThrows(IllegalArgumentException.class, () -> file.appendAwaitingPain(Sessions.at(T, true, 4)));
        assertEquals(2, Files.readAllLines(file.path()).size(), "nothing written for a refused call");
        assertNotEquals(whole.id(), waiting.id());
    }

    @Test
    void datesBeyondTheBoundsAreDamagedLinesNotCrashes() throws Exception {
        HistoryFile file = written(
                line("-999999999-01-01T00:00:00Z", "UTC", ""),
                line("+999999999-12-31T23:59:59Z", "Pacific/Kiritimati", ""),
                line("1899-12-31T23:59:59Z", "UTC", ""),
                line("1900-01-01T00:00:00Z", "UTC", ""),
                line("2199-12-31T23:59:59Z", "Pacific/Kiritimati", ""),
                line("2200-01-01T00:00:00Z", "UTC", ""),
                line("2026-11-24T07:30:", "UTC", ""));

        HistoryFile.Contents read = file.read();

        assertEquals(2, read.entries().size());
        assertEquals(List.of(
                "1: damaged history line skipped (start -999999999-01-01T00:00:00Z is not within 1900-01-01 to"
                        + " 2199-12-31)",
                "2: damaged history line skipped (start +999999999-12-31T23:59:59Z is not within 1900-01-01 to"
                        + " 2199-12-31)",
                "3: damaged history line skipped (start 1899-12-31T23:59:59Z is not within 1900-01-01 to"
                        + " 2199-12-31)",
                "6: damaged history line skipped (start 2200-01-01T00:00:00Z is not within 1900-01-01 to"
                        + " 2199-12-31)",
                "7: damaged history line skipped (bad time '2026-11-24T07:30:')"), messages(read));
        // the last day of the range, seen from the zone furthest east, is still a day progress can count
        Progress p = Progress.of(null, read.entries(), LocalDate.of(2026, 11, 25));
        assertEquals(2, p.sessions());
    }

    @Test
    void numbersBeyondTheirBoundsAreDamagedLines() throws Exception {
        HistoryFile file = written(
                line("2026-11-24T07:30:00Z", "UTC", "\"painBefore\":-1,"),
                line("2026-11-24T07:30:00Z", "UTC", "\"planWeek\":999999999,"),
                line("2026-11-24T07:30:00Z", "UTC", "\"planWeek\":-3,").replace("\"activeSeconds\":30",
                        "\"activeSeconds\":-30"),
                line("2026-11-24T07:30:00Z", "UTC", "").replace("\"setsDone\":2", "\"setsDone\":1e30"),
                line("2026-11-24T07:30:00Z", "UTC", "").replace("\"workSeconds\":30", "\"workSeconds\":\"30\""),
                line("2026-11-24T07:30:00Z", "UTC", "").replace("\"completed\",", "\"finished\","),
                line("2026-11-24T07:30:00Z", "UTC", "\"planWeek\":-3,\"painAfter\":2.5,"));

        HistoryFile.Contents read = file.read();

        assertEquals(List.of(
                "1: damaged history line skipped (painBefore -1 is not between 0 and 10)",
                "2: damaged history line skipped (planWeek 999999999 is not between -" + SaneValues.MAX_WEEKS + " and "
                        + SaneValues.MAX_WEEKS + ")",
                "3: damaged history line skipped (activeSeconds -30 is not between 0 and 2147483647)",
                "4: damaged history line skipped (setsDone 1e30 is not between 0 and 1000)",
                "5: damaged history line skipped (workSeconds is not a number)",
                "6: damaged history line skipped (ending must be completed, quit or interrupted)"), messages(read));
        assertEquals(List.of(new HistoryEntry(read.entries().get(0).result(), null, 2, -3, null)), read.entries(),
                "a fraction is cut to its whole part, as before; a week before the plan's start is a real week");
    }

    @Test
    void anAmendmentThatCannotBeWrittenLeavesTheSessionAsRecorded() throws Exception {
        Path path = dir.resolve("history.jsonl");
        HistoryFile.Recorded recorded = new HistoryFile(path).appendAwaitingPain(Sessions.at(T, true, null));
        byte[] before = Files.readAllBytes(path);
        HistoryFile full = new HistoryFile(path, (p, options, attributes) ->
                new FailingChannel(FileChannel.open(p, options, attributes), 0));

        assertThrows(IOException.class, () -> full.amend(recorded, 6));

        assertArrayEquals(before, Files.readAllBytes(path));
        assertEquals(1, new HistoryFile(path).read().entries().size());
    }
}
