package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import backplan.history.HistoryFile;
import backplan.history.Sessions;
import backplan.host.FakeCommands;
import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code remind} and its timers, with a fake notify-send, systemctl and crontab on the PATH that log their calls.
 * The plan runs Mon/Wed/Fri from Monday 2026-11-23; the fake clock starts on Tuesday 2026-11-24, 07:00, Paris.
 */
class RemindCommandTest {

    private static final ZonedDateTime MONDAY = FakeClock.EPOCH.minusDays(1).withHour(18);
    private static final ZonedDateTime WEDNESDAY = FakeClock.EPOCH.plusDays(1).withHour(18);

    @TempDir
    Path home;

    private FakeCommands fakes;
    private Path launcher;
    private String savedLauncher;

    @BeforeEach
    void setUp() throws IOException {
        fakes = new FakeCommands(home);
        launcher = home.resolve("opt/back plan/bin/backplan");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        savedLauncher = System.getProperty("backplan.launcher");
        System.setProperty("backplan.launcher", launcher.toString());
    }

    @AfterEach
    void restore() {
        if (savedLauncher == null) {
            System.clearProperty("backplan.launcher");
        } else {
            System.setProperty("backplan.launcher", savedLauncher);
        }
    }

    private Cli cli(ZonedDateTime at) {
        return new Cli(home).clock(new FakeClock(at)).env("PATH", fakes.path());
    }

    private Cli.Result run(ZonedDateTime at, String... args) {
        return cli(at).run(args);
    }

    private Cli.Result ok(Cli.Result r) {
        assertEquals(0, r.code(), r.dump());
        return r;
    }

    private void plan() {
        ok(run(FakeClock.EPOCH, "plan", "set", "--days", "mon,wed,fri", "--start", "2026-11-23"));
    }

    private void session(ZonedDateTime at) throws IOException {
        new HistoryFile(home.resolve("data/backplan/history.jsonl")).append(Sessions.at(at, true, null));
    }

    // ---- the one-shot ----

    @Test
    void onADueDayItNotifiesOnceWithTheWeekAndTheCount() throws IOException {
        fakes.notifySend();
        plan();
        session(MONDAY);
        Cli.Result r = ok(run(WEDNESDAY, "remind"));
        assertEquals(List.of("notify-send [--app-name=backplan] [--] [Back session due] [week 1, 1 of 3 done]"),
                fakes.calls("notify-send"), r.dump());
        assertEquals("Reminded: Back session due · week 1, 1 of 3 done\n", r.out());
    }

    @Test
    void onADoneDayOrADayOffItStaysQuiet() throws IOException {
        fakes.notifySend();
        plan();
        session(MONDAY);
        Cli.Result tuesday = ok(run(FakeClock.EPOCH.withHour(18), "remind"));
        assertTrue(tuesday.out().startsWith("No reminder: today is not one of the plan's days"), tuesday.dump());
        session(WEDNESDAY.withHour(8));
        Cli.Result done = ok(run(WEDNESDAY, "remind"));
        assertTrue(done.out().startsWith("No reminder: done today"), done.dump());
        assertEquals(List.of(), fakes.calls("notify-send"));
    }

    @Test
    void theSecondReminderComesOnlyWhenNothingWasRecordedSinceTheFirst() throws IOException {
        fakes.notifySend();
        plan();
        ok(run(WEDNESDAY, "remind"));
        ok(run(WEDNESDAY.withHour(20).withMinute(30), "remind", "--again"));
        assertEquals(2, fakes.calls("notify-send").size(), "nothing recorded: the evening repeat");

        // Friday: a session that does not count (so one is still due) is recorded after the first reminder
        ZonedDateTime friday = WEDNESDAY.plusDays(2);
        ok(run(friday, "remind"));
        new HistoryFile(home.resolve("data/backplan/history.jsonl")).append(Sessions.at(friday.plusMinutes(30),
                false, null));
        Cli.Result again = ok(run(friday.withHour(20).withMinute(30), "remind", "--again"));
        assertEquals(3, fakes.calls("notify-send").size(), again.dump());
        assertTrue(again.out().startsWith("No second reminder: a session was recorded at 18:32, after the first"
                + " reminder."), again.dump());
    }

