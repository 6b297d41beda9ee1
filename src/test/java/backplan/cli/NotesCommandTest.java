package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code start --note}: kept in the session's line, shown by {@code history}, its JSON and the report. */
class NotesCommandTest {

    private static final Path CATALOG = Path.of("src/test/resources/catalogs/fixtures/picks.yaml").toAbsolutePath();
    private static final String[] QUICK = {"start", "--plain", "--yes", "--rest", "0", "--lead-in", "0",
        "--rest-between", "0", "--switch", "0"};

    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return new Cli(home).clock(new FakeClock(FakeClock.EPOCH))
                .run(Stream.concat(Stream.of("--catalog", CATALOG.toString()), Stream.of(args))
                        .toArray(String[]::new));
    }

    private Cli.Result start(String... more) {
        return run(Stream.concat(Stream.of(QUICK), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void aNoteGivenAtTheStartIsKeptAndShownEverywhere() throws IOException {
        Cli.Result r = start("--note", "left hip tight; \"stopped\" <early> & rested");
        assertEquals(0, r.code(), r.dump());
        String line = Files.readString(home.resolve("data/backplan/history.jsonl"));
        assertTrue(line.contains("\"note\":\"left hip tight; \\\"stopped\\\" <early> & rested\""), line);

        Cli.Result table = run("history");
        assertTrue(table.out().contains("note 2026-11-24 07:00: left hip tight; \"stopped\" <early> & rested"),
                table.dump());
        Cli.Result json = run("history", "--json");
        assertTrue(json.out().contains("\"note\":\"left hip tight; \\\"stopped\\\" <early> & rested\""),
                json.dump());
        Cli.Result md = run("report", "--md");
        assertTrue(md.out().contains("Note\\: left hip tight; \"stopped\" \\<early\\> \\& rested"), md.dump());
        Path page = home.resolve("r.html");
        assertEquals(0, run("report", "--html", page.toString()).code());
        assertTrue(Files.readString(page).contains("<p class=\"note\">Note: left hip tight; &#34;stopped&#34;"
                + " &lt;early&gt; &amp; rested</p>"), Files.readString(page));
    }

    @Test
    void aNoteWithControlCharactersIsAUsageErrorAndNothingRuns() {
        Cli.Result r = start("--note", "two\nlines");
        assertEquals(2, r.code(), r.dump());
        assertTrue(r.err().contains("--note"), r.dump());
        assertEquals(1, r.err().strip().lines().filter(l -> !l.isBlank() && !l.startsWith("Usage")
                && !l.startsWith("Try")).count(), "one line: " + r.dump());
        assertFalse(Files.exists(home.resolve("data/backplan/history.jsonl")));
    }
}
