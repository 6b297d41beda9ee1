package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.base.ExitCode;
import backplan.base.Locations;
import backplan.base.Safety;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import backplan.history.HistoryEntry;
import backplan.history.HistoryFile;
import backplan.history.Verdict;
import backplan.program.CheckInFile;
import backplan.program.EasierChoice;
import backplan.program.PlanFile;
import backplan.session.FakeClock;
import backplan.session.Routine;
import backplan.session.ScriptedControls;
import backplan.session.SessionEngine;
import backplan.session.SessionResult;
import backplan.session.SessionSettings;
import backplan.settings.ProfileFile;
import backplan.settings.SettingsFile;
import backplan.term.Picker;
import backplan.term.Tty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's "done means": a person walked through the four weeks of a plan on a fake clock, command by command
 * as the CLI wires them (the same services, in-process): a flare pauses the plan and the next morning's "settled"
 * lifts it; a "hurt" on the bird dog shortens its holds and the picker offers another choice first; a missed week
 * does not jump the holds ahead; three sessions in a day count once; a red flag blocks every session; the sphinx
 * names stenosis, and a stenosis profile leaves it out of the picker.
 */
@Timeout(30)
class FourWeeksWalkTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday: the plan's first day. */
    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    @TempDir
    Path home;

    /** What the picker was handed the last time it opened, and what it showed first per category. */
    private Map<Category, EasierChoice> offered;
    private final Map<Category, List<Exercise>> shown = new EnumMap<>(Category.class);

    /** One command run on {@code day} at {@code time}: its own clock, output and typed answers, as the CLI does. */
    private final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final FakeClock clock;
        final Output output;
        final Prompts prompts;
        final Locations files = Locations.from(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME",
                home.resolve("config").toString(), "XDG_DATA_HOME", home.resolve("data").toString()), null);

        /** @param typed the answers on stdin; a terminal when not null */
        Run(LocalDate day, LocalTime time, String typed) {
            clock = new FakeClock(ZonedDateTime.of(day, time, PARIS));
            boolean terminal = typed != null;
            output = new Output(new PrintWriter(out, true), new PrintWriter(err, true), () -> 100, false, false,
                    terminal, terminal);
            prompts = new Prompts(new ByteArrayInputStream((typed == null ? "" : typed)
                    .getBytes(StandardCharsets.UTF_8)), output.err(), terminal, new Tty(), () -> 100);
        }

        SessionLog log() {
            return new SessionLog(new HistoryFile(files.history()), output.err());
        }

        SafetyGate safety() {
            return new SafetyGate(files.safetyNote(), prompts, clock, output);
        }

        Standings standings() {
            return new Standings(new CheckInFile(files.checkIns()), safety(), prompts, clock, output);
        }

        /** The picker as the person sees it: each category's first choice is the one highlighted and taken. */
        Plans plans() {
            ExercisePicker picker = (catalog, preselected, profile, offers) -> {
                offered = offers;
                Map<Category, List<Exercise>> chosen = new EnumMap<>(Category.class);
                for (Category c : Category.values()) {
                    List<Exercise> choices = Picker.choices(catalog.in(c), profile, offers.get(c));
                    shown.put(c, choices);
                    chosen.put(c, List.of(offers.containsKey(c) ? choices.get(0)
                            : preselected.getOrDefault(c, choices).get(0)));
                }
                return chosen;
            };
            return new Plans(ActiveCatalog.BUNDLED, new PlanFile(files.plan()), log(), standings(), clock, prompts,
                    picker, output, new ProfileFile(files.profile()));
        }

        Records records() {
            return new Records(ActiveCatalog.BUNDLED, new PlanFile(files.plan()), log(), standings(), clock, output);
        }

        StartSession start() {
            StartSession.Stores stores = new StartSession.Stores(plans(), safety(), standings(), log(),
                    new SavedSettings(new SettingsFile(files.settings()), output),
                    new PostureTurns(files.data().resolve("posture-turn")),
                    new ProfileGate(new ProfileFile(files.profile()), files.data().resolve("profile-hint-shown"),
                            prompts, output));
            return new StartSession(output, new WholeSessions(clock), prompts, (c, p, prof, o) -> null,
                    ActiveCatalog.BUNDLED, stores, false);
        }

        String said() {
            return (out + "\n" + err).replaceAll("\\s+", " ");
        }
    }

    /** The person does every step of the session as it comes: the real engine on the run's fake clock. */
    private record WholeSessions(FakeClock clock) implements Coach {
        @Override
        public Coaching open(Options options) {
            return new Coaching() {
                @Override
                public SessionResult run(Routine routine) {
                    return new SessionEngine(routine, clock, new ScriptedControls(clock), (e, s) -> { }).run();
                }

                @Override
                public Integer askPain(String question) {
                    return null;
                }

                @Override
                public BooleanSupplier signalledFromNow() {
                    return () -> false;
                }

                @Override
                public int signal() {
                    return 0;
                }

                @Override
                public void close() {}
            };
        }
    }

    /** A session as a script runs it: plain lines, --yes, the pain before and after, and how exercises went. */
    private Run session(LocalDate day, LocalTime time, int before, int after, String... ratings) throws Exception {
        Run run = new Run(day, time, null);
        int code = run.start().run(new StartSession.Request(List.of(), List.of(), SessionSettings.DEFAULTS, Map.of(),
                StartSession.View.PLAIN, false, true, before, after, new StartSession.Preferences(null, null, true, 0,
                        null, false), null, List.of(ratings)));
        assertEquals(ExitCode.OK, code, run.said());
        return run;
    }

    private Run session(LocalDate day, int before, int after, String... ratings) throws Exception {
        return session(day, LocalTime.of(8, 0), before, after, ratings);
    }

    /** {@code start --dry-run} on {@code day}. */
    private Run dryRun(LocalDate day) throws Exception {
        Run run = new Run(day, LocalTime.of(7, 0), null);
        assertEquals(ExitCode.OK, run.start().run(new StartSession.Request(List.of(), List.of(),
                SessionSettings.DEFAULTS, Map.of(), StartSession.View.PLAIN, true, true, null, null,
                new StartSession.Preferences(null, null, true, 0, null, false))), run.said());
        return run;
    }

    /** The hold of {@code name} in a dry run's table, without its level: "3 × 40 s". */
    private static String hold(Run dryRun, String name) {
        return dryRun.out.toString().lines().filter(l -> l.contains(" " + name + " ")).findFirst()
                .map(l -> l.substring(l.indexOf(name) + name.length()).replaceAll("\\(Level .*\\)", "").strip())
                .orElseThrow(() -> new AssertionError(name + " not in\n" + dryRun.out));
    }

    private List<HistoryEntry> history() throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        new HistoryFile(new Run(START, LocalTime.NOON, null).files.history()).read(entries::add, p -> entries.clear());
        return entries;
    }

    private static LocalDate day(int n) {
        return START.plusDays(n);
    }

    @Test
    void fourWeeksOfAPlanAnswerToTheBody() throws Exception {
        Run setUp = new Run(START, LocalTime.of(7, 0), null);
        assertEquals(ExitCode.OK, setUp.plans().set(new Plans.Change(List.of(), Map.of(), null, null, START, null)),
                setUp.said());

        // ---- week 1: three sessions in a day count once; three counted ones earn longer holds ----
        session(day(0), 0, 0, "bird-dog=fine", "glute-bridge=easy");
        assertEquals("3 × 30 s", hold(dryRun(day(1)), "Glute Bridge"), "the low end of 30–60 s first");
        session(day(2), LocalTime.of(8, 0), 0, 0, "glute-bridge=fine");
        Run second = session(day(2), LocalTime.of(12, 0), 0, 0, "glute-bridge=fine");
        assertTrue(second.said().contains("rest days help"), "a second session that day is said not to count: "
                + second.said());
        session(day(2), LocalTime.of(18, 0), 0, 0, "glute-bridge=fine");
        List<HistoryEntry> wednesday = history().subList(1, 4);
        assertEquals(List.of(true, false, false), wednesday.stream().map(HistoryEntry::counts).toList());
        assertEquals(Verdict.Reason.SAME_DAY, wednesday.get(2).verdict().why());
        Run week1 = new Run(day(3), LocalTime.NOON, null);
        week1.records().progress(false, false);
        assertTrue(week1.said().contains("Week 1 of 4: 2 of 3 sessions done this week (+2 not counted)."),
                "two days, two counted: " + week1.said());
        assertEquals("3 × 30 s", hold(dryRun(day(3)), "Glute Bridge"), "three in a day earn no longer hold");
        assertTrue(week1.said().contains("Glute Bridge: 30 s holds; 1 more session without 'hard' or 'hurt' to"
                + " 40 s"), week1.said());
        session(day(4), 0, 0, "glute-bridge=fine");
        Run saturday = dryRun(day(5));
        assertEquals("3 × 40 s", hold(saturday, "Glute Bridge"), "three counted sessions: one step up");
        assertTrue(saturday.said().contains("Glute Bridge: 40 s holds; 3 more sessions without 'hard' or 'hurt' to"
                + " 50 s"), saturday.said());
        Run json = new Run(day(5), LocalTime.of(7, 0), null);
        assertEquals(ExitCode.OK, json.start().run(new StartSession.Request(List.of(), List.of(),
                SessionSettings.DEFAULTS, Map.of(), StartSession.View.JSON, true, true, null, null,
                new StartSession.Preferences(null, null, true, 0, null, false))), json.said());
        assertTrue(json.out.toString().replaceAll("\\s+", " ").contains("\"workSeconds\" : 40, \"hold\" : \"40 s"
                + " holds; 3 more sessions without 'hard' or 'hurt' to 50 s\""), "the dry run's JSON says it too: "
                + json.out);
        Run ratings = new Run(day(5), LocalTime.NOON, null);
        ratings.records().progress(false, false);
        assertTrue(ratings.said().contains("Bird Dog: 1 fine Glute Bridge: 1 easy, 4 fine"), ratings.said());
        ratings.records().history(null, Records.Format.TABLE, false);
        assertTrue(ratings.out.toString().contains("bird-dog=fine glute-bridge=easy"), ratings.out.toString());

        // ---- week 2: a flare pauses the plan; the next morning's "settled" lifts it ----
        Run flare = session(day(7), 0, 7, "glute-bridge=fine");
        assertTrue(flare.said().contains("Stop for today and rest."), flare.said());
        Run due = new Run(day(7), LocalTime.of(20, 0), null);
        assertEquals(ExitCode.PAUSED, due.records().due(false), due.said());
        Run asked = new Run(day(8), LocalTime.of(7, 30), "n\n");
        assertEquals(ExitCode.PAUSED, asked.records().due(false), "not yet settled: " + asked.said());
        assertTrue(asked.said().contains("The plan is paused"), asked.said());
        Run morning = new Run(day(9), LocalTime.of(7, 30), "s\n");
        int lifted = morning.records().due(false);
        assertTrue(lifted == ExitCode.OK || lifted == ExitCode.NOT_DUE, "settled lifts the pause: " + morning.said());
        assertTrue(morning.said().contains("Has that pain settled?"), morning.said());

        // a "hurt" on the bird dog steps its hold back, and another back exercise is offered first
        assertEquals("3 × 30 s", hold(dryRun(day(9)), "Bird Dog"));
        session(day(9), 2, 2, "bird-dog=hurt", "glute-bridge=fine");
        Run show = new Run(day(10), LocalTime.of(7, 0), null);
        new CatalogViews(ActiveCatalog.BUNDLED, show.output, show.log()).show("bird-dog", false);
        assertTrue(show.said().contains("your hold: 20 s holds (stepped back after a 'hurt'); 3 more sessions"
                + " without 'hard' or 'hurt' to 30 s"), "show says it too: " + show.said());
        Run after = dryRun(day(10));
        assertEquals("3 × 20 s", hold(after, "Bird Dog"), "one length back from 30 s");
        assertTrue(after.said().contains("Bird Dog hurt last time, so its holds step back to 20 s; Prone Y-T Raise"
                + " is another back exercise to try instead: 'backplan start --pick back=prone-y-t-raise'"),
                "start without the picker says it in one line: " + after.said());
        // at a terminal the live screen would cover that line: it is asked about first, and "no" starts nothing
        int recorded = history().size();
        Run live = new Run(day(10), LocalTime.of(7, 5), "\nn\n"); // no profile condition, then "no"
        assertEquals(ExitCode.OK, live.start().run(new StartSession.Request(List.of(), List.of(),
                SessionSettings.DEFAULTS, Map.of(), StartSession.View.AUTO, false, false, 2, null,
                new StartSession.Preferences(null, null, true, 0, null, false))), live.said());
        assertTrue(live.said().contains("Start this session as it is? [Y/n]"), live.said());
        assertTrue(live.said().contains("No session started: the commands above start the easier choice."),
                live.said());
        assertEquals(recorded, history().size(), "nothing ran, nothing recorded");
        Run choose = new Run(day(10), LocalTime.of(7, 0), ""); // on a terminal: 'plan set' opens the picker
        assertEquals(ExitCode.OK, choose.plans().set(new Plans.Change(List.of(), Map.of(), null, null, null, null)),
                choose.said());
        assertNotNull(offered, "the picker opened");
        assertEquals("prone-y-t-raise", shown.get(Category.BACK).get(0).id(), "offered first: " + shown);
        assertEquals("Bird Dog hurt last time: Prone Y-T Raise, another back exercise, is offered first.",
                offered.get(Category.BACK).reason());
        // the person takes it; Bird Dog's 20 s stays for when it comes back
        assertEquals("3 × 30 s", hold(dryRun(day(11)), "Prone Y-T Raise"));
        session(day(11), 1, 1, "prone-y-t-raise=fine", "glute-bridge=fine");

        // ---- week 3 is missed: week 4 starts where week 2 ended, not at the calendar's week-4 length ----
        String before = hold(dryRun(day(12)), "Glute Bridge");
        Run week4 = dryRun(day(21));
        assertEquals(before, hold(week4, "Glute Bridge"), "no jump after a missed week");
        assertEquals("3 × 40 s", before);
        assertFalse(week4.out.toString().contains("3 × 60 s"), week4.out.toString());

        // ---- the sphinx names stenosis, and a stenosis profile leaves it out of the picker ----
        Run sphinx = new Run(day(21), LocalTime.NOON, null);
        assertEquals(ExitCode.OK, new CatalogViews(ActiveCatalog.BUNDLED, sphinx.output).show("sphinx", false));
        assertTrue(sphinx.out.toString().toLowerCase(java.util.Locale.ROOT).contains("stenosis"), sphinx.said());
        new ProfileFile(sphinx.files.profile()).save(Profile.of(Condition.SPINAL_STENOSIS));
        Catalog catalog = ActiveCatalog.BUNDLED.load();
        assertTrue(catalog.in(Category.MOBILITY).stream().anyMatch(e -> e.id().equals("sphinx")));
        Run stenosis = new Run(day(21), LocalTime.NOON, "");
        assertEquals(ExitCode.OK, stenosis.plans().set(new Plans.Change(List.of(), Map.of(), null, null, null,
                null)), stenosis.said());
        assertTrue(shown.get(Category.MOBILITY).stream().noneMatch(e -> e.id().equals("sphinx")),
                "left out: " + shown.get(Category.MOBILITY));

        // ---- a "yes" to a red flag blocks start with the care-now message ----
        Run flags = new Run(day(22), LocalTime.of(7, 0), "y\n");
        assertEquals(ExitCode.SEE_CARE, flags.safety().show(false), flags.said());
        assertTrue(flags.said().contains(Safety.CARE_NOW), flags.said());
        int sessions = history().size();
        Run blocked = new Run(day(22), LocalTime.of(8, 0), null);
        assertEquals(ExitCode.SEE_CARE, blocked.start().run(new StartSession.Request(List.of(), List.of(),
                SessionSettings.DEFAULTS, Map.of(), StartSession.View.PLAIN, false, true, 0, 0,
                new StartSession.Preferences(null, null, true, 0, null, false))), "--yes never answers over a red"
                + " flag: " + blocked.said());
        assertTrue(blocked.said().contains(Safety.CARE_NOW.replaceAll("\\s+", " ")), blocked.said());
        assertEquals(sessions, history().size(), "no session");
    }
}
