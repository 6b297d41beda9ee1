package backplan.settings;

import backplan.sound.SoundMode;
import backplan.sound.SoundSettings;
import backplan.sound.VoiceChoice;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The saved settings: only the keys the person set; every other key keeps its default. */
public record Settings(Map<Setting, Object> values) {

    public static final Settings NONE = new Settings(Map.of());

    public Settings {
        EnumMap<Setting, Object> copy = new EnumMap<>(Setting.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public Optional<Object> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public Optional<SoundMode> sound() {
        return get(Setting.SOUND).map(SoundMode.class::cast);
    }

    public Optional<Boolean> voice() {
        return get(Setting.VOICE).map(Boolean.class::cast);
    }

    public Optional<Integer> leadIn() {
        return get(Setting.LEAD_IN).map(Integer.class::cast);
    }

    public Optional<Boolean> waitToStart() {
        return get(Setting.WAIT).map(Boolean.class::cast);
    }

    /** The command to run after each session, as the person wrote it. */
    public Optional<String> sessionEndHook() {
        return get(Setting.HOOK_SESSION_END).map(String.class::cast);
    }

    public Optional<Boolean> figure() {
        return get(Setting.FIGURE).map(Boolean.class::cast);
    }

    public Optional<Boolean> flash() {
        return get(Setting.FLASH).map(Boolean.class::cast);
    }

    /**
     * How the session sounds: the options where given, else these saved settings, else the defaults.
     *
     * @param sound {@code --sound}, or null
     * @param voice {@code --voice} / {@code --no-voice}, or null
     * @param quiet {@code --quiet}, kept as a short way to say {@code --sound off}
     */
    public SoundSettings sound(SoundMode sound, Boolean voice, boolean quiet) {
        return sound(sound, voice, quiet, SoundSettings.Tuning.NONE);
    }

    /**
     * As {@link #sound(SoundMode, Boolean, boolean)}, with the volume, the voice's name and its pace from
     * {@code tuning} where given, else saved, else the defaults.
     */
    public SoundSettings sound(SoundMode sound, Boolean voice, boolean quiet, SoundSettings.Tuning tuning) {
        SoundMode mode = quiet ? SoundMode.OFF : sound != null ? sound : sound().orElse(SoundSettings.DEFAULTS.mode());
        boolean speak = voice != null ? voice : voice().orElse(SoundSettings.DEFAULTS.voice());
        int volume = tuning.volume() != null ? tuning.volume()
                : get(Setting.VOLUME).map(Integer.class::cast).orElse(SoundSettings.FULL_VOLUME);
        String name = tuning.voiceName() != null ? tuning.voiceName()
                : get(Setting.VOICE_NAME).map(String.class::cast).orElse(null);
        Integer rate = tuning.voiceRate() != null ? tuning.voiceRate()
                : get(Setting.VOICE_RATE).map(Integer.class::cast).orElse(null);
        return new SoundSettings(mode, speak, volume, new VoiceChoice(name, rate), false);
    }

    /** These settings with {@code setting} set to {@code text}; throws IllegalArgumentException for a bad value. */
    public Settings with(Setting setting, String text) {
        Map<Setting, Object> changed = new EnumMap<>(Setting.class);
        changed.putAll(values);
        changed.put(setting, setting.parse(text));
        return new Settings(changed);
    }

    public Settings without(Setting setting) {
        Map<Setting, Object> changed = new EnumMap<>(Setting.class);
        changed.putAll(values);
        changed.remove(setting);
        return new Settings(changed);
    }
}
