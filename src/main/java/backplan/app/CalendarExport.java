package backplan.app;

import backplan.base.ConsoleWriter;
import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Seconds;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.Standing;
import backplan.program.PlanFile;
import backplan.session.SessionClock;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * {@code plan export --ics}: the plan's sessions as an iCalendar file (RFC 5545) for any calendar app, each with
 * its exercises and a reminder. The only class that touches the iCalendar library, so only this command loads it.
 */
public final class CalendarExport {

    /**
     * What to export.
     *
     * @param file          where to write, or null for standard output
     * @param remindSeconds how long before each session its reminder goes off
     * @param at            the time of day of each session
     */
    public record Request(Path file, int remindSeconds, LocalTime at) {}

    private final ActiveCatalog activeCatalog;
    private final PlanFile planFile;
    private final SessionLog log;
    private final Standings standings;
    private final SessionClock clock;
    private final Output output;

    public CalendarExport(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, Standings standings,
            SessionClock clock, Output output) {
        this.activeCatalog = activeCatalog;
        this.planFile = planFile;
        this.log = log;
        this.standings = standings;
        this.clock = clock;
        this.output = output;
    }

    public int run(Request request) throws IOException, InvalidFileException {
        Catalog catalog = activeCatalog.load();
        Plan plan = planFile.load(catalog).orElse(null);
        if (plan == null) {
            output.err().println("backplan: there is no plan to export; 'backplan plan set' makes one");
            return ExitCode.FAILURE;
        }
        Progress.Tally tally = log.tally();
        List<PlannedSessions.Session> sessions = PlannedSessions.of(catalog, plan, tally, clock.today(),
                clock.zone(), request.at());
        Standing standing = standings.now(plan, tally);
        if (!standing.ready()) {
            standings.lines(standing).forEach(output.err()::println);
            sessions = sessions.stream().map(s -> s.noting(standing.message())).toList();
        }
        String ics = write(plan, sessions, request.remindSeconds(), clock.wallNow());
        if (request.file() == null) {
            if (output.out() instanceof ConsoleWriter console) {
                console.writeBytes(ics.getBytes(StandardCharsets.UTF_8)); // CRLF and UTF-8, whatever the terminal
            } else {
                output.out().print(ics);
                output.out().flush();
            }
        } else {
            UserFiles.replace(request.file(), ics.getBytes(StandardCharsets.UTF_8));
            output.err().println("Wrote " + sessions.size() + " sessions to " + request.file() + ".");
        }
        return ExitCode.OK;
    }

    /**
     * The calendar as text, lines ending in CRLF. Each event's id is made of the plan's start and the session's day,
     * so importing a newer export updates the same events instead of adding copies.
     */
    static String write(Plan plan, List<PlannedSessions.Session> sessions, int remindSeconds, ZonedDateTime now)
            throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//backplan//backplan plan export//EN");
        Date stamp = Date.from(now.toInstant());
        for (PlannedSessions.Session s : sessions) {
            VEvent event = new VEvent();
            event.setUid("backplan-" + plan.start() + "-" + s.day() + "@backplan");
            event.setDateTimeStamp(stamp);
            event.setDateStart(Date.from(s.start().toInstant()), true);
            event.setDuration(new Duration.Builder().minutes(s.minutes()).build());
            event.setSummary("Back-care session (week " + s.week() + " of " + plan.weeks() + ")");
            event.setDescription(String.join("\n", s.lines()));
            event.addAlarm(VAlarm.display(new Trigger(before(remindSeconds), Related.START), "Back-care session "
                    + (remindSeconds == 0 ? "now" : "in " + Seconds.format(remindSeconds))));
            ical.addEvent(event);
        }
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null); // folded below, by octets
            writer.write(ical);
        }
        return fold(out.toString());
    }

    /** {@code -PT15M}, {@code -PT1H30M}, {@code PT0S}: a duration before the start, in its largest units. */
    private static Duration before(int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return new Duration.Builder().prior(seconds > 0).hours(h == 0 ? null : h).minutes(m == 0 ? null : m)
                .seconds(s == 0 && seconds > 0 ? null : s).build();
    }

    /** The longest line RFC 5545 wants, in octets, not counting its CRLF. */
    static final int LINE_OCTETS = 75;

    /**
     * Folds each line at 75 octets of UTF-8, never inside a character, the rest going on lines that start with a
     * space. The library folds at 75 characters, which a name with accents or a "×" takes past 75 octets.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue; // the split after the last CRLF
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
