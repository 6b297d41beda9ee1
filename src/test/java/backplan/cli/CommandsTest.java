package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands through picocli, in-process, with captured streams and exit codes. */
class CommandsTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void listMatchesTheGoldenTable() throws IOException {
        Cli.Result r = cli().run("list");
        assertEquals(0, r.code(), r.dump());
        Path golden = Path.of("src/test/resources/golden/list.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), r.dump());
        assertFalse(r.out().contains("\u001b["), "no escape codes when not a terminal");
    }

    @Test
    void listFiltersByCategoryAndPart() {
        Cli.Result glutes = cli().run("list", "--category", "glutes");
        assertEquals(0, glutes.code(), glutes.dump());
        assertTrue(glutes.out().startsWith("Glutes (glutes)"), glutes.dump());
        assertFalse(glutes.out().contains("dead-bug"), glutes.dump());

        Cli.Result stretch = cli().run("list", "--part", "stretch");
        assertTrue(stretch.out().contains("knee-to-chest"), stretch.dump());
        assertFalse(stretch.out().contains("cat-cow"), stretch.dump());
    }

    @Test
    void filtersThatExcludeEachOtherSayNothingMatchedAndFail() {
        Cli.Result r = cli().run("list", "--category", "glutes", "--part", "mobility");
        assertEquals(1, r.code(), r.dump());
        assertEquals("", r.out(), r.dump());
        assertEquals("backplan: no exercise is both in --category glutes and in --part mobility (glutes is in"
                + " strength)\n", r.err(), r.dump());

        Cli.Result two = cli().run("list", "--category", "back", "--category", "stretch", "--part", "mobility",
                "--json");
        assertEquals(1, two.code(), two.dump());
        assertEquals("[]", two.out().replaceAll("\\s", ""), "JSON still gets its (empty) array: " + two.dump());
        assertTrue(two.err().contains("--category back or --category stretch and in --part mobility (back is in"
                + " strength, stretch is in stretch)"), two.dump());
    }

    @Test
    void anUnknownCategoryIsAUsageErrorWithASuggestion() {
        Cli.Result r = cli().run("list", "--category", "glute");
        assertEquals(2, r.code(), r.dump());
        assertEquals("backplan: unknown category 'glute' (did you mean 'glutes'?); categories are mobility, abs,"
                + " back, obliques, glutes, stretch\n", r.err(), r.dump());
    }

