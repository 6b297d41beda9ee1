package backplan.sound;

/**
 * What to sound at one moment of a session: a tone, a phrase, both or neither.
 *
 * @param tone   the tone to play, or null
 * @param phrase the words to say, or null
 * @param hush   stop the phrase being said, without saying another
 */
public record Cue(Tone tone, String phrase, boolean hush) {

    public static final Cue NONE = new Cue(null, null, false);
    public static final Cue HUSH = new Cue(null, null, true);

    public static Cue of(Tone tone, String phrase) {
        return new Cue(tone, phrase, false);
    }

    public static Cue say(String phrase) {
        return new Cue(null, phrase, false);
    }
}
