package backplan.cli;

import backplan.app.Services;
import backplan.program.CountingRule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan plan}: shows the 4-week plan and where you stand in it. */
@Command(name = "plan", description = {
    "Show the plan: one exercise per category (one or two for back, one to three for glutes) at the levels it"
            + " saves, 3 sessions a week for 4 weeks, on the days it fixes; where this week stands and the next"
            + " session's day.",
    CountingRule.RULE + " 'plan', 'progress', 'due' and streaks use only the sessions that count; 'history' shows"
            + " both.",
    "A hold starts at the low end of its range and steps up one length (30, 40, 50, 60 s) after 3 counted sessions"
            + " at that length without 'hard' or 'hurt' and without a pain flare; a 'hurt' steps it back one length"
            + " and the next session offers an easier choice. Missed weeks never jump ahead.",
    "After 3 counted sessions in a row in which every set of an exercise's Level I was done, it was rated easy or"
            + " fine, and the pain after was no higher than before, 'plan' and the end of a session suggest Level II"
            + " (the plan changes only with 'plan set --level'). When the pain ratings rise (higher after than before in 2 of the last 3 rated"
            + " sessions, or the last 7 days' average 2 points above the plan's first week), they say to pause and"
            + " check with your doctor or physiotherapist. 'Before' is the rating given with --pain-before, else the"
            + " one after the session before.",
    "When the plan's weeks are over, 'plan' shows them side by side and offers 'plan renew' (the same again),"
            + " 'plan set' (new exercises) or 'plan renew --maintenance' (" + backplan.program.Plan.MAINTENANCE_PER_WEEK
            + " sessions a week)."},
        subcommands = {PlanSetCommand.class, PlanRenewCommand.class, PlanExportCommand.class, PlanResumeCommand.class,
            PlanResetCommand.class})
final class PlanCommand implements Callable<Integer> {

    private final Services services;

    PlanCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--ascii", description = "Plain ASCII marks.")
    boolean ascii;

    @Option(names = "--json", description = "The plan as one JSON document ({\"set\":false} when there is none).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.plans().show(ascii, json);
    }
}
