package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan status}: one short line for a shell prompt, tmux or a status bar. */
@Command(name = "status", description = {
    "Print one short line saying where today stands: 'due · wk 2 · 1/3' (a session is due; week 2 of the plan,"
            + " 1 of 3 sessions done), 'done today · wk 2 · 2/3', 'week done · wk 2 · 3/3', 'rest day · wk 2 · 1/3',"
            + " 'plan starts Mon Dec 1' or 'plan ended · renew' (then 'backplan plan renew' starts another). Whether a session is due is the answer 'backplan due' gives."
            + " It reads only the plan and the history: no network, no terminal. Exit 0 whatever the answer"
            + " ('backplan due' is the one to test).",
    "In tmux: set -g status-right '#(backplan status)'"})
final class StatusCommand implements Callable<Integer> {

    private final Services services;

    StatusCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--json", description = "One JSON document: due, reason, status, week, done, goal, doneToday.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.records().status(json);
    }
}
