package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.host.FakeCommands;
import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config set hook.session-end CMD}: run after each session with the recorded entry on its stdin. */
class SessionEndHookTest {

    private static final Path CATALOG = Path.of("src/test/resources/catalogs/fixtures/picks.yaml").toAbsolutePath();
    private static final String[] QUICK = {"start", "--plain", "--yes", "--work", "1", "--rest", "0", "--lead-in",
        "0", "--rest-between", "0", "--switch", "0", "--pain", "2"};

    @TempDir
    Path home;

    private Cli.Result run(FakeCommands fakes, String... args) {
        String[] all = Stream.concat(Stream.of("--catalog", CATALOG.toString()), Stream.of(args))
                .toArray(String[]::new);
        return new Cli(home).clock(new FakeClock()).env("PATH", fakes.path()).run(all);
    }

    private List<String> history() throws IOException {
        return Files.readAllLines(home.resolve("data/backplan/history.jsonl"));
    }

    @Test
    void aProgramGetsTheRecordedSessionOnItsStdinWithNoShell() throws IOException {
        FakeCommands fakes = new FakeCommands(home);
        Path got = home.resolve("got.json");
        fakes.add("on-session", "cat > '" + got + "'; echo 'copied it'");
        Cli.Result set = run(fakes, "config", "set", "hook.session-end", "on-session");
        assertEquals(0, set.code(), set.dump());
        Cli.Result r = run(fakes, QUICK);
        assertEquals(0, r.code(), r.dump());
        assertEquals(List.of("on-session"), fakes.calls("on-session"), "run as a program, with no arguments");
        assertEquals(history().get(0) + "\n", Files.readString(got), "the line the history keeps, with its id");
        assertTrue(Files.readString(got).contains("\"painAfter\":2"), Files.readString(got));
        assertTrue(r.err().contains("copied it\n"), "its output is shown on stderr\n" + r.dump());
    }

    @Test
    void shellSyntaxRunsThroughTheShell() throws IOException {
        FakeCommands fakes = new FakeCommands(home);
        Path got = home.resolve("by shell.txt");
        assertEquals(0, run(fakes, "config", "set", "hook.session-end", "jq_absent=1; wc -l > '" + got + "'").code());
        Cli.Result r = run(fakes, QUICK);
        assertEquals(0, r.code(), r.dump());
        assertEquals("1", Files.readString(got).strip());
    }

    @Test
    void aFailingHookIsOneLineAndChangesNothingRecorded() throws IOException {
        FakeCommands fakes = new FakeCommands(home);
        fakes.add("broken-hook", "exit 3");
        assertEquals(0, run(fakes, "config", "set", "hook.session-end", "broken-hook").code());
        Cli.Result r = run(fakes, QUICK);
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.err().endsWith("\nbackplan: the session-end hook (broken-hook) failed (exit 3); the session is"
                + " recorded all the same\n"), r.dump());
        assertEquals(1, history().size());
        assertTrue(history().get(0).contains("\"painAfter\":2"));
    }

    @Test
    void aHookThatIsNotThereIsOneLine() throws IOException {
        FakeCommands fakes = new FakeCommands(home);
        assertEquals(0, run(fakes, "config", "set", "hook.session-end", "no-such-hook").code());
        Cli.Result r = run(fakes, QUICK);
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.err().endsWith("\nbackplan: the session-end hook (no-such-hook) was not found; the session is"
                + " recorded all the same\n"), r.dump());
    }

    @Test
    void configShowsAndUnsetsTheHook() throws IOException {
        FakeCommands fakes = new FakeCommands(home);
        assertTrue(run(fakes, "config").out().contains("hook.session-end  none (default)"),
                run(fakes, "config").dump());
        run(fakes, "config", "set", "hook.session-end", "~/bin/x --flag");
        assertTrue(run(fakes, "config").out().contains("hook.session-end  ~/bin/x --flag"));
        Cli.Result json = run(fakes, "config", "--json");
        assertTrue(json.out().contains("\"hook.session-end\" : {\n      \"value\" : \"~/bin/x --flag\",\n"
                + "      \"default\" : false"), json.dump());
        Cli.Result empty = run(fakes, "config", "set", "hook.session-end", " ");
        assertEquals(2, empty.code(), empty.dump());
        run(fakes, "config", "unset", "hook.session-end");
        assertTrue(run(fakes, "config").out().contains("hook.session-end  none (default)"));
    }
}
