package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.session.FakeClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code start --plain} on a narrow terminal wraps its lines between words; in a pipe they stay whole. */
class PlainLinesTest {

    @TempDir
    Path home;

    private Cli.Result run(Cli cli) {
        return cli.clock(new FakeClock(FakeClock.EPOCH)).run("start", "dead-bug", "--plain", "--yes", "--sets", "1",
                "--work", "1", "--lead-in", "0", "--pain", "0", "--no-voice");
    }

    @Test
    void onANarrowTerminalNoWordIsSplitAndContinuationsStandUnderTheText() {
        Cli.Result piped = run(new Cli(home));
        Cli.Result narrow = run(new Cli(home).terminal(40));
        assertEquals(0, narrow.code(), narrow.dump());
        List<String> lines = narrow.out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.length() <= 40), narrow.dump());
        assertTrue(piped.out().lines().anyMatch(l -> l.length() > 40), "the pipe keeps whole lines\n" + piped.dump());
        String event = lines.stream().filter(l -> l.startsWith("00:00 Dead Bug")).findFirst().orElseThrow();
        int at = lines.indexOf(event);
        assertTrue(lines.get(at + 1).startsWith("      ") && !lines.get(at + 1).isBlank(),
                "the rest of the line, under its text: " + lines);
        String words = String.join(" ", piped.out().lines().filter(l -> l.startsWith("00:00 Dead Bug")).toList());
        String wrapped = event + " " + lines.get(at + 1).strip();
        assertTrue(words.replaceAll("\\s+", " ").startsWith(wrapped.replaceAll("\\s+", " ")),
                "the same words, none cut: " + wrapped + "\nin\n" + words);
    }
}
