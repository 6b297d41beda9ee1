package backplan.cli;

import backplan.app.UsageException;
import backplan.session.SessionSettings;
import backplan.session.Tempo;
import picocli.CommandLine.Option;

/** The options that shape a session's timing, shared through a mixin. */
final class SessionOptions {

    @Option(names = "--sets", paramLabel = "N", description = "Sets per exercise (1-10).")
    Integer sets;

    @Option(names = "--work", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Work time per set, e.g. 45, 45s, 1m30s (default: the prescription; a range such as"
                    + " 30-60 s follows the plan's week, else starts at its low end).")
    Integer work;

    @Option(names = "--rest", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Rest between sets (default: the prescription's, usually 15 s).")
    Integer rest;

    @Option(names = "--rest-between", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "30", description = "Rest between exercises (default: ${DEFAULT-VALUE} s).")
    int restBetween;

    @Option(names = "--lead-in", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5",
            description = "Get-ready time before the first exercise (default: ${DEFAULT-VALUE} s).")
    int leadIn;

    @Option(names = "--switch", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5",
            description = "Pause to switch sides (default: ${DEFAULT-VALUE} s).")
    int switchPause;

    @Option(names = "--level", paramLabel = "N",
            description = "Level for exercises that have levels (Oblique Knee Drop: 1 or 2).")
    Integer level;

    @Option(names = "--reps", description = "Count reps where an exercise offers them (3 × 10 reps, not 3 × 30 s).")
    boolean byReps;

    @Option(names = "--reps-manual", description = "End each reps set with Enter instead of a paced count.")
    boolean repsManual;

    @Option(names = "--tempo", paramLabel = "OUT/BACK", defaultValue = "2/2",
            description = "Seconds out and back for paced reps (default: ${DEFAULT-VALUE}).")
    String tempo;

    /** The settings these options ask for, checked; the plan's week is applied later. */
    SessionSettings settings(boolean json) {
        if (sets != null && (sets < 1 || sets > 10)) {
            throw new UsageException("--sets must be between 1 and 10, not " + sets);
        }
        if (work != null && work < 1) {
            throw new UsageException("--work must be at least 1 s");
        }
        if (level != null && (level < 1 || level > 9)) {
            throw new UsageException("--level must be between 1 and 9, not " + level);
        }
        if (repsManual && json) {
            throw new UsageException("--reps-manual waits for Enter; it does not go with --json");
        }
        return SessionSettings.DEFAULTS.withSets(sets).withWork(work).withRest(rest).withLeadIn(leadIn)
                .withSwitchPause(switchPause).withRestBetween(restBetween).withLevel(level == null ? 0 : level)
                .withReps(byReps).withRepsManual(repsManual).withTempo(tempo());
    }

    private Tempo tempo() {
        String[] parts = tempo.split("/");
        try {
            if (parts.length == 2) {
                int out = Integer.parseInt(parts[0].strip());
                int back = Integer.parseInt(parts[1].strip());
                if (out >= 1 && back >= 1 && out <= 30 && back <= 30) {
                    return new Tempo(out, back);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--tempo must be OUT/BACK in whole seconds (1-30), such as 2/2, not '" + tempo + "'");
    }
}
