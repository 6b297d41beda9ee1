package backplan.cli;

import backplan.app.StartSession;
import backplan.app.UsageException;
import backplan.sound.SoundMode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan start}: builds today's session and coaches it live, as plain lines, or as JSON Lines. */
@Command(name = "start", description = {
    "Run a session: one exercise per category in session order (mobility, abs, back, obliques, glutes, stretch;"
            + " one or two for back and one to three for glutes) from your plan, your picks, or the catalog's first"
            + " of each; or just the exercises you name.",
    "Keys: space pause, s or → skip, +/- 10 s, q or Esc quit (asks), Ctrl-C quit at once."})
final class StartCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = ExerciseIds.class,
            description = "Run just these exercises, in this order.")
    List<String> ids = List.of();

    @Option(names = "--pick", paramLabel = "CATEGORY=ID", description = "Use ID for CATEGORY (repeatable; back"
            + " twice and glutes up to three times). A category's picks replace the plan's for it.")
    List<String> picks = List.of();

    @Mixin
    SessionOptions session;

    @Option(names = "--plain", description = "One line per event, no live screen (automatic when not a terminal).")
    boolean plain;

    @Option(names = "--json", description = "Events as JSON Lines; with --dry-run, the session as one document.")
    boolean json;

    @Option(names = "--dry-run", description = "Print the session, step by step, and exit.")
    boolean dryRun;

    @Option(names = "--sound", paramLabel = "MODE", description = "How cues sound: auto (tones where an audio"
            + " device opens, else the terminal bell), tones, bell or off (default: the saved setting, else auto).")
    SoundMode sound;

    @Option(names = "--voice", negatable = true, description = "Speak the cues through the system's speech command"
            + " (espeak-ng, espeak, spd-say or say); --no-voice: not, whatever is saved.")
    Boolean voice;

    @Option(names = {"-q", "--quiet"}, description = "No sound at all (the same as --sound off).")
    boolean quiet;

    @Option(names = "--figure", negatable = true, description = "The exercise's moving figure beside the"
            + " countdown, where there is room (default: the saved setting, else on).")
    Boolean figure;

    @Option(names = {"-y", "--yes"}, description = "Acknowledge the safety note (for scripts).")
    boolean yes;

    @Option(names = "--pain", paramLabel = "N", description = "Record how your back feels after (0-10).")
    Integer pain;

    @Option(names = "--pain-before", paramLabel = "N", description = "Record how your back feels before (0-10).")
    Integer painBefore;

    @Override
    public Integer call() throws Exception {
        Integer after = checkPain(pain, "--pain");
        Integer before = checkPain(painBefore, "--pain-before");
        StartSession.Output output = json ? StartSession.Output.JSON
                : plain ? StartSession.Output.PLAIN : StartSession.Output.AUTO;
        return new StartSession(app.env()).run(new StartSession.Request(ids, picks, session.settings(json),
                session.levels(), output,
                dryRun, yes, before, after, new StartSession.Preferences(sound, voice, quiet, session.leadIn,
                session.waitToStart, figure, session.tuning(), session.flash)));
    }

    private static Integer checkPain(Integer value, String option) {
        if (value != null && (value < 0 || value > 10)) {
            throw new UsageException(option + " must be between 0 and 10, not " + value);
        }
        return value;
    }
}
