package backplan.sound;

/**
 * How a session sounds, once the command line and the saved settings are put together
 * ({@code backplan.settings.Settings#sound(SoundMode, Boolean, boolean)} does that).
 *
 * @param mode  tones, bell or silence (see {@link SoundMode})
 * @param voice speak the cues
 */
public record SoundSettings(SoundMode mode, boolean voice) {

    public static final SoundSettings DEFAULTS = new SoundSettings(SoundMode.AUTO, false);
}
