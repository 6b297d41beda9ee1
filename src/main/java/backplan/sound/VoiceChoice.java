package backplan.sound;

import java.util.regex.Pattern;

/**
 * Which voice the speech command uses and how fast it talks; empty where the command's own default stands.
 *
 * @param name a voice name as the command knows it ({@code en-us}, {@code en+f3}, {@code Samantha}), or null
 * @param rate words a minute ({@link #SLOWEST} to {@link #FASTEST}), or null
 */
public record VoiceChoice(String name, Integer rate) {

    public static final VoiceChoice DEFAULT = new VoiceChoice(null, null);

    /** espeak-ng's default pace, and about what say and Speech Dispatcher speak at. */
    public static final int NORMAL_RATE = 175;
    public static final int SLOWEST = 80;
    public static final int FASTEST = 450;

    /**
     * Letters, digits, spaces and the marks voice names use ({@code en-gb-x-rp}, {@code en+f3},
     * {@code Good News}); never a leading dash, so a name is never read as an option.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} +_.()'-]{0,63}");

    public VoiceChoice {
        if (name != null && !validName(name)) {
            throw new IllegalArgumentException("a voice name is letters, digits, spaces and + - _ . ( ) ',"
                    + " starting with a letter or digit, up to 64 characters, not '" + name + "'");
        }
        if (rate != null && (rate < SLOWEST || rate > FASTEST)) {
            throw new IllegalArgumentException("a voice rate is words a minute from " + SLOWEST + " to " + FASTEST
                    + ", not " + rate);
        }
    }

    public static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The words a minute phrases are timed at: the rate chosen, else the commands' usual pace. */
    public int wordsPerMinute() {
        return rate == null ? NORMAL_RATE : rate;
    }
}