    /**
     * Whether it notifies is {@code due}'s answer, not a copy of its rule: over every kind of day (before the
     * plan, a day off, a plan day, a missed day made up, done today, the week's goal met, after the plan), remind
     * notifies exactly when due exits 0.
     */
    @Test
    void dueAnswersForTheReminder() throws IOException {
        fakes.notifySend();
        plan();
        session(MONDAY);
        session(WEDNESDAY);
        session(WEDNESDAY.plusDays(2)); // week 1's goal met on Friday
        session(MONDAY.plusWeeks(1));
        List<String> disagreements = new ArrayList<>();
        int notified = 0;
        for (int d = -3; d <= 32; d++) {
            ZonedDateTime at = MONDAY.plusDays(d).withHour(19);
            int before = fakes.calls("notify-send").size();
            Cli.Result due = run(at, "due");
            Cli.Result remind = run(at, "remind");
            boolean didNotify = fakes.calls("notify-send").size() > before;
            notified += didNotify ? 1 : 0;
            if ((due.code() == 0) != didNotify || remind.code() != 0) {
                disagreements.add(at.toLocalDate() + ": " + due.out().strip() + " / " + remind.out().strip());
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(notified > 3 && notified < 30, "due on some days, not on others: " + notified);
    }

    @Test
    void withoutANotifierTheReminderIsOneLineOnStderr() {
        plan();
        Cli.Result r = ok(cli(WEDNESDAY).env("PATH", home.resolve("empty").toString()).run("remind"));
        assertEquals("Back session due · week 1, 0 of 3 done (no desktop notification: notify-send not found (it"
                + " comes with libnotify: apt install libnotify-bin, dnf install libnotify))\n", r.err());
    }

    @Test
    void aFailingNotifierIsOneLineAndExitOne() throws IOException {
        fakes.add("notify-send", "echo 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2; exit 1");
        plan();
        Cli.Result r = run(WEDNESDAY, "remind");
        assertEquals(1, r.code(), r.dump());
        assertEquals("backplan: notify-send failed (exit 1: Cannot autolaunch D-Bus without X11 $DISPLAY): Back"
                + " session due · week 1, 0 of 3 done\n", r.err());
    }

    // ---- systemd ----

    @Test
    void installWritesValidUnitsAndEnablesThem() throws IOException, InterruptedException {
        fakes.systemctl();
        Path units = home.resolve("config/systemd/user");
        Cli.Result r = ok(cli(FakeClock.EPOCH).env("XDG_DATA_HOME", home.resolve("my data").toString())
                .run("remind", "install", "--at", "18:00", "--again", "20:30"));
        assertTrue(r.out().startsWith("Reminders installed as a systemd user timer: every day at 18:00, and again at"
                + " 20:30 when no session was recorded since."), r.dump());
        assertTrue(r.out().contains("It fires next on Tue 2026-11-24 18:00:00 CET."), r.dump());
        assertEquals(List.of(
                "systemctl [--user] [is-system-running]",
                "systemctl [--user] [daemon-reload]",
                "systemctl [--user] [enable] [--now] [backplan-reminder.timer] [backplan-reminder-again.timer]",
                "systemctl [--user] [show] [backplan-reminder.timer] [--property=NextElapseUSecRealtime] [--value]"),
                fakes.calls("systemctl"));
        String service = Files.readString(units.resolve("backplan-reminder.service"));
        assertTrue(service.contains("ExecStart=\"" + launcher + "\" \"remind\"\n"), service);
        assertTrue(service.contains("Environment=\"XDG_CONFIG_HOME=" + home.resolve("config") + "\"\n"), service);
        assertTrue(service.contains("Environment=\"XDG_DATA_HOME=" + home.resolve("my data") + "\"\n"), service);
        assertTrue(Files.readString(units.resolve("backplan-reminder-again.service"))
                .contains("\"remind\" \"--again\"\n"));
        assertTrue(Files.readString(units.resolve("backplan-reminder.timer")).contains("OnCalendar=*-*-* 18:00:00\n"));
        assertTrue(Files.readString(units.resolve("backplan-reminder-again.timer"))
                .contains("OnCalendar=*-*-* 20:30:00\n"));
        verify(units);

        Cli.Result status = ok(run(FakeClock.EPOCH, "remind", "status"));
        assertTrue(status.out().startsWith("Reminders: a systemd user timer, every day at 18:00, and again at 20:30"
                + " when no session was recorded since.\nIt fires next on Tue 2026-11-24 18:00:00 CET"), status.dump());
    }

    @Test
    void uninstallRemovesExactlyWhatInstallMade() throws IOException {
        fakes.systemctl();
        Path units = Files.createDirectories(home.resolve("config/systemd/user"));
        Files.writeString(units.resolve("mine.timer"), "[Timer]\nOnCalendar=daily\n");
        ok(run(FakeClock.EPOCH, "remind", "install", "--again", "21:00"));
        assertEquals(5, list(units).size(), list(units).toString());
        Cli.Result r = ok(run(FakeClock.EPOCH, "remind", "uninstall"));
        assertEquals(List.of("mine.timer"), list(units), r.dump());
        assertTrue(fakes.calls("systemctl").contains("systemctl [--user] [disable] [--now] [backplan-reminder.timer]"
                + " [backplan-reminder-again.timer]"), fakes.calls().toString());
        assertEquals("No reminders were installed; nothing removed.\n",
                ok(run(FakeClock.EPOCH, "remind", "uninstall")).out());
    }

    @Test
    void aUnitOfTheSameNameThatIsNotOursIsNeverOverwritten() throws IOException {
        fakes.systemctl();
        Path units = Files.createDirectories(home.resolve("config/systemd/user"));
        Files.writeString(units.resolve("backplan-reminder.service"), "[Service]\nExecStart=/bin/true\n");
        Cli.Result r = run(FakeClock.EPOCH, "remind", "install");
        assertEquals(1, r.code(), r.dump());
        assertTrue(r.err().contains("backplan-reminder.service exists and was not made by backplan"), r.dump());
        assertEquals("[Service]\nExecStart=/bin/true\n", Files.readString(units.resolve("backplan-reminder.service")));
    }

    // ---- cron ----

    @Test
    void withoutUserSystemdACrontabLineThatUninstallTakesOutAlone() throws IOException {
        fakes.crontab();
        Files.writeString(fakes.crontabFile(), "MAILTO=me\n0 3 * * * backup --all\n");
        Cli.Result r = ok(cli(FakeClock.EPOCH).run("--data-dir", home.resolve("d 100%").toString(), "remind",
                "install", "--at", "7:30", "--again", "19:00"));
        assertTrue(r.out().startsWith("Reminders installed in your crontab: every day at 07:30, and again at 19:00"),
                r.dump());
        List<String> table = Files.readAllLines(fakes.crontabFile());
        assertEquals(4, table.size(), table.toString());
        assertEquals(List.of("MAILTO=me", "0 3 * * * backup --all"), table.subList(0, 2));
        assertTrue(table.get(2).startsWith("30 7 * * * "), table.get(2));
        assertTrue(table.get(2).endsWith(" 'remind' # backplan-reminder"), table.get(2));
        assertTrue(table.get(2).contains("'--data-dir' '" + home.resolve("d 100\\%") + "'"), table.get(2));
        assertTrue(table.get(3).startsWith("0 19 * * * ") && table.get(3).contains("'remind' '--again'"));

        Cli.Result status = ok(run(FakeClock.EPOCH, "remind", "status"));
        assertTrue(status.out().startsWith("Reminders: crontab lines, every day at 07:30 and 19:00.\nIt fires next"
                + " on Tue 2026-11-24 07:30."), status.dump());

        ok(run(FakeClock.EPOCH, "remind", "uninstall"));
        assertEquals(List.of("MAILTO=me", "0 3 * * * backup --all"), Files.readAllLines(fakes.crontabFile()));
    }

    @Test
    void aCrontabThatHeldOnlyTheRemindersIsRemovedWithThem() throws IOException {
        fakes.crontab();
        ok(run(FakeClock.EPOCH, "remind", "install"));
        assertTrue(Files.exists(fakes.crontabFile()));
        ok(run(FakeClock.EPOCH, "remind", "uninstall"));
        assertFalse(Files.exists(fakes.crontabFile()), fakes.calls().toString());
    }

    @Test
    void theCrontabLineRunsTheLauncherWithItsWordsWhole() throws IOException, InterruptedException {
        fakes.crontab();
        Path args = home.resolve("args.txt");
        Files.writeString(launcher, "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\"; done > '" + args
                + "'\nprintf '%s\\n' \"$XDG_DATA_HOME\" >> '" + args + "'\n");
        String data = home.resolve("it's $HOME `x` 100%").toString();
        ok(cli(FakeClock.EPOCH).env("XDG_DATA_HOME", data).run("remind", "install"));
        String line = Files.readAllLines(fakes.crontabFile()).get(0);
        String command = line.substring("0 18 * * * ".length()).replace("\\%", "%"); // as cron hands it to sh
        Process sh = new ProcessBuilder("/bin/sh", "-c", command).start();
        assertTrue(sh.waitFor(10, TimeUnit.SECONDS));
        assertEquals(List.of("[remind]", data), Files.readAllLines(args, StandardCharsets.UTF_8));
    }

    @Test
    void againBeforeAtIsAUsageError() {
        Cli.Result r = run(FakeClock.EPOCH, "remind", "install", "--at", "20:00", "--again", "19:00");
        assertEquals(2, r.code(), r.dump());
        assertEquals("backplan: --again 19:00 must be later in the day than --at 20:00\n", r.err());
    }

    private static List<String> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** systemd's own check of the unit files, where systemd-analyze is installed (.ci/run installs it). */
    private void verify(Path units) throws IOException, InterruptedException {
        boolean present = Files.isExecutable(Path.of("/usr/bin/systemd-analyze"));
        assumeTrue(present || System.getenv("CI") == null,
                "systemd-analyze is not installed (Debian: apt-get install systemd); the unit files were not verified");
        if (!present) {
            return;
        }
        Path runtime = Files.createDirectories(home.resolve("runtime"));
        List<String> command = new ArrayList<>(List.of("/usr/bin/systemd-analyze", "verify", "--user"));
        try (var files = Files.list(units)) {
            files.map(Path::toString).sorted().forEach(command::add);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "systemd-analyze verify did not end");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "systemd-analyze verify:\n" + said);
        assertEquals("", said.strip(), "systemd-analyze verify has warnings");
    }
}
