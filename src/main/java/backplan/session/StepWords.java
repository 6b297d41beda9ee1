package backplan.session;

/**
 * How long the words said as a step starts take to speak, so that the builder can make a get-ready or a switch long
 * enough for them: a phrase is never cut off by the next one. The voice's cue script answers it.
 */
@FunctionalInterface
public interface StepWords {

    /** Seconds the words at the start of {@code routine}'s step {@code index} take to say. */
    double seconds(Routine routine, int index);
}
