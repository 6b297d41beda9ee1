package backplan.app;

import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.InvalidFileException;
import backplan.host.CronTable;
import backplan.host.DesktopNotifier;
import backplan.host.ReminderJob;
import backplan.host.SystemdTimer;
import backplan.program.Progress;
import backplan.program.Today;
import backplan.session.SessionClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code backplan remind}: the one-shot a timer runs (is a session due? then one desktop notification), and the
 * timers themselves: installed as systemd user timers, else as crontab lines, shown, and removed. Whether a
 * session is due is {@link Records#today()}'s answer, the one {@code due} gives.
 */
public final class Reminders {

    /** How {@code remind install} sets the timers up. */
    public enum Using {
        /** A systemd user timer where a user service manager answers, else a crontab line. */
        AUTO,
        SYSTEMD,
        CRON
    }

    static final String TITLE = "Back session due";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Records records;
    private final DesktopNotifier notifier;
    private final SystemdTimer systemd;
    private final CronTable cron;
    private final Path lastReminder;
    private final SessionClock clock;
    private final Output output;
    private final Supplier<ReminderJob.Parts> job;

    /**
     * @param lastReminder the file that keeps when the last reminder was given, for {@code --again}
     * @param job          what a timer must run to reach this same data: asked only by {@code install}
     */
    public Reminders(Records records, DesktopNotifier notifier, SystemdTimer systemd, CronTable cron,
            Path lastReminder, SessionClock clock, Output output, Supplier<ReminderJob.Parts> job) {
        this.records = records;
        this.notifier = notifier;
        this.systemd = systemd;
        this.cron = cron;
        this.lastReminder = lastReminder;
        this.clock = clock;
        this.output = output;
        this.job = job;
    }

    /**
     * {@code remind}: when a session is due today, one notification ("Back session due · week 2, 1 of 3 done");
     * else nothing but a line on stdout. {@code again}: only when no session was recorded since today's first
     * reminder (or, when none was given today, all day).
     */
    public int remind(boolean again) throws IOException, InvalidFileException {
        Today today = records.today();
        PrintWriter out = output.out();
        if (!today.due().due()) {
            out.println("No reminder: " + today.due().reason() + ".");
            return ExitCode.OK;
        }
        ZonedDateTime now = clock.wallNow();
        if (again) {
            Instant first = lastReminder().filter(t -> t.atZone(clock.zone()).toLocalDate().equals(clock.today()))
                    .orElse(null);
            Instant since = first != null ? first : clock.today().atStartOfDay(clock.zone()).toInstant();
            if (today.lastRecorded() != null && !today.lastRecorded().isBefore(since)) {
                out.println("No second reminder: a session was recorded at "
                        + today.lastRecorded().atZone(clock.zone()).format(HH_MM)
                        + (first != null ? ", after the first reminder." : " today."));
                return ExitCode.OK;
            }
        }
        String body = body(today);
        remember(now.toInstant());
        DesktopNotifier.Outcome outcome = notifier.notify(TITLE, body);
        String text = TITLE + " · " + body;
        if (outcome instanceof DesktopNotifier.Shown) {
            out.println("Reminded: " + text);
            return ExitCode.OK;
        }
        if (outcome instanceof DesktopNotifier.Missing missing) {
            output.err().println(text + " (no desktop notification: " + missing.hint() + ")");
            return ExitCode.OK;
        }
        DesktopNotifier.Failed failed = (DesktopNotifier.Failed) outcome;
        output.err().println("backplan: " + failed.via() + " failed (" + failed.why() + "): " + text);
        return ExitCode.FAILURE;
    }

    /** "week 2, 1 of 3 done"; without a plan, "1 of 3 done this week". */
    static String body(Today today) {
        Progress.Week week = today.week();
        if (week == null) {
            return today.due().reason();
        }
        String done = week.done() + " of " + week.goal() + " done";
        return today.progress().planned() ? "week " + week.number() + ", " + done : done + " this week";
    }

    /** {@code remind install}: the timers for {@code at} and (when not null) {@code again}, in place of any. */
    public int install(LocalTime at, LocalTime again, Using using) throws IOException {
        if (again != null && !again.isAfter(at)) {
            throw new UsageException("--again " + again.format(HH_MM) + " must be later in the day than --at "
                    + at.format(HH_MM));
        }
        boolean useSystemd = switch (using) {
            case SYSTEMD -> true;
            case CRON -> false;
            case AUTO -> systemd.available();
        };
        if (!useSystemd && !cron.available()) {
            throw new UsageException(using == Using.CRON ? "crontab not found"
                    : "no user systemd answers ('systemctl --user' is not running) and there is no crontab; install"
                            + " cron, or run 'backplan remind' from your own scheduler");
        }
        ReminderJob.Parts parts = job.get();
        ReminderJob reminderJob = new ReminderJob(parts.command(), useSystemd ? parts.env() : parts.cronEnv(), at,
                again);
        try {
            reminderJob.check();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> removed = removeAll(useSystemd ? "systemd" : "cron");
        PrintWriter out = output.out();
        String when = "every day at " + at.format(HH_MM) + (again == null ? ""
                : ", and again at " + again.format(HH_MM) + " when no session was recorded since");
        if (useSystemd) {
            List<Path> files = systemd.install(reminderJob);
            out.println("Reminders installed as a systemd user timer: " + when + ".");
            files.forEach(f -> out.println("  " + f));
            systemd.next(SystemdTimer.FIRST + ".timer").ifPresent(n -> out.println("It fires next on " + n + "."));
        } else {
            List<String> lines = cron.install(reminderJob);
            out.println("Reminders installed in your crontab: " + when + ".");
            lines.forEach(l -> out.println("  " + l));
        }
        removed.forEach(r -> out.println("  (" + r + ")"));
        out.println("A notification comes only on days a session is due; 'backplan remind status' shows the timers,"
                + " 'backplan remind uninstall' removes them.");
        return ExitCode.OK;
    }

    /** {@code remind status}: which timers are installed, when they fire next, and whether today is due. */
    public int status() throws IOException, InvalidFileException {
        PrintWriter out = output.out();
        boolean any = false;
        List<Path> units = systemd.installed();
        if (!units.isEmpty()) {
            any = true;
            Optional<LocalTime> at = systemd.time(SystemdTimer.FIRST + ".timer");
            Optional<LocalTime> again = systemd.time(SystemdTimer.SECOND + ".timer");
            out.println("Reminders: a systemd user timer, every day" + at.map(t -> " at " + t.format(HH_MM)).orElse("")
                    + again.map(t -> ", and again at " + t.format(HH_MM) + " when no session was recorded since")
                            .orElse("") + ".");
            Optional<String> next = systemd.next(SystemdTimer.FIRST + ".timer");
            Optional<String> nextAgain = again.isPresent() ? systemd.next(SystemdTimer.SECOND + ".timer")
                    : Optional.empty();
            out.println(next.isPresent() ? "It fires next on " + next.get()
                    + nextAgain.map(n -> " (the second: " + n + ")").orElse("") + "."
                    : "systemd gives no next time: is the timer enabled? ('systemctl --user list-timers')");
            units.forEach(u -> out.println("  " + u));
        }
        if (cron.available()) {
            List<String> lines = cron.installed();
            if (!lines.isEmpty()) {
                any = true;
                List<LocalTime> times = lines.stream().map(CronTable::time).flatMap(Optional::stream).sorted().toList();
                out.println("Reminders: crontab lines, every day at " + String.join(" and ",
                        times.stream().map(t -> t.format(HH_MM)).toList()) + ".");
                nextOf(times).ifPresent(n -> out.println("It fires next on "
                        + n.format(DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH)) + "."));
                lines.forEach(l -> out.println("  " + l));
            }
        }
        if (!any) {
            out.println("No reminders installed. 'backplan remind install --at 18:00' sets them up.");
            return ExitCode.OK;
        }
        Today today = records.today();
        out.println(today.due().due() ? "Today a session is due, so they will remind you."
                : "Today they stay quiet: " + today.due().reason() + ".");
        return ExitCode.OK;
    }

    /** The first of the daily {@code times} after now. */
    private Optional<LocalDateTime> nextOf(List<LocalTime> times) {
        LocalDateTime now = clock.wallNow().toLocalDateTime();
        return times.stream().map(t -> now.toLocalDate().atTime(t))
                .map(t -> t.isAfter(now) ? t : t.plusDays(1)).min(LocalDateTime::compareTo);
    }

    /** {@code remind uninstall}: removes the timers, units and lines {@code install} made, and nothing else. */
    public int uninstall() throws IOException {
        List<String> removed = removeAll(null);
        PrintWriter out = output.out();
        if (removed.isEmpty()) {
            out.println("No reminders were installed; nothing removed.");
        } else {
            out.println("Reminders removed:");
            removed.forEach(r -> out.println("  " + r));
        }
        return ExitCode.OK;
    }

    /**
     * Removes what backplan installed, of both kinds; a kind's failure (systemctl gone) is said and the other
     * still removed.
     *
     * @param keeping the kind about to be installed (its own install replaces it), or null
     */
    private List<String> removeAll(String keeping) throws IOException {
        List<String> removed = new ArrayList<>();
        IOException failed = null;
        if (!"systemd".equals(keeping) && !systemd.installed().isEmpty()) {
            try {
                systemd.uninstall().forEach(p -> removed.add("removed " + p));
            } catch (IOException e) {
                failed = e;
            }
        }
        if (!"cron".equals(keeping) && cron.available()) {
            try {
                cron.uninstall().forEach(l -> removed.add("removed from the crontab: " + l));
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return removed;
    }

    private Optional<Instant> lastReminder() {
        if (UserFiles.notAFile(lastReminder) != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(lastReminder, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    private void remember(Instant when) {
        try {
            UserFiles.replace(lastReminder, (when + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // without it, the second reminder counts from the start of the day: no harm
        }
    }
}