    @Test
    void listJsonParsesAndCarriesThePrescriptions() throws IOException {
        Cli.Result r = cli().run("list", "--json", "--category", "abs");
        assertEquals(0, r.code(), r.dump());
        List<String> ids = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("id")
                        && p.getParsingContext().getParent().getParent().inRoot()) {
                    ids.add(p.nextTextValue());
                }
            }
        }
        assertEquals(List.of("dead-bug", "seated-lean-back", "crossed-ankle-curl-up"), ids);
        assertTrue(r.out().contains("\"text\" : \"3 × 45 s\""), r.out());
    }

    @Test
    void showPrintsEverythingAboutOneExercise() {
        Cli.Result r = cli().run("show", "oblique-knee-drop");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("3 × 30 s or 3 × 10 reps"), r.dump());
        assertTrue(r.out().contains("--level 2"), r.dump());
        assertTrue(r.out().contains("the trainer's article"), r.dump());
    }

    @Test
    void showOfAnUnknownIdSuggestsTheClosest() {
        Cli.Result r = cli().run("show", "ded-bug");
        assertEquals(2, r.code(), r.dump());
        assertTrue(r.err().contains("unknown exercise 'ded-bug' (did you mean 'dead-bug'?)"), r.dump());
    }

    @Test
    void validateTheBundledCatalog() {
        Cli.Result r = cli().run("validate");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().matches("OK: \\d+ exercises in 6 categories .*\\n"), r.dump());
    }

    @Test
    void aBrokenCatalogFailsEveryCommandTheSameWay() throws IOException {
        Path bad = home.resolve("bad.yaml");
        Files.writeString(bad, "exercises:\n  - id: x\n    nme: X\n");
        Cli.Result validate = cli().run("validate", bad.toString());
        assertEquals(3, validate.code(), validate.dump());
        assertTrue(validate.out().contains(bad + ":3:5: unknown key 'nme' in an exercise (did you mean 'name'?)"),
                validate.dump());
        for (String[] args : List.of(new String[] {"list"}, new String[] {"show", "x"},
                new String[] {"start", "--dry-run"})) {
            Cli.Result r = cli().env("BACKPLAN_CATALOG", bad.toString()).run(args);
            assertEquals(3, r.code(), r.dump());
            assertTrue(r.err().contains(bad + ":3:5: unknown key 'nme'"), r.dump());
            assertFalse(r.err().contains("Exception"), r.dump());
        }
    }

    @Test
    void theUserCatalogInTheConfigDirectoryIsUsedWhenPresent() throws IOException {
        Path config = home.resolve("config/backplan");
        Files.createDirectories(config);
        Files.writeString(config.resolve("exercises.yaml"), "exercises: []\n");
        Cli.Result r = cli().run("list");
        assertEquals(3, r.code(), r.dump());
        assertTrue(r.err().contains("the catalog has no exercises"), r.dump());
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrorsWithSuggestions() {
        Cli.Result r = cli().run("lst");
        assertEquals(2, r.code(), r.dump());
        assertTrue(r.err().contains("list"), r.dump());
        Cli.Result o = cli().run("list", "--categry", "abs");
        assertEquals(2, o.code(), o.dump());
        assertTrue(o.err().contains("--category"), o.dump());
    }

    @Test
    void badDurationsAreUsageErrors() {
        for (String bad : List.of("abc", "99h", "-5")) {
            Cli.Result r = cli().run("start", "--dry-run", "--work", bad);
            assertEquals(2, r.code(), bad + "\n" + r.dump());
            assertFalse(r.err().contains("Exception"), r.dump());
        }
    }

    @Test
    void dryRunJsonTotalsTheSumOfItsSteps() throws IOException {
        Cli.Result r = cli().run("start", "--dry-run", "--json");
        assertEquals(0, r.code(), r.dump());
        long sum = 0;
        long total = -1;
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("seconds")) {
                    sum += p.nextLongValue(0);
                } else if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("totalSeconds")) {
                    total = p.nextLongValue(0);
                }
            }
        }
        assertEquals(total, sum);
        assertTrue(total > 600, "a full session lasts more than ten minutes");
    }

    @Test
    void aPlainSessionPrintsEventLinesAndExitsZero() {
        Cli.Result r = cli().run("start", "dead-bug", "--sets", "2", "--work", "1", "--rest", "1", "--lead-in", "0",
                "--plain", "--yes");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("00:00 Dead Bug — set 1/2 — work 1 s — breathe out as you bring your arms and"
                + " leg back."), r.dump());
        assertTrue(r.out().contains("00:01 Rest 1 s — next: set 2/2"), r.dump());
        assertTrue(r.out().contains("Session complete."), r.dump());
        assertFalse(r.out().contains("\u001b"), r.dump());
    }

    @Test
    void aWholeDefaultSessionRunsOnTheFakeClockAndIsRecorded() throws IOException {
        Cli.Result r = cli().run("start", "--plain", "--yes");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("Session complete."), r.dump());
        assertTrue(r.out().contains("exercises: 6 of 6 done"), r.dump());
        List<String> history = Files.readAllLines(home.resolve("data/backplan/history.jsonl"));
        assertEquals(1, history.size(), String.join("\n", history));
        assertTrue(history.get(0).contains("\"start\":\"2026-11-24T07:00"), history.get(0));
    }

    @Test
    void jsonEventsAreOneObjectPerLine() throws IOException {
        Cli.Result r = cli().run("start", "dead-bug", "--sets", "1", "--work", "1", "--lead-in", "0", "--json",
                "--yes");
        assertEquals(0, r.code(), r.dump());
        String[] lines = r.out().split("\n");
        for (String line : lines) {
            try (JsonParser p = new JsonFactory().createParser(line)) {
                while (p.nextToken() != null) {
                    // parses
                }
            }
        }
        assertTrue(lines[0].contains("\"type\":\"start\""), r.dump());
        assertTrue(r.out().contains("\"type\":\"step\",\"time\":0,\"step\":\"work\",\"exercise\":\"dead-bug\""),
                r.dump());
        assertTrue(lines[lines.length - 1].contains("\"type\":\"end\""), r.dump());
    }

    @Test
    void picksMustMatchTheirCategory() {
        Cli.Result r = cli().run("start", "--dry-run", "--pick", "glutes=dead-bug");
        assertEquals(2, r.code(), r.dump());
        assertTrue(r.err().contains("dead-bug is an exercise of category 'abs', not 'glutes'"), r.dump());
        Cli.Result ok = cli().run("start", "--dry-run", "--pick", "glutes=clamshell");
        assertEquals(0, ok.code(), ok.dump());
        assertTrue(ok.out().contains("Clamshell"), ok.dump());
    }

    @Test
    void theSafetyNoteIsShownUntilAcknowledged() {
        Cli.Result first = cli().run("start", "dead-bug", "--sets", "1", "--work", "1", "--lead-in", "0", "--plain");
        assertTrue(first.err().contains("see a doctor"), first.dump());
        Cli.Result ack = cli().run("start", "dead-bug", "--sets", "1", "--work", "1", "--lead-in", "0", "--plain",
                "--yes");
        assertTrue(ack.err().contains("see a doctor"), "--yes never accepts it unseen\n" + ack.dump());
        Cli.Result after = cli().run("start", "dead-bug", "--sets", "1", "--work", "1", "--lead-in", "0", "--plain");
        assertFalse(after.err().contains("see a doctor"), after.dump());
    }

    @Test
    void versionAndHelp() {
        Cli.Result v = cli().run("--version");
        assertEquals(0, v.code(), v.dump());
        assertTrue(v.out().startsWith("backplan "), v.dump());
        Cli.Result h = cli().run("start", "--help");
        assertEquals(0, h.code(), h.dump());
        assertTrue(h.out().contains("--reps-manual"), h.dump());
    }

    @Test
    void helpNamesACommandOrASubcommand() {
        Cli.Result start = cli().run("help", "start");
        assertEquals(0, start.code(), start.dump());
        assertEquals(cli().run("start", "--help").out(), start.out(), "as start --help");
        Cli.Result set = cli().run("help", "plan", "set");
        assertEquals(0, set.code(), set.dump());
        assertTrue(set.out().startsWith("Usage: backplan plan set "), set.dump());
        Cli.Result all = cli().run("help");
        assertEquals(0, all.code(), all.dump());
        assertEquals(cli().run("--help").out(), all.out(), "as --help");
        assertTrue(all.out().contains("  help "), "help lists itself: " + all.dump());

        Cli.Result typo = cli().run("help", "strat");
        assertEquals(2, typo.code(), typo.dump());
        assertTrue(typo.err().startsWith("backplan: unknown command 'strat' (did you mean 'start'?); the commands"
                + " are start, list, "), typo.dump());
        Cli.Result deeper = cli().run("help", "plan", "sett");
        assertEquals(2, deeper.code(), deeper.dump());
        assertEquals("backplan: unknown command 'sett' of 'plan' (did you mean 'set'?); the commands are set,"
                + " renew, export, resume, reset\n", deeper.err());
    }

    @Test
    void completionScriptCompletesCommands() {
        Cli.Result r = cli().run("completion", "bash");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("complete -F"), r.dump());
        Matcher m = Pattern.compile("dead-bug").matcher(r.out());
        assertTrue(m.find(), "exercise ids complete");
    }

    @Test
    void postureShowsTheHabitAndRemindsOneCueInTurn() {
        Cli.Result all = cli().run("posture");
        assertEquals(0, all.code(), all.dump());
        assertTrue(all.out().startsWith("Posture, all day: "), all.dump());
        long cues = all.out().lines().filter(l -> l.startsWith("  · ")).count();
        assertTrue(cues >= 3, all.dump());
        List<String> reminders = new ArrayList<>();
        for (int i = 0; i < cues + 1; i++) {
            Cli.Result r = cli().run("posture", "--remind");
            assertEquals(0, r.code(), r.dump());
            assertEquals(1, r.out().lines().count(), "one line for a prompt or a notification\n" + r.dump());
            reminders.add(r.out().strip());
        }
        assertEquals((int) cues, new java.util.HashSet<>(reminders.subList(0, (int) cues)).size(), "each in turn");
        assertEquals(reminders.get(0), reminders.get((int) cues), "then round again");
    }

    @Test
    void eachSessionStartsWithTheNextPostureCueAndTheSharpPainLine() {
        Cli.Result first = cli().run("start", "dead-bug", "--sets", "1", "--work", "1", "--plain", "--yes");
        Cli.Result second = cli().run("start", "dead-bug", "--sets", "1", "--work", "1", "--plain", "--yes");
        String cue1 = first.out().lines().filter(l -> l.contains("posture: ")).findFirst().orElseThrow();
        String cue2 = second.out().lines().filter(l -> l.contains("posture: ")).findFirst().orElseThrow();
        assertFalse(cue1.substring(cue1.indexOf("posture: ")).equals(cue2.substring(cue2.indexOf("posture: "))),
                cue1 + "\n" + cue2);
        assertTrue(first.out().contains("Stop at once if you feel sharp pain."), first.dump());
        assertTrue(first.out().contains("Caution: "), "Dead Bug's caution in plain mode\n" + first.dump());
    }

    @Test
    void aPlanMadeForAnotherCatalogNeverLocksThePersonOut() throws IOException {
        Path config = Files.createDirectories(home.resolve("config/backplan"));
        Files.copy(Path.of("src/test/resources/catalogs/valid/minimal.yaml"), config.resolve("exercises.yaml"));
        Files.writeString(config.resolve("plan.yaml"), "start: 2026-11-24\nper-week: 3\nweeks: 4\n"
                + "picks:\n  mobility: pelvic-tilt\n");
        Cli.Result plan = cli().run("plan");
        assertEquals(3, plan.code(), plan.dump());
        assertTrue(plan.err().contains("the plan was made for another catalog"), plan.dump());
        Cli.Result named = cli().run("start", "dead-bug", "--plain", "--yes", "--sets", "1", "--work", "1");
        assertEquals(0, named.code(), named.dump());
        assertTrue(named.err().contains("the plan does not fit this catalog"), named.dump());
        Cli.Result set = cli().run("plan", "set", "--pick", "mobility=cat-cow");
        assertEquals(0, set.code(), set.dump());
        assertTrue(set.err().contains("making a new one"), set.dump());
        assertEquals(0, cli().run("plan").code());
    }
}
