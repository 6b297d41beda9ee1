package backplan.sound;

/**
 * How a session sounds, once the command line and the saved settings are put together
 * ({@code backplan.settings.Settings#sound} does that).
 *
 * @param mode          tones, bell or silence (see {@link SoundMode})
 * @param voice         speak the cues
 * @param volume        the tones' loudness, 0 to 100 percent of their full level
 * @param speech        the speech command's voice and pace
 * @param asksAtTheEnd  the session's end is followed by the pain question on screen, so the last words say so
 */
public record SoundSettings(SoundMode mode, boolean voice, int volume, VoiceChoice speech, boolean asksAtTheEnd) {

    public static final int FULL_VOLUME = 100;

    public static final SoundSettings DEFAULTS = new SoundSettings(SoundMode.AUTO, false);

    public SoundSettings {
        if (volume < 0 || volume > FULL_VOLUME) {
            throw new IllegalArgumentException("volume must be from 0 to 100, not " + volume);
        }
        speech = speech == null ? VoiceChoice.DEFAULT : speech;
    }

    public SoundSettings(SoundMode mode, boolean voice) {
        this(mode, voice, FULL_VOLUME, VoiceChoice.DEFAULT, false);
    }

    /** These settings, with the last words announcing the question that follows the session (or not). */
    public SoundSettings askingAtTheEnd(boolean asks) {
        return new SoundSettings(mode, voice, volume, speech, asks);
    }

    /**
     * What the command line says of these settings beyond {@code --sound} and {@code --voice}; null where it says
     * nothing, so the saved setting (else the default) applies.
     *
     * @param volume    {@code --volume}, 0 to 100
     * @param voiceName {@code --voice-name}
     * @param voiceRate {@code --voice-rate}, words a minute
     */
    public record Tuning(Integer volume, String voiceName, Integer voiceRate) {

        public static final Tuning NONE = new Tuning(null, null, null);
    }
}
