package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The launched program without a terminal, as scripts use it: plain lines, JSON Lines, dry runs, errors. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class ScriptedRunIT {

    Sandbox sandbox;

    Launch.Result run(String... args) {
        return new Launch(sandbox).run(args);
    }

    String[] deadBug(String... more) {
        List<String> args = new ArrayList<>(List.of("start", "dead-bug", "--lead-in", "0", "--rest-between", "1",
                "--data-dir", sandbox.dataDir().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void underTheCLocaleJsonAndPipedTextAreUtf8AndOnlyATerminalGetsLookAlikes() throws IOException {
        Path catalog = sandbox.root().resolve("accented.yaml");
        Files.writeString(catalog, Files.readString(Sandbox.project().resolve("exercises.yaml"))
                .replace("name: Dead Bug", "name: D\u00ebad Bug"), StandardCharsets.UTF_8);
        Launch c = new Launch(sandbox).env("LC_ALL", "C").env("LANG", "C");
        Launch.Result json = c.run("--catalog", catalog.toString(), "show", "dead-bug", "--json");
        assertEquals(0, json.code(), json.dump());
        assertTrue(json.out().contains("\"name\" : \"D\u00ebad Bug\""), "UTF-8, not '?'\n" + json.dump());
        Launch.Result text = c.run("--catalog", catalog.toString(), "show", "dead-bug");
        assertTrue(text.out().startsWith("D\u00ebad Bug"), "a pipe gets UTF-8 too\n" + text.dump());
        Launch.Result terminal = c.env("JAVA_OPTS", "-Dbackplan.stdout.tty=true").run("--catalog", catalog.toString(), "show",
                "dead-bug");
        assertTrue(terminal.out().contains("Dead Bug") && !terminal.out().contains("D\u00ebad"),
                "a C terminal reads the name without its accent\n" + terminal.dump());
    }

    @Test
    void plainPrintsOneLinePerEventWithoutEscapes() throws IOException {
        Launch.Result r = run(deadBug("--sets", "2", "--work", "2", "--rest", "1", "--yes", "--plain"));
        assertEquals(0, r.code(), r.dump());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("00:00 backplan: 1 exercise, 5 s — posture: .+"), r.dump());
        assertTrue(lines.contains("00:00 Dead Bug — set 1/2 — work 2 s — breathe out as you bring your arms and leg"
                + " back."), r.dump());
        assertTrue(lines.stream().anyMatch(l -> l.matches("00:0[23] Rest 1 s — next: set 2/2 — breathe easy")),
                r.dump());
        assertTrue(lines.stream().anyMatch(l -> l.matches("00:0[34] Dead Bug — set 2/2 — work 2 s — .+")), r.dump());
        assertTrue(lines.contains("Session complete."), r.dump());
        for (byte b : r.outBytes()) {
            assertTrue(b != 0x1b, "no ESC byte in plain output\n" + r.dump());
        }
        assertEquals(1, sandbox.historyLines().size(), r.dump());
    }

    @Test
    void aTerminalWhoseLocaleCannotShowUnicodeGetsAsciiLookAlikes() {
        Launch.Result r = new Launch(sandbox).env("LANG", "C").env("LC_ALL", "C")
                .env("JAVA_OPTS", "-Dbackplan.stdout.tty=true").env("NO_COLOR", "1").run("list", "--category", "abs");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("3 x 45 s"), r.dump());
        for (byte b : r.outBytes()) {
            assertTrue(b >= 0, "only ASCII bytes, no question marks for the unshowable\n" + r.dump());
        }
        assertFalse(r.out().contains("?"), r.dump());
    }

    @Test
    void aHomeWhereNothingCanBeSavedStillRunsTheSessionAndSaysWhatWasLost() throws IOException {
        Path file = sandbox.root().resolve("a-plain-file");
        Files.writeString(file, "not a directory");
        Launch.Result r = new Launch(sandbox).env("HOME", file.resolve("home").toString())
                .env("XDG_CONFIG_HOME", file.resolve("config").toString())
                .env("XDG_DATA_HOME", file.resolve("data").toString())
                .run("start", "dead-bug", "--sets", "1", "--work", "1", "--lead-in", "0", "--plain", "--yes");
        assertEquals(1, r.code(), r.dump());
        assertTrue(r.out().contains("Session complete."), "the summary is printed in full\n" + r.dump());
        assertTrue(r.err().contains("could not remember the answer in"), r.dump());
        assertTrue(r.err().contains("the session could not be recorded in " + file.resolve("data")
                .resolve("backplan/history.jsonl") + ": " + file.resolve("data") + ": not a directory"), r.dump());
        assertFalse(r.err().contains("Exception:") || r.err().contains("\tat "), r.dump());
    }

    @Test
    void jsonEmitsOneObjectPerLine() {
        Launch.Result r = run(deadBug("--sets", "1", "--work", "2", "--yes", "--json"));
        assertEquals(0, r.code(), r.dump());
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            try {
                events.add(JsonTree.object(line));
            } catch (IllegalArgumentException e) {
                throw new AssertionError(e.getMessage() + "\n" + r.dump(), e);
            }
        }
        assertTrue(events.size() >= 3, r.dump());
        assertEquals("start", events.get(0).get("type"), r.dump());
        assertEquals("end", events.get(events.size() - 1).get("type"), r.dump());
        Map<String, Object> step = events.stream().filter(e -> "step".equals(e.get("type"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step event\n" + r.dump()));
        assertEquals("dead-bug", step.get("exercise"), r.dump());
        assertEquals("work", step.get("step"), r.dump());
        assertEquals(2L, step.get("seconds"), r.dump());
        assertTrue(r.err().contains("Session complete."), "the summary goes to stderr\n" + r.dump());
    }

    @Test
    void dryRunJsonAddsUpItsSteps() {
        Launch.Result r = run("start", "--dry-run", "--json", "--data-dir", sandbox.dataDir().toString());
        assertEquals(0, r.code(), r.dump());
        Map<String, Object> plan = JsonTree.object(r.out());
        List<Object> steps = JsonTree.asArray(plan.get("steps"));
        assertFalse(steps.isEmpty(), r.dump());
        long sum = 0;
        for (Object o : steps) {
            Map<String, Object> step = JsonTree.asObject(o);
            assertEquals(sum, step.get("start"), "each step starts where the last ended\n" + r.dump());
            sum += (Long) step.get("seconds");
        }
        assertEquals(sum, plan.get("totalSeconds"), r.dump());
        assertEquals(6, JsonTree.asArray(plan.get("exercises")).size(), "one per category\n" + r.dump());
        assertFalse(Files.exists(sandbox.history()), "a dry run records nothing");
    }

    @Test
    void withoutATerminalOrYesThePlainSessionRunsAndTheNoteGoesToStderr() throws IOException {
        Launch.Result r = run(deadBug("--sets", "1", "--work", "1"));
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.err().contains("Before you start: see a doctor"), r.dump());
        assertTrue(r.err().contains("not asking without a terminal"), r.dump());
        assertFalse(r.out().contains("doctor"), "stdout stays clean for scripts\n" + r.dump());
        assertTrue(r.out().contains("Session complete."), r.dump());
        assertEquals(1, sandbox.historyLines().size(), r.dump());
    }

    @Test
    void aBrokenCatalogIsReportedByFileLineAndColumn() throws IOException {
        Path bad = sandbox.root().resolve("bad.yaml");
        Files.writeString(bad, "version: 1\nexercises:\n  - id: x\n    name: {oops\n", StandardCharsets.UTF_8);
        for (String command : List.of("start", "validate")) {
            Launch.Result r = run(command, "--catalog", bad.toString(), "--data-dir",
                    sandbox.dataDir().toString());
            assertEquals(3, r.code(), r.dump());
            // start reports on stderr; validate's report is its output, like any linter's
            String report = command.equals("start") ? r.err() : r.out() + r.err();
            Matcher m = Pattern.compile("(?m)^\\S*bad\\.yaml:(\\d+):(\\d+): .+$").matcher(report);
            assertTrue(m.find(), "file:line:col: message\n" + r.dump());
            assertEquals("4:11", m.group(1) + ":" + m.group(2), "where the '{' opens\n" + r.dump());
            String all = r.out() + r.err();
            assertFalse(all.contains("Exception") || all.contains("at backplan."), "no stack trace\n" + r.dump());
        }
        assertFalse(Files.exists(sandbox.history()), "nothing ran, nothing recorded");
    }

    @Test
    void textFromFilesNeverReachesTheTerminalAsEscapeCodes() throws IOException {
        // a history line edited by hand (or by someone else) names its exercise with escape sequences
        Files.createDirectories(sandbox.dataDir());
        String hostile = "{\"version\":1,\"start\":\"2026-11-24T07:00:00+01:00\",\"end\":\"2026-11-24T07:10:00+01:00\","
                + "\"zone\":\"Europe/Paris\",\"ending\":\"completed\",\"completed\":true,\"plannedSeconds\":600,"
                + "\"activeSeconds\":500,\"pausedSeconds\":0,\"exercises\":[{\"id\":\"dead-bug\",\"name\":"
                + "\"Dead Bug\\u001b]0;PWNED\\u0007\\u001b[2J\",\"category\":\"abs\",\"setsPlanned\":3,\"setsDone\":3,"
                + "\"workSeconds\":135,\"skippedSteps\":0,\"completed\":true}]}\n";
        Files.writeString(sandbox.dataDir().resolve("history.jsonl"), hostile, StandardCharsets.UTF_8);
        for (String[] args : List.of(new String[] {"history", "--data-dir", sandbox.dataDir().toString()},
                new String[] {"progress", "--data-dir", sandbox.dataDir().toString()},
                new String[] {"show", "dead-bug\u001b]0;PWNED\u0007"})) {
            Launch.Result r = run(args);
            String both = new String(r.outBytes(), StandardCharsets.UTF_8) + r.err();
            assertFalse(both.contains("\u001b]") || both.contains("\u0007") || both.contains("\u001b[2J"),
                    r.dump());
        }
    }
}
