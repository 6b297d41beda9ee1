package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.app.StrictIcs;
import biweekly.Biweekly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code plan export --ics} from the packaged program, byte for byte through a pipe (CRLF and UTF-8, whatever the
 * terminal rules for text), and the iCalendar library loaded by that command alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class PlanExportIT {

    Sandbox sandbox;

    @Test
    void theIssuesCheckTwelveEventsOnMonWedFriWithAlarms() throws IOException {
        Launch.Result set = new Launch(sandbox).run("plan", "set", "--days", "mon,wed,fri");
        assertEquals(0, set.code(), set.dump());
        Launch.Result export = new Launch(sandbox).run("plan", "export", "--ics");
        assertEquals(0, export.code(), export.dump());
        StrictIcs.Component cal = StrictIcs.parse(export.outBytes());
        List<StrictIcs.Component> events = cal.components("VEVENT");
        assertEquals(12, events.size(), export.out());
        events.forEach(e -> assertEquals(1, e.components("VALARM").size()));
        assertEquals(12, Biweekly.parse(export.out()).first().getEvents().size());
        assertTrue(export.out().contains("×"), "UTF-8 through the pipe, not the ASCII fallback");
    }

    @Test
    void onlyTheExportLoadsTheCalendarLibrary() throws IOException {
        assertEquals(0, new Launch(sandbox).run("plan", "set").code());
        Path list = sandbox.root().resolve("list.log");
        Path plan = sandbox.root().resolve("plan.log");
        Path export = sandbox.root().resolve("export.log");
        Launch.Result l = new Launch(sandbox).env("JAVA_OPTS", "-Xlog:class+load:file=" + list).run("list");
        Launch.Result p = new Launch(sandbox).env("JAVA_OPTS", "-Xlog:class+load:file=" + plan).run("plan");
        Launch.Result e = new Launch(sandbox).env("JAVA_OPTS", "-Xlog:class+load:file=" + export)
                .run("plan", "export", "--ics");
        assertEquals(0, l.code(), l.dump());
        assertEquals(0, p.code(), p.dump());
        assertEquals(0, e.code(), e.dump());
        String listed = Files.readString(list);
        assertTrue(listed.contains("backplan.cli.ListCommand"), "the log works");
        assertFalse(listed.contains("biweekly") || listed.contains("vinnie"), "list loads none of it");
        assertFalse(Files.readString(plan).contains("biweekly"), "nor does plan");
        assertTrue(Files.readString(export).contains("biweekly.io.text.ICalWriter"), "the export does");
    }
}
