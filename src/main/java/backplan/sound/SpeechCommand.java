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

    /** The command line that speaks {@code phrase}. */
    public List<String> line(String phrase) {
        List<String> args = new ArrayList<>();
        args.add(executable.toString());
        if (kind == Kind.SPD_SAY) {
            args.add("--wait");
        }
        // The phrase is one argument, never parsed by a shell; a leading '-' would be read as an option.
        args.add(phrase.startsWith("-") ? phrase.replaceFirst("^-+\\s*", "") : phrase);
        return args;
    }
}
