package backplan.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Fake system commands in a folder of their own, to put first on a test's {@code PATH}: each logs every call, one
 * line per call with each argument in brackets, to one shared log, and answers as a test needs.
 */
public final class FakeCommands {

    private final Path bin;
    private final Path log;

    public FakeCommands(Path dir) throws IOException {
        this.bin = Files.createDirectories(dir.resolve("fake-bin"));
        this.log = dir.resolve("fake-calls.log");
    }

    /** The PATH with the fakes first, then the system's own folders (for sh, sleep, cat). */
    public String path() {
        return bin + ":/usr/bin:/bin";
    }

    public Path bin() {
        return bin;
    }

    /** Adds a fake: {@code body} is sh run after the call was logged, with the arguments in "$@". */
    public Path add(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n"
                + "{ printf '%s' '" + name + "'; for a in \"$@\"; do printf ' [%s]' \"$a\"; done; echo; } >> '" + log + "'\n"
                + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** A notify-send that shows nothing and succeeds. */
    public FakeCommands notifySend() throws IOException {
        add("notify-send", "exit 0");
        return this;
    }

    /**
     * A systemctl whose user manager is running: {@code show … --value} gives a fixed next time, everything else
     * succeeds.
     */
    public FakeCommands systemctl() throws IOException {
        add("systemctl", """
                case "$*" in
                  *is-system-running*) echo running ;;
                  *NextElapseUSecRealtime*) echo 'Tue 2026-11-24 18:00:00 CET' ;;
                esac
                exit 0""");
        return this;
    }

    /** A crontab kept in a file beside the fakes, as {@code crontab -l}, {@code -} and {@code -r} use it. */
    public FakeCommands crontab() throws IOException {
        Path table = bin.resolveSibling("crontab.txt");
        add("crontab", """
                case "$1" in
                  -l) if [ -f '%1$s' ]; then cat '%1$s'; else echo 'no crontab for you' >&2; exit 1; fi ;;
                  -) cat > '%1$s' ;;
                  -r) rm -f '%1$s' ;;
                esac""".formatted(table));
        return this;
    }

    /** The crontab's file, as the fake keeps it. */
    public Path crontabFile() {
        return bin.resolveSibling("crontab.txt");
    }

    /** Every call so far, one line each: {@code notify-send [--app-name=backplan] [--] [Back session due] …}. */
    public List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    public List<String> calls(String name) throws IOException {
        return calls().stream().filter(l -> l.startsWith(name + " ") || l.equals(name)).toList();
    }
}
