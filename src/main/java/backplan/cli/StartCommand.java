package backplan.cli;

import backplan.app.Services;
import backplan.app.StartSession;
import backplan.sound.SoundMode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backplan start}: builds today's session and coaches it live, as plain lines, or as JSON Lines. */
@Command(name = "start", description = {
    "Run a session: one exercise per category in session order (mobility, abs, back, obliques, glutes, stretch;"
            + " one or two for back and one to three for glutes) from your plan, your picks, or the catalog's first"
            + " of each; or just the exercises you name.",
    "Keys: space pause, s or → skip, +/- 10 s, q or Esc quit (asks), Ctrl-C quit at once."})
final class StartCommand implements Callable<Integer> {

    private final Services services;

    StartCommand(Services services) {
        this.services = services;
    }

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = ExerciseIds.class,
            description = "Run just these exercises, in this order.")
    List<String> ids = List.of();

    @Option(names = "--pick", paramLabel = "CATEGORY=ID", completionCandidates = Candidates.Picks.class,
            description = "Use ID for CATEGORY (repeatable; back"
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

    @Option(names = "--sound", paramLabel = "MODE", completionCandidates = Candidates.SoundModes.class,
            description = "How cues sound: auto (tones where an audio"
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

    @Option(names = "--pain", paramLabel = "N", converter = Converters.PainRating.class,
            description = "Record how your back feels after: 0 no pain to 10 the worst imaginable.")
    Integer pain;

    @Option(names = "--pain-before", paramLabel = "N", converter = Converters.PainRating.class,
            description = "Record how your back feels before: 0 no pain to 10 the worst imaginable.")
    Integer painBefore;

    @Option(names = "--note", paramLabel = "TEXT", converter = Converters.Note.class,
            description = "A note kept with the session (one line; 'history' and 'report' show it). Without it, a"
                    + " live session asks for one at its end; Enter skips.")
    String note;

    @Option(names = "--rate", paramLabel = "ID=RATING", description = "How an exercise went: easy, fine, hard or"
            + " hurt (repeatable), for plain runs and scripts; on the live screen keys 1-4 say it. Holds grow after"
            + " sessions without hard or hurt; a hurt steps one back.")
    List<String> rates = List.of();

    @Override
    public Integer call() throws Exception {
        StartSession.View output = json ? StartSession.View.JSON
                : plain ? StartSession.View.PLAIN : StartSession.View.AUTO;
        return services.startSession().run(new StartSession.Request(ids, picks, session.settings(json),
                session.levels(), output,
                dryRun, yes, painBefore, pain, new StartSession.Preferences(sound, voice, quiet, session.leadIn,
                session.waitToStart, figure, session.tuning(), session.flash), note, rates));
    }
}
