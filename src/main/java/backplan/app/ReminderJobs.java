package backplan.app;

import backplan.host.ReminderJob;
import java.util.List;
import java.util.Map;

/**
 * What a reminder timer must run to reach the same data as this run. Kept apart from {@link Services} so that
 * no other command loads what only {@code remind install} needs.
 */
final class ReminderJobs {

    private ReminderJobs() {}

    /**
     * What a timer runs to reach this run's data: the launcher (named by the launcher itself in the
     * {@code backplan.launcher} property; else this JVM and jar), the global options that name files, and the
     * variables that say where the data is and which Java runs it, each made absolute.
     */
    static ReminderJob.Parts parts(Map<String, String> vars, Environment.GlobalOptions o) {
        List<String> command = new java.util.ArrayList<>(launcher());
        if (o.dataDir() != null) {
            command.addAll(List.of("--data-dir", o.dataDir().toAbsolutePath().toString()));
        }
        if (o.catalog() != null) {
            command.addAll(List.of("--catalog", o.catalog().toAbsolutePath().toString()));
        }
        Map<String, String> carried = new java.util.LinkedHashMap<>();
        for (String name : List.of("BACKPLAN_DATA_DIR", "BACKPLAN_CATALOG", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                "XDG_CACHE_HOME", "JAVA_HOME")) {
            String v = vars.get(name);
            if (v != null && !v.isBlank() && (name.startsWith("BACKPLAN_") || java.nio.file.Path.of(v).isAbsolute())) {
                carried.put(name, java.nio.file.Path.of(v).toAbsolutePath().toString());
            }
        }
        Map<String, String> cron = new java.util.LinkedHashMap<>(carried);
        for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")) {
            String v = vars.get(name);
            if (v != null && !v.isBlank()) {
                cron.put(name, v);
            }
        }
        return new ReminderJob.Parts(command, carried, cron);
    }

    private static List<String> launcher() {
        String named = System.getProperty("backplan.launcher");
        if (named != null && !named.isBlank()) {
            return List.of(java.nio.file.Path.of(named).toAbsolutePath().normalize().toString());
        }
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(ReminderJobs.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(jar)) {
                return List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        jar.toAbsolutePath().toString());
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // not from a jar: said below
        }
        throw new UsageException("remind install needs backplan started by its launcher (bin/backplan), so the"
                + " timer can start it the same way");
    }

    /** {@code $XDG_CONFIG_HOME} when set to an absolute path, else {@code ~/.config}: where systemd looks. */
    static java.nio.file.Path userConfigHome(Map<String, String> vars) {
        String xdg = vars.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && java.nio.file.Path.of(xdg).isAbsolute()) {
            return java.nio.file.Path.of(xdg);
        }
        String home = vars.get("HOME");
        return java.nio.file.Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"),
                ".config");
    }

}
