package backplan.sound;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The system's speech command, found on the {@code PATH}, and how to make it say one phrase and exit when done
 * (so that ending the process ends the speech).
 *
 * <p>A phrase is data (a catalog's names and cues), so it goes where no command reads it as an option: after
 * {@code --} for the commands that parse their options with getopt (espeak-ng, espeak, spd-say), and on standard
 * input for macOS {@code say}, whose manual promises no {@code --} but reads its text from {@code -f -}.
 */
public record SpeechCommand(Path executable, Kind kind) {

    /** The speech commands backplan knows, each with its own way of being asked. */
    public enum Kind {
        ESPEAK_NG("espeak-ng"),
        ESPEAK("espeak"),
        /** Speech Dispatcher's client: {@code --wait} keeps it alive while the daemon speaks. */
        SPD_SAY("spd-say"),
        /** macOS. */
        SAY("say");

        private final String command;

        Kind(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }
    }

    /**
     * How to run the command for one phrase.
     *
     * @param arguments the command line, the executable first; never parsed by a shell
     * @param input     what to write to the command's standard input, or null for none
     */
    public record Invocation(List<String> arguments, String input) {

        public Invocation {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The first speech command on {@code path} ({@code PATH}'s value): on macOS {@code say} first, elsewhere
     * espeak-ng, espeak, then spd-say (whose speech belongs to a daemon, so a stale phrase cannot always be cut).
     */
    public static Optional<SpeechCommand> find(String path, String osName) {
        boolean mac = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac");
        List<Kind> order = mac ? List.of(Kind.SAY, Kind.ESPEAK_NG, Kind.ESPEAK, Kind.SPD_SAY)
                : List.of(Kind.ESPEAK_NG, Kind.ESPEAK, Kind.SPD_SAY, Kind.SAY);
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (Kind kind : order) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue; // an empty entry means the working directory: never run a command from there
                }
                Path candidate = Path.of(dir, kind.command());
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new SpeechCommand(candidate, kind));
                }
            }
        }
        return Optional.empty();
    }

    /** The command line that speaks {@code phrase} in the command's own voice and pace. */
    public List<String> line(String phrase) {
        return invocation(phrase, VoiceChoice.DEFAULT).arguments();
    }

    /**
     * How to speak {@code phrase} with the voice and pace chosen: espeak's {@code -v}/{@code -s}, say's
     * {@code -v}/{@code -r}, spd-say's {@code -y}/{@code -r} (its rate is relative, -100 to 100).
     */
    public Invocation invocation(String phrase, VoiceChoice voice) {
        String text = phrase.replaceAll("\\s+", " ").strip(); // one line: say reads a terminal's input line by line
        List<String> args = new ArrayList<>();
        args.add(executable.toString());
        switch (kind) {
            case ESPEAK_NG, ESPEAK -> {
                option(args, "-v", voice.name());
                option(args, "-s", voice.rate());
            }
            case SPD_SAY -> {
                args.add("--wait");
                option(args, "-y", voice.name());
                option(args, "-r", voice.rate() == null ? null : relativeRate(voice.rate()));
            }
            case SAY -> {
                option(args, "-v", voice.name());
                option(args, "-r", voice.rate());
                args.addAll(List.of("-f", "-"));
                return new Invocation(args, text);
            }
        }
        args.add("--"); // whatever the phrase begins with, it is text from here on
        args.add(text);
        return new Invocation(args, null);
    }

    private static void option(List<String> args, String option, Object value) {
        if (value != null) {
            args.add(option);
            args.add(value.toString());
        }
    }

    /** spd-say's rate, from -100 to 100 around its normal pace: words a minute as a share more or less than 175. */
    static int relativeRate(int wordsPerMinute) {
        int relative = (int) Math.round((wordsPerMinute - VoiceChoice.NORMAL_RATE) * 100.0 / VoiceChoice.NORMAL_RATE);
        return Math.max(-100, Math.min(100, relative));
    }
}
