package backplan.settings;

import backplan.base.OnOff;
import backplan.catalog.Seconds;
import backplan.catalog.YamlReader;
import backplan.sound.SoundMode;
import backplan.sound.SoundSettings;
import backplan.sound.VoiceChoice;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One key of settings.yaml: its name, what it may hold, its default, and how it is read from the command line and
 * from the file. A new setting is one more constant here.
 */
public enum Setting {
    SOUND("sound", "how cues sound: " + SoundMode.choices(), SoundSettings.DEFAULTS.mode()) {
        @Override
        Object parse(String text) {
            return SoundMode.fromKey(text.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException(key() + " must be " + SoundMode.choices() + ", not '" + text + "'"));
        }

        @Override
        Optional<Object> read(YamlReader yaml, Node node) {
            if (!(node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR))) {
                // `sound: false` means well: say what to write rather than "must be text"
                yaml.problem(node, key() + " must be " + SoundMode.choices() + ", not " + YamlReader.describe(node));
                return Optional.empty();
            }
            return yaml.text(node, key()).flatMap(text -> {
                try {
                    return Optional.of(parse(text));
                } catch (IllegalArgumentException e) {
                    yaml.problem(node, e.getMessage());
                    return Optional.empty();
                }
            });
        }

        @Override
        public Object yaml(Object value) {
            return ((SoundMode) value).key();
        }

        @Override
        public List<String> choices() {
            return Arrays.stream(SoundMode.values()).map(SoundMode::key).toList();
        }
    },
    VOICE("voice", "speak the cues: true or false", SoundSettings.DEFAULTS.voice()),
    LEAD_IN("lead-in", "seconds to get into position before each exercise: 0 to 3600", 10) {
        @Override
        Object parse(String text) {
            OptionalInt seconds = Seconds.parse(text.strip());
            if (seconds.isEmpty() || seconds.getAsInt() > 3600) {
                throw new IllegalArgumentException(key() + " must be a duration from 0 to 1 hour such as 10, 15s or"
                        + " 1m, not '" + text + "'");
            }
            return seconds.getAsInt();
        }

        @Override
        Optional<Object> read(YamlReader yaml, Node node) {
            OptionalInt seconds = yaml.seconds(node, key(), 0, 3600); // as --lead-in takes
            return seconds.isPresent() ? Optional.of(seconds.getAsInt()) : Optional.empty();
        }
    },
    WAIT("wait", "before each exercise, wait for space or Enter: true or false", false),
    FIGURE("figure", "show the exercise's moving figure: true or false", true),
    VOLUME("volume", "the tones' loudness: 0 to 100", SoundSettings.FULL_VOLUME) {
        @Override
        Object parse(String text) {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= 0 && value <= SoundSettings.FULL_VOLUME) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(key() + " must be a whole number from 0 to 100, not '" + text + "'");
        }

        @Override
        Optional<Object> read(YamlReader yaml, Node node) {
            OptionalInt value = yaml.whole(node, key(), 0, SoundSettings.FULL_VOLUME);
            return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
        }
    },
    VOICE_NAME("voice-name", "the speech command's voice, such as en-us or Samantha", null) {
        @Override
        Object parse(String text) {
            String name = text.strip();
            if (!VoiceChoice.validName(name)) {
                throw new IllegalArgumentException(key() + " must be a voice name: letters, digits, spaces and"
                        + " + - _ . ( ) ', starting with a letter or digit, not '" + text + "'");
            }
            return name;
        }

        @Override
        Optional<Object> read(YamlReader yaml, Node node) {
            return yaml.text(node, key()).flatMap(text -> {
                try {
                    return Optional.of(parse(text));
                } catch (IllegalArgumentException e) {
                    yaml.problem(node, e.getMessage());
                    return Optional.empty();
                }
            });
        }

        @Override
        public String show(Object value) {
            return value == null ? "its own" : value.toString();
        }
    },
    VOICE_RATE("voice-rate", "words a minute the voice speaks: " + VoiceChoice.SLOWEST + " to "
            + VoiceChoice.FASTEST, null) {
        @Override
        Object parse(String text) {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= VoiceChoice.SLOWEST && value <= VoiceChoice.FASTEST) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(key() + " must be words a minute from " + VoiceChoice.SLOWEST + " to "
                    + VoiceChoice.FASTEST + ", not '" + text + "'");
        }

        @Override
        Optional<Object> read(YamlReader yaml, Node node) {
            OptionalInt value = yaml.whole(node, key(), VoiceChoice.SLOWEST, VoiceChoice.FASTEST);
            return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
        }

        @Override
        public String show(Object value) {
            return value == null ? "its own" : value.toString();
        }
    },
    FLASH("flash", "flash the live screen as each step starts and in its last seconds: true or false", false),
    /**
     * A command run after each session with the recorded session as JSON on its stdin. Text as the person wrote it:
     * how it is run (directly, or by {@code sh -c} when it holds shell syntax) is the runner's business.
     */
    HOOK_SESSION_END("hook.session-end", "a command run after each session, the recorded session as JSON on its"
            + " stdin", null) {
        @Override
        Object parse(String text) {
            if (text.isBlank()) {
                throw new IllegalArgumentException(key() + " must be a command, such as ~/bin/backup-session;"
                        + " 'backplan config unset " + key() + "' removes it");
            }
            if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException(key() + " must be one line of text, with no control characters");
            }
            return text.strip();
        }

        @Override
        Optional<Object> read(YamlReader yaml, Node node) {
            return yaml.text(node, key()).map(text -> text);
        }

        @Override
        public String show(Object value) {
            return value == null ? "none" : value.toString();
        }
    };

    private final String key;
    private final String description;
    private final Object defaultValue;

    Setting(String key, String description, Object defaultValue) {
        this.key = key;
        this.description = description;
        this.defaultValue = defaultValue;
    }

    /** The name in the file and on the command line, such as {@code sound}. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    /**
     * A value typed on the command line; throws IllegalArgumentException with a message for the person. By
     * default a setting is a flag: true or false.
     */
    Object parse(String text) {
        return trueOrFalse(key, text);
    }

    /** A value in settings.yaml; a wrong one is recorded as a problem at its position. */
    Optional<Object> read(YamlReader yaml, Node node) {
        return yaml.flag(node, key).map(b -> b);
    }

    /** The value as it is written to settings.yaml (and to {@code config --json}). */
    public Object yaml(Object value) {
        return value;
    }

    /** The values to offer, such as {@code auto tones bell off}; empty when the value is not one of a few. */
    public List<String> choices() {
        return defaultValue instanceof Boolean ? List.of("true", "false") : List.of();
    }

    /** The value as the person reads it; a null default is the speech command's own choice. */
    public String show(Object value) {
        return String.valueOf(yaml(value));
    }

    private static boolean trueOrFalse(String key, String text) {
        return OnOff.parse(text).orElseThrow(() -> new IllegalArgumentException(key + " must be " + OnOff.WORDS
                + ", not '" + text + "'"));
    }

    public static Optional<Setting> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }
}
