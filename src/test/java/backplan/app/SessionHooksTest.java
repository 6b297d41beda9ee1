package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.history.Sessions;
import backplan.host.ChildProcess;
import backplan.host.FakeCommands;
import backplan.session.FakeClock;
import backplan.settings.SettingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session-end hook's limits: a hook that hangs is stopped; git's rule for what runs through a shell. */
class SessionHooksTest {

    @TempDir
    Path tmp;

    @Test
    void aHookThatHangsIsStoppedAtItsLimitInOneLine() throws Exception {
        FakeCommands fakes = new FakeCommands(tmp);
        fakes.add("slow-hook", "sleep 60");
        SettingsFile file = new SettingsFile(tmp.resolve("settings.yaml"));
        file.save(file.load().with(backplan.settings.Setting.HOOK_SESSION_END, "slow-hook"));
        StringWriter err = new StringWriter();
        Output output = Output.plain(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        SessionHooks hooks = new SessionHooks(new SavedSettings(file, output),
                new ChildProcess(Map.of("PATH", fakes.path()), Duration.ofMillis(300)), fakes.path(), output.err());
        hooks.sessionEnded(Sessions.at(FakeClock.EPOCH, true, 3));
        assertEquals("backplan: the session-end hook (slow-hook) did not finish within 300 ms and was stopped; the"
                + " session is recorded all the same\n", err.toString());
        assertTrue(Files.exists(tmp.resolve("settings.yaml")));
    }

    @Test
    void shellSyntaxIsGitsRule() {
        assertFalse(SessionHooks.shellSyntax("/home/me/bin/on-session"));
        assertFalse(SessionHooks.shellSyntax("on-session.sh"));
        assertTrue(SessionHooks.shellSyntax("on-session --quiet"));
        assertTrue(SessionHooks.shellSyntax("~/bin/on-session"));
        assertTrue(SessionHooks.shellSyntax("jq .id >> log"));
        assertTrue(SessionHooks.shellSyntax("A=1 run"));
    }
}
