package backplan.base;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where backplan keeps its files, following the XDG base directories; {@code --data-dir} or
 * {@code BACKPLAN_DATA_DIR} puts everything in one folder, for scripts and tests. An environment variable set to
 * nothing (or blanks) counts as unset, as the XDG spec says of its own; an empty {@code --data-dir} never gets
 * here, the command line refuses it.
 */
public record Locations(Path config, Path data, Path cache) {

    public static Locations from(Map<String, String> env, Path dataDirOption) {
        Path single = dataDirOption != null ? dataDirOption
                : Optional.ofNullable(blankToNull(env.get("BACKPLAN_DATA_DIR"))).map(Path::of).orElse(null);
        if (single != null) {
            return new Locations(single, single, single.resolve("cache"));
        }
        Path home = Path.of(Optional.ofNullable(blankToNull(env.get("HOME"))).orElse(System.getProperty("user.home")));
        return new Locations(
                xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("backplan"),
                xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("backplan"),
                xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("backplan"));
    }

    public Path userCatalog() {
        return config.resolve("exercises.yaml");
    }

    public Path plan() {
        return config.resolve("plan.yaml");
    }

    public Path history() {
        return data.resolve("history.jsonl");
    }

    public Path settings() {
        return config.resolve("settings.yaml");
    }

    /** What the person said after pain went up in a session (program.CheckInFile). */
    public Path checkIns() {
        return data.resolve("check-ins.jsonl");
    }

    /** The conditions that change which exercises are offered ({@code backplan profile}). */
    public Path profile() {
        return config.resolve("profile.yaml");
    }

    public Path safetyNote() {
        return config.resolve("safety-acknowledged");
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = blankToNull(env.get(name));
        // The spec says relative paths are invalid and must be ignored.
        return value != null && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
