package backplan.host;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a reminder timer runs and when: the command that runs {@code backplan remind} (the launcher's absolute
 * path and the options that say where the data is), the variables it needs set, and the times of day.
 *
 * @param command the words before {@code remind}: the launcher and any global options
 * @param env     variables to set for it (where the data is, which Java), in order
 * @param again   the time of the second reminder, or null for none
 */
public record ReminderJob(List<String> command, Map<String, String> env, LocalTime at, LocalTime again) {

    public ReminderJob {
        command = List.copyOf(command);
        env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
    }

    /**
     * What a timer needs to reach the same data as this run, before the times are chosen.
     *
     * @param command the launcher's absolute path and the global options that say where the data is
     * @param env     the variables that say where the data is and which Java runs it
     * @param cronEnv the same and, for cron (which has no desktop session of its own), the variables a
     *                notifier needs to reach the desktop
     */
    public record Parts(List<String> command, Map<String, String> env, Map<String, String> cronEnv) {}

    /** The first run's words: {@code … remind}. */
    public List<String> first() {
        List<String> words = new ArrayList<>(command);
        words.add("remind");
        return words;
    }

    /** The second run's words: {@code … remind --again}. */
    public List<String> second() {
        List<String> words = first();
        words.add("--again");
        return words;
    }

    /** Refuses words no unit file or crontab line can hold: a line break or another control character. */
    public void check() {
        List<String> all = new ArrayList<>(command);
        env.forEach((k, v) -> {
            all.add(k);
            all.add(v);
        });
        for (String w : all) {
            if (w.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException("a control character in '" + w.replaceAll("\\p{Cntrl}", "?")
                        + "' cannot go into a timer's command");
            }
        }
    }
}
