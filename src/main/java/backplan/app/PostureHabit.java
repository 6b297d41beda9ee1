package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Posture;
import java.util.List;

/** {@code backplan posture}: the all-day habit the trainer puts first, whole or one cue at a time. */
public final class PostureHabit {

    private final ActiveCatalog activeCatalog;
    private final PostureTurns turns;
    private final Output output;

    public PostureHabit(ActiveCatalog activeCatalog, PostureTurns turns, Output output) {
        this.activeCatalog = activeCatalog;
        this.turns = turns;
        this.output = output;
    }

    /** The habit and all its cues. */
    public int show() throws InvalidFileException {
        Posture posture = activeCatalog.load().posture();
        output.out().println("Posture, all day: " + posture.summary());
        posture.cues().forEach(c -> output.out().println("  · " + c));
        output.out().println("Not a timed exercise: check yourself whenever you think of it, and reset each time you"
                + " catch a slump.");
        return ExitCode.OK;
    }

    /** One cue, a different one each call, for a shell prompt or a desktop notification. */
    public int remind() throws InvalidFileException {
        Posture posture = activeCatalog.load().posture();
        List<String> cues = posture.cues();
        output.out().println(cues.isEmpty() ? posture.summary()
                : cues.get(Math.floorMod(turns.next(), cues.size())));
        return ExitCode.OK;
    }
}
