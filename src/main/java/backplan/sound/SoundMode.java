package backplan.sound;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How cues sound: synthesised tones where possible, tones only, the terminal bell, or nothing. */
public enum SoundMode {
    /** Tones where an audio device opens (not over SSH: they would play on the far machine), else the bell. */
    AUTO,
    /** Tones even over SSH; still the bell when no audio device opens. */
    TONES,
    BELL,
    OFF;

    /** The name used on the command line and in settings.yaml, such as {@code tones}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SoundMode> fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
    }

    /** {@code auto, tones, bell or off}, for messages. */
    public static String choices() {
        return "auto, tones, bell or off";
    }
}
