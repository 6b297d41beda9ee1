package backplan.cli;

import backplan.app.UsageException;
import backplan.session.SessionSettings;
import backplan.session.Tempo;
import backplan.sound.SoundSettings;
import backplan.sound.VoiceChoice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that shape a session's timing and how it sounds, shared through a mixin. */
final class SessionOptions {

    @Option(names = "--sets", paramLabel = "N", description = "Sets per exercise (1-10).")
    Integer sets;

    @Option(names = "--work", paramLabel = "DURATION", converter = Converters.Duration.class,
            description = "Work time per set, e.g. 45, 45s, 1m30s (default: the prescription, at the length"
                    + " your sessions earned: a range such as 30-60 s starts at its low end).")
    Integer work;

    @Option(names = "--rest", paramLabel = "DURATION", converter = Converters.Duration.class,
            description = "Rest between sets (default: the prescription's, usually 15 s).")
    Integer rest;

    @Option(names = "--rest-between", paramLabel = "DURATION", converter = Converters.Duration.class,
            defaultValue = "30", description = "Rest between exercises (default: ${DEFAULT-VALUE} s).")
    int restBetween;

    @Option(names = "--lead-in", paramLabel = "DURATION", converter = Converters.Duration.class,
            description = "Time to get into position before each exercise (default: the saved setting, else 10 s).")
    Integer leadIn;

    @Option(names = "--switch", paramLabel = "DURATION", converter = Converters.Duration.class, defaultValue = "5",
            description = "Pause to switch sides (default: ${DEFAULT-VALUE} s).")
    int switchPause;

    @Option(names = "--level", paramLabel = "N|ID=N", converter = Converters.Level.class,
            description = "Level for an exercise that has levels (Oblique Knee Drop: 1 or 2); exercises start at"
                    + " their first level. With several such exercises in the session, name one: ID=N"
                    + " (repeatable).")
    List<Converters.LevelChoice> levels = List.of();

    @Option(names = "--wait", negatable = true, description = "Before each exercise, wait for space or Enter"
            + " instead of a timed get-ready (--no-wait: the timed one, whatever is saved).")
    Boolean waitToStart;

    @Option(names = "--reps", description = "Count reps where an exercise offers them (3 × 10 reps, not 3 × 30 s).")
    boolean byReps;

    @Option(names = "--reps-manual", description = "End each reps set with Enter instead of a paced count.")
    boolean repsManual;

    @Option(names = "--tempo", paramLabel = "OUT/BACK", defaultValue = "2/2", converter = Converters.TempoValue.class,
            description = "Seconds out and back for paced reps (default: ${DEFAULT-VALUE}).")
    Tempo tempo;

    @Option(names = "--volume", paramLabel = "0-100", description = "The tones' loudness, 0 to 100 (default: the"
            + " saved setting, else 100).")
    Integer volume;

    @Option(names = "--voice-name", paramLabel = "NAME", description = "The voice the speech command speaks in,"
            + " such as en-us or en+f3 for espeak-ng, Samantha for say (default: the saved setting, else its own).")
    String voiceName;

    @Option(names = "--voice-rate", paramLabel = "WPM", description = "How fast the voice speaks, in words a"
            + " minute (80-450; default: the saved setting, else the command's own, about 175).")
    Integer voiceRate;

    @Option(names = "--flash", negatable = true, description = "Flash the live screen as each step starts and in"
            + " its last three seconds, for a room where sound is off (default: the saved setting, else off).")
    Boolean flash;

    /** The settings these options ask for, checked; the plan's week is applied later. */
    SessionSettings settings(boolean json) {
        if (sets != null && (sets < 1 || sets > 10)) {
            throw new UsageException("--sets must be between 1 and 10, not " + sets);
        }
        if (work != null && work < 1) {
            throw new UsageException("--work must be at least 1 s");
        }
        if (repsManual && json) {
            throw new UsageException("--reps-manual waits for Enter; it does not go with --json");
        }
        if (Boolean.TRUE.equals(waitToStart) && json) {
            throw new UsageException("--wait waits for Enter; it does not go with --json");
        }
        return SessionSettings.DEFAULTS.withSets(sets).withWork(work).withRest(rest)
                .withSwitchPause(switchPause).withRestBetween(restBetween)
                .withReps(byReps).withRepsManual(repsManual).withTempo(tempo);
    }

    /** What the command line says of the tones' volume and the voice; null where it says nothing. */
    SoundSettings.Tuning tuning() {
        if (volume != null && (volume < 0 || volume > SoundSettings.FULL_VOLUME)) {
            throw new UsageException("--volume must be from 0 to 100, not " + volume);
        }
        if (voiceName != null && !VoiceChoice.validName(voiceName.strip())) {
            throw new UsageException("--voice-name must be a voice name: letters, digits, spaces and + - _ . ( ) ',"
                    + " starting with a letter or digit, not '" + voiceName + "'");
        }
        if (voiceRate != null && (voiceRate < VoiceChoice.SLOWEST || voiceRate > VoiceChoice.FASTEST)) {
            throw new UsageException("--voice-rate must be words a minute from " + VoiceChoice.SLOWEST + " to "
                    + VoiceChoice.FASTEST + ", not " + voiceRate);
        }
        return new SoundSettings.Tuning(volume, voiceName == null ? null : voiceName.strip(), voiceRate);
    }

    /** {@code --level} by exercise id; the key "" holds a level given without an id. */
    Map<String, Integer> levels() {
        return byExercise(levels);
    }

    /** Levels by exercise id, each id once. */
    static Map<String, Integer> byExercise(List<Converters.LevelChoice> choices) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Converters.LevelChoice c : choices) {
            if (out.put(c.id(), c.level()) != null) {
                throw new UsageException("--level " + (c.id().isEmpty() ? "" : c.id() + "=") + "is given twice");
            }
        }
        return out;
    }
}
