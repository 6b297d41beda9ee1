package backplan.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reminders as systemd user timers: a service and a timer for the first reminder, another pair for the second,
 * written to the user's unit directory ({@code $XDG_CONFIG_HOME/systemd/user}) with a first line that marks them
 * as backplan's, and enabled with {@code systemctl --user}. Only files that carry the mark are ever replaced or
 * removed.
 */
public final class SystemdTimer {

    /** The first line of every unit backplan writes: how a later run knows the file is its own. */
    static final String MARK = "# Made by 'backplan remind install'; 'backplan remind uninstall' removes it.";
    public static final String FIRST = "backplan-reminder";
    public static final String SECOND = "backplan-reminder-again";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Path unitDir;
    private final ChildProcess runner;
    private final String path;

    /**
     * @param unitDir the user's unit directory
     * @param runner  runs {@code systemctl} within its time limit
     * @param path    the {@code PATH} to find {@code systemctl} on
     */
    public SystemdTimer(Path unitDir, ChildProcess runner, String path) {
        this.unitDir = unitDir;
        this.runner = runner;
        this.path = path;
    }

    public Path unitDir() {
        return unitDir;
    }

    /** Whether a user service manager answers: {@code systemctl --user is-system-running} says it is up. */
    public boolean available() {
        Optional<Path> systemctl = Executables.find(path, "systemctl");
        if (systemctl.isEmpty()) {
            return false;
        }
        try {
            ChildProcess.Result r = runner.run(List.of(systemctl.get().toString(), "--user", "is-system-running"));
            // degraded: a unit of the user's failed, timers still run; starting: the session is coming up
            return !r.timedOut() && List.of("running", "degraded", "starting", "initializing")
                    .contains(r.firstLine());
        } catch (IOException e) {
            return false;
        }
    }

    /** The unit files backplan made that are there now. */
    public List<Path> installed() throws IOException {
        List<Path> ours = new ArrayList<>();
        for (String unit : units()) {
            Path file = unitDir.resolve(unit);
            if (ours(file)) {
                ours.add(file);
            }
        }
        return ours;
    }

    /**
     * Writes the units for {@code job} (a second pair only with a second time) and enables their timers. A file of
     * the same name that backplan did not write is left alone and refused.
     *
     * @return the files written
     */
    public List<Path> install(ReminderJob job) throws IOException {
        job.check();
        for (String unit : units()) {
            Path file = unitDir.resolve(unit);
            if (Files.exists(file) && !ours(file)) {
                throw new IOException(file + " exists and was not made by backplan: move it away first");
            }
        }
        Files.createDirectories(unitDir);
        List<Path> written = new ArrayList<>();
        written.add(write(FIRST + ".service", service(job.first(), job.env(), "a desktop notification when a back"
                + " session is due")));
        written.add(write(FIRST + ".timer", timer(job.at(), "remind at " + job.at().format(HH_MM) + " when a back"
                + " session is due")));
        if (job.again() != null) {
            written.add(write(SECOND + ".service", service(job.second(), job.env(), "the second reminder, when no"
                    + " session was recorded since the first")));
            written.add(write(SECOND + ".timer", timer(job.again(), "remind again at " + job.again().format(HH_MM)
                    + " when no session was recorded since the first")));
        }
        systemctl("daemon-reload");
        List<String> enable = new ArrayList<>(List.of("enable", "--now", FIRST + ".timer"));
        if (job.again() != null) {
            enable.add(SECOND + ".timer");
        }
        systemctl(enable.toArray(String[]::new));
        return written;
    }

