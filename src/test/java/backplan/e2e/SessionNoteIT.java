package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The note asked after a live session's pain question, typed in a real pseudo-terminal as a person would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class SessionNoteIT {

    static final String NOTE_PROMPT = "A note for this session? Enter skips.";

    Sandbox sandbox;
    Tmux tmux;

    @Test
    void aNoteTypedAfterThePainIsKeptWithTheSession() throws IOException {
        // the safety note acknowledged and the profile answered before, as after a first session
        Launch.Result first = new Launch(sandbox).run("safety", "--no-red-flags", "--data-dir",
                sandbox.dataDir().toString());
        assertEquals(0, first.code(), first.err());
        Files.writeString(sandbox.dataDir().resolve("profile.yaml"), "conditions: []\n");

        tmux.start(100, 30, "start", "dead-bug", "--lead-in", "0", "--sets", "1", "--work", "2", "--data-dir",
                sandbox.dataDir().toString());
        tmux.waitForPainQuestion(Tmux.STARTUP);
        tmux.sendKeys("3");
        tmux.sendKeys("Enter");
        tmux.waitFor(NOTE_PROMPT);
        tmux.sendKeys("quite", "Space", "sore,", "Space", "qs"); // q and s are text here, not quit and skip
        tmux.sendKeys("BSpace");
        tmux.waitFor("> quite sore, q_");
        tmux.sendKeys("Enter");

        assertEquals(0, tmux.waitForExit(Tmux.SHORT), tmux.screen().framed());
        assertTrue(tmux.screen().contains("note:      quite sore, q"), tmux.screen().framed());
        List<String> lines = sandbox.historyLines();
        Map<String, Object> answer = JsonTree.object(lines.get(lines.size() - 1));
        assertEquals("quite sore, q", answer.get("note"), String.join("\n", lines));
        assertEquals(3L, answer.get("painAfter"));
    }
}
