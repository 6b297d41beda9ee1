package backplan.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reminders as lines of the user's crontab, where there is no user systemd. Each line backplan adds ends in
 * {@link #MARK}, so that uninstalling removes exactly those lines and leaves every other line as it was.
 */
public final class CronTable {

    /** The end of every line backplan adds: a shell comment, so cron's shell ignores it. */
    static final String MARK = "# backplan-reminder";
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}) (\\d{1,2}) \\* \\* \\* ");

    private final ChildProcess runner;
    private final String path;

    /**
     * @param runner runs {@code crontab} within its time limit
     * @param path   the {@code PATH} to find {@code crontab} on
     */
    public CronTable(ChildProcess runner, String path) {
        this.runner = runner;
        this.path = path;
    }

    public boolean available() {
        return Executables.find(path, "crontab").isPresent();
    }

    /** backplan's lines in the crontab now. */
    public List<String> installed() throws IOException {
        return read().stream().filter(CronTable::ours).toList();
    }

    /** The time of day one of our lines fires at. */
    public static Optional<LocalTime> time(String line) {
        Matcher m = TIME.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a line is the second reminder's. */
    public static boolean second(String line) {
        return line.contains(" '--again' ");
    }

    /**
     * Puts {@code job}'s lines in the crontab in place of any backplan had there; every other line stays.
     *
     * @return the lines added
     */
    public List<String> install(ReminderJob job) throws IOException {
        job.check();
        List<String> lines = new ArrayList<>(read().stream().filter(l -> !ours(l)).toList());
        List<String> added = new ArrayList<>();
        added.add(line(job.at(), job.first(), job.env()));
        if (job.again() != null) {
            added.add(line(job.again(), job.second(), job.env()));
        }
        lines.addAll(added);
        write(lines);
        return added;
    }

    /**
     * Removes backplan's lines; a crontab left with nothing in it is removed, as it was before (most likely).
     *
     * @return the lines removed
     */
    public List<String> uninstall() throws IOException {
        List<String> all = read();
        List<String> ours = all.stream().filter(CronTable::ours).toList();
        if (ours.isEmpty()) {
            return ours;
        }
        List<String> rest = all.stream().filter(l -> !ours(l)).toList();
        if (rest.stream().allMatch(String::isBlank)) {
            crontab(null, "-r");
        } else {
            write(rest);
        }
        return ours;
    }

    private static boolean ours(String line) {
        return line.endsWith(" " + MARK);
    }

    private List<String> read() throws IOException {
        ChildProcess.Result r = run(null, "-l");
        if (r.timedOut()) {
            throw new IOException("'crontab -l' did not answer within " + runner.limit());
        }
        if (r.exit() != 0) {
            if (r.output().toLowerCase(java.util.Locale.ROOT).contains("no crontab")) {
                return List.of(); // none yet
            }
            throw new IOException("'crontab -l' failed (exit " + r.exit() + ": " + r.firstLine() + ")");
        }
        return r.output().lines().toList();
    }

    private void write(List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        crontab(sb.toString().getBytes(StandardCharsets.UTF_8), "-");
    }

    private void crontab(byte[] input, String arg) throws IOException {
        ChildProcess.Result r = run(input, arg);
        if (!r.ok()) {
            throw new IOException("'crontab " + arg + "' " + (r.timedOut() ? "did not answer within "
                    + runner.limit() : "failed (exit " + r.exit() + ": " + r.firstLine() + ")"));
        }
    }

    private ChildProcess.Result run(byte[] input, String arg) throws IOException {
        Path crontab = Executables.find(path, "crontab").orElseThrow(() -> new IOException("crontab not found"));
        return runner.run(List.of(crontab.toString(), arg), input);
    }

    /** One crontab line: every day at {@code at}, the words run by cron's shell with {@code env} set. */
    static String line(LocalTime at, List<String> words, Map<String, String> env) {
        StringBuilder sb = new StringBuilder().append(at.getMinute()).append(' ').append(at.getHour())
                .append(" * * * ");
        env.forEach((k, v) -> sb.append(k).append('=').append(quoted(v)).append(' '));
        for (String w : words) {
            sb.append(quoted(w)).append(' ');
        }
        return sb.append(MARK).toString();
    }

    /**
     * One word for cron's shell: in single quotes (inside which sh takes every character as it is, but the quote,
     * written {@code '\''}), and with {@code %} escaped for cron, which turns a bare one into a line break.
     */
    static String quoted(String word) {
        return ("'" + word.replace("'", "'\\''") + "'").replace("%", "\\%");
    }
}