    /**
     * Stops and disables backplan's timers and removes its unit files.
     *
     * @return the files removed
     */
    public List<Path> uninstall() throws IOException {
        List<Path> ours = installed();
        if (ours.isEmpty()) {
            return ours;
        }
        List<String> timers = new ArrayList<>(List.of("disable", "--now"));
        ours.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".timer")).forEach(timers::add);
        IOException failed = null;
        if (timers.size() > 2) {
            try {
                systemctl(timers.toArray(String[]::new));
            } catch (IOException e) {
                failed = e; // the files go all the same: without them the timers cannot come back
            }
        }
        for (Path p : ours) {
            Files.deleteIfExists(p);
        }
        try {
            systemctl("daemon-reload");
        } catch (IOException e) {
            failed = failed == null ? e : failed;
        }
        if (failed != null) {
            throw new IOException("removed " + ours.size() + " unit files, but " + failed.getMessage(), failed);
        }
        return ours;
    }

    /** When a timer fires next, as systemd says it ({@code Fri 2026-12-04 18:00:00 CET}), or empty. */
    public Optional<String> next(String timer) {
        try {
            ChildProcess.Result r = systemctlResult("show", timer, "--property=NextElapseUSecRealtime", "--value");
            String next = r.firstLine();
            return r.ok() && !next.isEmpty() && !next.equals("n/a") ? Optional.of(next) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The time of day a unit file of ours fires at, read back from its {@code OnCalendar=} line. */
    public Optional<LocalTime> time(String timer) throws IOException {
        Path file = unitDir.resolve(timer);
        if (!ours(file)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("OnCalendar=*-*-* ")) {
                try {
                    return Optional.of(LocalTime.parse(line.substring("OnCalendar=*-*-* ".length()).strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> units() {
        return List.of(FIRST + ".service", FIRST + ".timer", SECOND + ".service", SECOND + ".timer");
    }

    private static boolean ours(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(MARK::equals).orElse(false);
        } catch (java.io.UncheckedIOException e) {
            return false; // not text: not ours
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = unitDir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void systemctl(String... args) throws IOException {
        ChildProcess.Result r = systemctlResult(args);
        if (!r.ok()) {
            String said = r.firstLine();
            throw new IOException("'systemctl --user " + String.join(" ", args) + "' " + (r.timedOut()
                    ? "did not answer within " + runner.limit()
                    : "failed (exit " + r.exit() + (said.isEmpty() ? ")" : ": " + said + ")")));
        }
    }

    private ChildProcess.Result systemctlResult(String... args) throws IOException {
        Path systemctl = Executables.find(path, "systemctl").orElseThrow(() -> new IOException("systemctl not found"));
        List<String> command = new ArrayList<>(List.of(systemctl.toString(), "--user"));
        command.addAll(List.of(args));
        return runner.run(command);
    }

    /** A oneshot service that runs {@code words} with {@code env} set. */
    static String service(List<String> words, Map<String, String> env, String description) {
        StringBuilder sb = new StringBuilder(MARK).append('\n')
                .append("[Unit]\n")
                .append("Description=backplan: ").append(specifiers(description)).append('\n')
                .append('\n')
                .append("[Service]\n")
                .append("Type=oneshot\n");
        env.forEach((k, v) -> sb.append("Environment=").append(quoted(k + "=" + v, false)).append('\n'));
        sb.append("ExecStart=");
        for (int i = 0; i < words.size(); i++) {
            // the program's path is taken as it is; its arguments go through variable expansion
            sb.append(i == 0 ? "" : " ").append(quoted(words.get(i), i > 0));
        }
        return sb.append('\n').append("TimeoutStartSec=2min\n").toString();
    }

    /** A timer that starts its service every day at {@code at}, local time. */
    static String timer(LocalTime at, String description) {
        return MARK + "\n"
                + "[Unit]\n"
                + "Description=backplan: " + specifiers(description) + "\n"
                + "\n"
                + "[Timer]\n"
                + "OnCalendar=*-*-* " + at.format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)) + "\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=timers.target\n";
    }

    /**
     * One word as systemd reads it in {@code ExecStart=} or {@code Environment=} (systemd.service(5),
     * systemd.syntax(7)): in double quotes, with backslash and quote escaped C-style, {@code %} doubled (a
     * specifier otherwise), and in a command's arguments {@code $} doubled (a variable otherwise; the program's
     * path and {@code Environment=} expand none).
     */
    static String quoted(String word, boolean expanded) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '%' -> sb.append("%%");
                case '$' -> sb.append(expanded ? "$$" : "$");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String specifiers(String text) {
        return text.replace("%", "%%");
    }
}
