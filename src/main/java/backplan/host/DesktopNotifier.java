package backplan.host;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shows a desktop notification through the system's own command: {@code notify-send} (libnotify) on Linux and
 * the BSDs, {@code osascript} on macOS. The text goes as arguments, never through a shell or a script's quotes.
 */
public final class DesktopNotifier {

    /** How a notification went: shown, or the one line to say instead (no notifier, or one that failed). */
    public sealed interface Outcome permits Shown, Missing, Failed {}

    /**
     * The notification was shown.
     *
     * @param via the command that showed it
     */
    public record Shown(String via) implements Outcome {}

    /** No notifier on the PATH: the text goes to stderr instead, with a word on what to install. */
    public record Missing(String hint) implements Outcome {}

    /**
     * The notifier ran but did not show it.
     *
     * @param why what the notifier said or did, in a few words
     */
    public record Failed(String via, String why) implements Outcome {}

    private final ChildProcess runner;
    private final String path;
    private final boolean mac;

    /**
     * @param runner runs the notifier within its time limit, in the invocation's environment
     * @param path   the {@code PATH} to find it on
     * @param osName the {@code os.name} property
     */
    public DesktopNotifier(ChildProcess runner, String path, String osName) {
        this.runner = runner;
        this.path = path;
        this.mac = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /** Shows {@code title} with {@code body} under it. */
    public Outcome notify(String title, String body) {
        String name = mac ? "osascript" : "notify-send";
        Optional<Path> program = Executables.find(path, name);
        if (program.isEmpty()) {
            return new Missing(mac ? "osascript not found" : "notify-send not found (it comes with libnotify:"
                    + " apt install libnotify-bin, dnf install libnotify)");
        }
        List<String> command = mac
                // AppleScript reads the text from its arguments: nothing to quote, nothing to escape
                ? List.of(program.get().toString(), "-e", "on run argv", "-e",
                        "display notification (item 2 of argv) with title (item 1 of argv)", "-e", "end run",
                        title, body)
                : List.of(program.get().toString(), "--app-name=backplan", "--", title, body);
        try {
            ChildProcess.Result r = runner.run(command);
            if (r.timedOut()) {
                return new Failed(name, "no answer within " + runner.limit());
            }
            if (r.exit() != 0) {
                String said = r.firstLine();
                return new Failed(name, "exit " + r.exit() + (said.isEmpty() ? "" : ": " + said));
            }
            return new Shown(name);
        } catch (IOException e) {
            return new Failed(name, e.getMessage() == null ? "could not be started" : e.getMessage());
        }
    }
}
