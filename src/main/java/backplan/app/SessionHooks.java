package backplan.app;

import backplan.base.UserFiles;
import backplan.catalog.InvalidFileException;
import backplan.history.HistoryEntry;
import backplan.history.HistoryJson;
import backplan.host.ChildProcess;
import backplan.host.Executables;
import backplan.text.SafeTextWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command the person set to run after each session ({@code config set hook.session-end CMD}), given the
 * recorded session as one line of JSON on its stdin, the same object the history keeps. It runs after the session
 * is recorded and its summary printed, within a time limit; whatever it does, nothing recorded changes, and a
 * failure is one line on stderr.
 *
 * <p>How the command runs follows git's rule for the commands in its config: a command with no shell syntax in it
 * (no space, quote, {@code $}, {@code |}, {@code ;}, glob, {@code ~} or the like: a program's name or path) is
 * run directly, with no shell; anything else is the person writing shell, and runs as {@code /bin/sh -c CMD}.
 * backplan never splits the words itself.
 */
public final class SessionHooks {

    /** Hooks that do nothing, for runs that have none to run. */
    public static final SessionHooks NONE = new SessionHooks(null, null, null, null);

    /** Characters that make a command shell syntax, as git has them (run-command.c, prepare_shell_cmd). */
    private static final String SHELL_SYNTAX = "|&;<>()$`\\\"' \t\n*?[#~=%";

    private final SavedSettings saved;
    private final ChildProcess runner;
    private final String path;
    private final PrintWriter err;

    /**
     * @param saved  settings.yaml, read when a session ends
     * @param runner runs the hook within its time limit, in the invocation's environment
     * @param path   the {@code PATH} a command without a slash is looked up on
     * @param err    where a failure and the hook's own output are shown
     */
    public SessionHooks(SavedSettings saved, ChildProcess runner, String path, PrintWriter err) {
        this.saved = saved;
        this.runner = runner;
        this.path = path;
        this.err = err;
    }

    /** Runs {@code hook.session-end}, if set, with {@code entry} (as recorded, with its id) on its stdin. */
    public void sessionEnded(HistoryEntry entry) {
        Optional<String> command = command();
        if (command.isEmpty()) {
            return;
        }
        byte[] json = (HistoryJson.toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        run(command.get(), json);
    }

    private Optional<String> command() {
        if (saved == null) {
            return Optional.empty();
        }
        try {
            return saved.load().sessionEndHook();
        } catch (InvalidFileException e) {
            return Optional.empty(); // the session already ran with these settings: they were read before
        }
    }

    private void run(String command, byte[] input) {
        String named = "the session-end hook (" + command + ")";
        List<String> argv;
        if (shellSyntax(command)) {
            argv = List.of("/bin/sh", "-c", command);
        } else {
            Optional<Path> program = Executables.find(path, command);
            if (program.isEmpty()) {
                say("backplan: " + named + " was not found; the session is recorded all the same");
                return;
            }
            argv = List.of(program.get().toString());
        }
        ChildProcess.Result r;
        try {
            r = runner.run(argv, input);
        } catch (IOException e) {
            say("backplan: " + named + " could not be started (" + UserFiles.reason(e)
                    + "); the session is recorded all the same");
            return;
        }
        r.output().lines().forEach(l -> err.println(SafeTextWriter.neutral(l)));
        if (r.timedOut()) {
            say("backplan: " + named + " did not finish within " + runner.limit()
                    + " and was stopped; the session is recorded all the same");
        } else if (r.exit() != 0) {
            say("backplan: " + named + " failed (exit " + r.exit() + "); the session is recorded all the same");
        }
        err.flush();
    }

    private void say(String line) {
        err.println(SafeTextWriter.neutral(line));
        err.flush();
    }

    /** Whether the command holds shell syntax (and so is the person's shell command), by git's rule. */
    static boolean shellSyntax(String command) {
        return command.chars().anyMatch(c -> SHELL_SYNTAX.indexOf(c) >= 0);
    }
}
