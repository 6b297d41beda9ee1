package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Posture;
import java.util.List;

/** {@code backplan posture}: the all-day habit the trainer puts first, whole or one cue at a time. */
public final class PostureHabit {

    private final Environment env;

    public PostureHabit(Environment env) {
        this.env = env;
    }

    /** The habit and all its cues. */
    public int show() throws InvalidFileException {
        Posture posture = env.catalog().posture();
        env.out().println("Posture, all day: " + posture.summary());
        posture.cues().forEach(c -> env.out().println("  · " + c));
        env.out().println("Not a timed exercise: check yourself whenever you think of it, and reset each time you"
                + " catch a slump.");
        return ExitCode.OK;
    }

    /** One cue, a different one each call, for a shell prompt or a desktop notification. */
    public int remind() throws InvalidFileException {
        Posture posture = env.catalog().posture();
        List<String> cues = posture.cues();
        env.out().println(cues.isEmpty() ? posture.summary()
                : cues.get(Math.floorMod(turns(env).next(), cues.size())));
        return ExitCode.OK;
    }

    static PostureTurns turns(Environment env) {
        return new PostureTurns(env.locations().data().resolve("posture-turn"));
    }
}
