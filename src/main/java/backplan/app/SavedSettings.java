package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Spelling;
import backplan.settings.Setting;
import backplan.settings.Settings;
import backplan.settings.SettingsFile;
import backplan.text.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The saved settings ({@code backplan config}): listing them, setting one, unsetting one. */
public final class SavedSettings {

    private final SettingsFile settingsFile;
    private final Output output;

    public SavedSettings(SettingsFile settingsFile, Output output) {
        this.settingsFile = settingsFile;
        this.output = output;
    }

    /** The saved settings, or none; a broken file is an error with every problem at its place. */
    public Settings load() throws InvalidFileException {
        return settingsFile.load();
    }

    /** {@code config}: every key with its value, or its default and what it does. */
    public int list() throws InvalidFileException {
        return list(false);
    }

    /** {@code config}, as text or ({@code --json}) as one document. */
    public int list(boolean json) throws InvalidFileException {
        SettingsFile file = settingsFile;
        Settings saved = file.load();
        PrintWriter out = output.out();
        if (json) {
            Json.write(out, true, g -> Json.settings(g, saved, file.path().toString(), file.exists()));
            out.println();
            return ExitCode.OK;
        }
        int width = Setting.keys().stream().mapToInt(String::length).max().orElse(0);
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            values.put(s, saved.get(s).map(s::show).orElse(s.show(s.defaultValue()) + " (default)"));
        }
        int valueWidth = Math.max(16, values.values().stream().mapToInt(String::length).max().orElse(0) + 1);
        for (Setting s : Setting.values()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %-" + valueWidth + "s %s%n", s.key(), values.get(s),
                    s.description());
        }
        out.println(file.exists() ? "Saved in " + file.path() + "."
                : "Nothing saved yet; 'backplan config set KEY VALUE' saves to " + file.path() + ".");
        return ExitCode.OK;
    }

    /** {@code config get KEY}: the saved value, or the default marked as such. */
    public int get(String key) throws InvalidFileException {
        Setting setting = setting(key);
        output.out().println(settingsFile.load().get(setting).map(setting::show)
                .orElseGet(() -> setting.show(setting.defaultValue()) + " (default)"));
        return ExitCode.OK;
    }

    /** {@code config set KEY VALUE}: checked before anything is written; a broken file is left as it is. */
    public int set(String key, String value) throws InvalidFileException, IOException {
        Setting setting = setting(key);
        SettingsFile file = settingsFile;
        Settings changed;
        try {
            changed = file.load().with(setting, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        file.save(changed);
        output.out().println(setting.key() + ": " + setting.show(changed.get(setting).orElseThrow()) + " (saved in "
                + file.path() + ")");
        return ExitCode.OK;
    }

    /** {@code config unset KEY}: back to the default. */
    public int unset(String key) throws InvalidFileException, IOException {
        Setting setting = setting(key);
        SettingsFile file = settingsFile;
        file.save(file.load().without(setting));
        output.out().println(setting.key() + ": " + setting.show(setting.defaultValue()) + " (the default)");
        return ExitCode.OK;
    }

    private static Setting setting(String key) {
        return Setting.fromKey(key).orElseThrow(() -> new UsageException("unknown setting '" + key + "'"
                + Spelling.hint(key, Setting.keys()) + "; the settings are " + String.join(", ", Setting.keys())));
    }
}
