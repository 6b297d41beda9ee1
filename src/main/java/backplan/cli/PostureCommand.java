package backplan.cli;

import backplan.app.PostureHabit;
import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan posture}: the posture habit, or one reminder. */
@Command(name = "posture", description = {"Show the posture habit and its cues.",
    "With --remind, one cue, a different one each time: for a shell prompt or a desktop notification,",
    "  notify-send \"$(backplan posture --remind)\""})
final class PostureCommand implements Callable<Integer> {

    private final Services services;

    PostureCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--remind", description = "Print one cue, the next in turn.")
    boolean remind;

    @Override
    public Integer call() throws Exception {
        PostureHabit habit = services.postureHabit();
        return remind ? habit.remind() : habit.show();
    }
}
