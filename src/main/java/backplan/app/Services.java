package backplan.app;

import backplan.base.Locations;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import backplan.history.HistoryFile;
import backplan.program.CheckInFile;
import backplan.host.ChildProcess;
import backplan.host.CronTable;
import backplan.host.DesktopNotifier;
import backplan.host.ReminderJob;
import backplan.host.SystemdTimer;
import backplan.program.PlanFile;
import backplan.settings.ProfileFile;
import backplan.settings.SettingsFile;
import backplan.term.Picker;
import backplan.term.Tty;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds each application service with the few things it uses: the one place where the run's pieces are wired.
 * Commands ask it for their service; no service sees it. The {@link Environment} is made once, when first needed,
 * after the global options are parsed.
 */
public final class Services {

    private final Invocation invocation;
    private final Supplier<Environment.GlobalOptions> options;
    private final Tty tty = new Tty();
    private Environment env;

    /** @param options the global options, read once they are parsed */
    public Services(Invocation invocation, Supplier<Environment.GlobalOptions> options) {
        this.invocation = invocation;
        this.options = options;
    }

    private Environment env() {
        if (env == null) {
            env = new Environment(invocation, options.get());
        }
        return env;
    }

    /** The streams and how text may look on them. */
    public Output output() {
        return env().output();
    }

    public CatalogViews catalogViews() {
        return new CatalogViews(env().catalog(), output(), log());
    }

    public CatalogTemplate catalogTemplate() {
        return new CatalogTemplate(env().catalogFile(), output());
    }

    public Records records() {
        Locations at = locations();
        StatusCache cache = new StatusCache(at.cache().resolve("status"), List.of(at.plan(), at.history(),
                HistoryFile.journalOf(at.history()), at.checkIns(),
                at.safetyNote()), env().clock(), env().variables().get("TZ"));
        return new Records(env().catalog(), planFile(), log(), standings(), env().clock(), output(), cache);
    }

    public LoggedSessions loggedSessions() {
        Environment e = env();
        return new LoggedSessions(e.catalog(), planFile(), log(), e.clock(), output(), sessionHooks());
    }

    public Plans plans() {
        return new Plans(env().catalog(), planFile(), log(), standings(), env().clock(), prompts(), this::pick,
                output(), profileFile());
    }

    public Reports reports() {
        return new Reports(env().catalog(), planFile(), log(), new CheckInFile(locations().checkIns()), env().clock(),
                output());
    }

    public CalendarExport calendarExport() {
        return new CalendarExport(env().catalog(), planFile(), log(), standings(), env().clock(), output());
    }

    public PostureHabit postureHabit() {
        return new PostureHabit(env().catalog(), postureTurns(), output());
    }

    public Profiles profiles() {
        return new Profiles(env().catalog(), profileFile(), output());
    }

    public SavedSettings savedSettings() {
        return new SavedSettings(new SettingsFile(locations().settings()), output());
    }

    public StartSession startSession() {
        Environment e = env();
        Coach coach = new SessionCoach(tty, e.clock(), output().out(), output().err(), e.in(), e.variables());
        StartSession.Stores stores = new StartSession.Stores(plans(), safetyGate(), standings(), log(),
                savedSettings(), postureTurns(), profileGate(), sessionHooks());
        return new StartSession(output(), coach, prompts(), this::pick, e.catalog(), stores, e.debug());
    }

    private SessionHooks sessionHooks() {
        Environment e = env();
        return new SessionHooks(savedSettings(), new ChildProcess(e.variables(), HOOK_TIMEOUT),
                e.variables().get("PATH"), output().err());
    }

    public Standings standings() {
        return new Standings(new CheckInFile(locations().checkIns()), safetyGate(), prompts(), env().clock(),
                output());
    }

    public SafetyGate safetyGate() {
        return new SafetyGate(locations().safetyNote(), prompts(), env().clock(), output());
    }

    /** How long a helper program (a notifier, systemctl, crontab) may take before it is ended. */
    private static final java.time.Duration HELPER_TIMEOUT = java.time.Duration.ofSeconds(10);
    /** How long a session-end hook may run: long enough to copy a line somewhere over the network. */
    private static final java.time.Duration HOOK_TIMEOUT = java.time.Duration.ofSeconds(30);

    public Reminders reminders() {
        Environment e = env();
        Map<String, String> vars = e.variables();
        ChildProcess runner = new ChildProcess(vars, HELPER_TIMEOUT);
        String path = vars.get("PATH");
        return new Reminders(records(), new DesktopNotifier(runner, path, System.getProperty("os.name")),
                new SystemdTimer(ReminderJobs.userConfigHome(vars).resolve("systemd/user"), runner, path),
                new CronTable(runner, path), locations().cache().resolve("last-reminder"), e.clock(), output(),
                () -> ReminderJobs.parts(vars, options.get()));
    }

    private java.util.Map<backplan.catalog.Category, java.util.List<backplan.catalog.Exercise>> pick(
            backplan.catalog.Catalog catalog,
            java.util.Map<backplan.catalog.Category, java.util.List<backplan.catalog.Exercise>> preselected,
            Profile profile,
            java.util.Map<backplan.catalog.Category, backplan.program.EasierChoice> offers) throws java.io.IOException {
        return Picker.pick(tty, catalog, preselected, profile, offers);
    }

    private Locations locations() {
        return env().locations();
    }

    private PlanFile planFile() {
        return new PlanFile(locations().plan());
    }

    private SessionLog log() {
        return new SessionLog(new HistoryFile(locations().history()), output().err());
    }

    private ProfileFile profileFile() {
        return new ProfileFile(locations().profile());
    }

    private ProfileGate profileGate() {
        return new ProfileGate(profileFile(), locations().data().resolve("profile-hint-shown"), prompts(), output());
    }

    private Prompts prompts() {
        return new Prompts(env().in(), output().err(), env().interactive(), tty, output()::width);
    }

    private PostureTurns postureTurns() {
        return new PostureTurns(locations().data().resolve("posture-turn"));
    }
}
