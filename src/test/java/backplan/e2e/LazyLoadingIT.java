package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 22 added stays out of the commands that do not use it: {@code list} and {@code --version} load none
 * of the reminders', report's or hooks' classes, and {@code status} none but its own few.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LazyLoadingIT {

    private static final List<String> NOT_FOR_OTHERS = List.of("backplan.host.", "org.owasp.", "backplan.app.Reminders",
            "backplan.app.ReminderJobs", "backplan.app.Reports", "backplan.app.SessionHooks", "backplan.text.Report",
            "backplan.cli.RemindCommand", "backplan.cli.ReportCommand", "backplan.cli.StatusCommand");

    @TempDir
    Path tmp;

    @Test
    void listVersionAndStatusLoadNoneOfTheNewClassesTheyDoNotUse() throws IOException {
        Sandbox sandbox = new Sandbox(tmp);
        for (String command : List.of("list", "--version", "status")) {
            Path log = tmp.resolve(command.replace("-", "") + ".log");
            Launch.Result r = new Launch(sandbox).env("JAVA_OPTS", "-Xlog:class+load:file=" + log).run(command);
            assertEquals(0, r.code(), r.dump());
            String loaded = Files.readString(log);
            assertTrue(loaded.contains("backplan.Backplan "), "the log works");
            for (String prefix : NOT_FOR_OTHERS) {
                boolean own = command.equals("status") && prefix.equals("backplan.cli.StatusCommand");
                assertEquals(own, loaded.contains(" " + prefix), command + " and " + prefix);
            }
        }
    }
}
