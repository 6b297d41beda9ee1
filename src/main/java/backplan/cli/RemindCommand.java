package backplan.cli;

import backplan.app.Reminders;
import backplan.app.Services;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan remind}: the one-shot a timer runs; {@code remind install|status|uninstall} manage the timers. */
@Command(name = "remind", description = {
    "When a session is due today ('backplan due' says so), show one desktop notification: 'Back session due ·"
            + " week 2, 1 of 3 done' (notify-send on Linux, osascript on macOS; without either, the line goes to"
            + " stderr). Nothing on days nothing is due. This is what the timers of 'remind install' run.",
    "With --again (the second, evening timer), only when no session was recorded since today's first reminder."},
        subcommands = {RemindCommand.Install.class, RemindCommand.Status.class, RemindCommand.Uninstall.class})
final class RemindCommand implements Callable<Integer> {

    private final Services services;

    RemindCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--again", description = "The second reminder of the day: only when nothing was recorded since"
            + " the first.")
    boolean again;

    @Override
    public Integer call() throws Exception {
        return services.reminders().remind(again);
    }

    /** {@code backplan remind install}. */
    @Command(name = "install", description = {
        "Install daily timers that run 'backplan remind': a systemd user timer (unit files in"
                + " $XDG_CONFIG_HOME/systemd/user, enabled with 'systemctl --user'), else a line in your crontab."
                + " They run this same launcher with the same --data-dir, --catalog and data variables. Installing"
                + " again replaces them."})
    static final class Install implements Callable<Integer> {

        private final Services services;

        Install(Services services) {
            this.services = services;
        }

        @Option(names = "--at", paramLabel = "HH:MM", converter = Converters.TimeOfDay.class,
                description = "The time of the reminder (default: ${DEFAULT-VALUE}).", defaultValue = "18:00")
        LocalTime at;

        @Option(names = "--again", paramLabel = "HH:MM", converter = Converters.TimeOfDay.class,
                description = "A second reminder later the same day, when no session was recorded since the first.")
        LocalTime again;

        @Option(names = "--using", paramLabel = "KIND", description = "systemd or cron (default: systemd when a"
                + " user service manager answers, else cron).")
        Reminders.Using using = Reminders.Using.AUTO;

        @Override
        public Integer call() throws Exception {
            return services.reminders().install(at, again, using);
        }
    }

    /** {@code backplan remind status}. */
    @Command(name = "status", description = "Say which reminders are installed (systemd timer or crontab lines),"
            + " when they fire next, and whether today is due.")
    static final class Status implements Callable<Integer> {

        private final Services services;

        Status(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            return services.reminders().status();
        }
    }

    /** {@code backplan remind uninstall}. */
    @Command(name = "uninstall", description = "Remove the timers and unit files, or the crontab lines, that"
            + " 'remind install' made; nothing else.")
    static final class Uninstall implements Callable<Integer> {

        private final Services services;

        Uninstall(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            return services.reminders().uninstall();
        }
    }
}
