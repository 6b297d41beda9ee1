package backplan.app;

import backplan.program.CheckIn;
import backplan.program.CheckInFile;
import backplan.program.Plan;
import backplan.program.Progress;
import backplan.program.Standing;
import backplan.session.SessionClock;
import backplan.text.TextLayout;
import java.io.IOException;
import java.util.List;

/**
 * Where the plan stands with the person's back ({@link Standing}), and the check-in that asks whether pain from a
 * session settled: before a session, for {@code due}, and {@code plan resume}.
 */
public final class Standings {

    /** The answers to the check-in, as typed. */
    private static final List<String> ANSWERS = List.of("settled", "not yet", "worse");

    private final CheckInFile checkIns;
    private final SafetyGate safety;
    private final Prompts prompts;
    private final SessionClock clock;
    private final Output output;

    public Standings(CheckInFile checkIns, SafetyGate safety, Prompts prompts, SessionClock clock, Output output) {
        this.checkIns = checkIns;
        this.safety = safety;
        this.prompts = prompts;
        this.clock = clock;
        this.output = output;
    }

    /** Where the plan stands now, asking nothing. */
    public Standing now(Plan plan, Progress.Tally tally) throws IOException {
        return Standing.of(tally, checkIns.read(), safety.redFlagReported(), plan, clock.today());
    }

    /**
     * Where the plan stands once the person has said how pain from a session is, when that is still to be said (or
     * the plan waits on it) and a person is there to answer. The answer is kept.
     */
    public Standing checkIn(Plan plan, Progress.Tally tally) throws IOException {
        Standing standing = now(plan, tally);
        boolean ask = standing.kind() == Standing.Kind.CHECK_IN
                || (standing.kind() == Standing.Kind.PAUSED && standing.flare() != null);
        if (!ask || !prompts.interactive()) {
            return standing;
        }
        TextLayout.wrap(standing.flare().describe().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + standing.flare().describe().substring(1) + ".", wrapWidth()).forEach(output.err()::println);
        String answer = prompts.choose("Has that pain settled?", ANSWERS);
        if (answer == null) {
            return standing;
        }
        CheckIn.Answer said = switch (answer) {
            case "settled" -> CheckIn.Answer.SETTLED;
            case "worse" -> CheckIn.Answer.WORSE;
            default -> CheckIn.Answer.NOT_SETTLED;
        };
        remember(said);
        return now(plan, tally);
    }

    /** {@code plan resume}: the person says the pain settled, so the plan goes on. */
    public void resume() throws IOException {
        checkIns.add(new CheckIn(clock.wallNow(), CheckIn.Answer.RESUMED));
    }

    private void remember(CheckIn.Answer answer) {
        try {
            checkIns.add(new CheckIn(clock.wallNow(), answer));
        } catch (IOException e) {
            output.err().println("backplan: note: could not keep the answer in " + checkIns.path() + " ("
                    + IoFailure.describe(e) + "); you will be asked again");
        }
    }

    /** The lines of a standing's message, wrapped for stderr. */
    public List<String> lines(Standing standing) {
        return TextLayout.wrap("! ", "  ", standing.message(), wrapWidth());
    }

    private int wrapWidth() {
        return output.width() > 0 ? output.width() - 1 : TextLayout.UNLIMITED;
    }
}
