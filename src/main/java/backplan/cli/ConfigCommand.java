package backplan.cli;

import backplan.ExitCode;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Spelling;
import backplan.settings.Setting;
import backplan.settings.Settings;
import backplan.settings.SettingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan config}: lists the saved settings; {@code config set} and {@code config unset} change them. */
@Command(name = "config", description = "Show the settings saved in settings.yaml, such as sound and voice.",
        subcommands = {ConfigCommand.Set.class, ConfigCommand.Unset.class})
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Override
    public Integer call() throws InvalidFileException {
        SettingsFile file = file(app);
        Settings saved = file.load();
        PrintWriter out = app.invocation().out();
        int width = Setting.keys().stream().mapToInt(String::length).max().orElse(0);
        for (Setting s : Setting.values()) {
            String value = saved.get(s).map(s::show).orElse(s.show(s.defaultValue()) + " (default)");
            out.printf("%-" + width + "s  %-16s %s%n", s.key(), value, s.description());
        }
        out.println(file.exists() ? "Saved in " + file.path() + "." : "Nothing saved yet; 'backplan config set KEY"
                + " VALUE' saves to " + file.path() + ".");
        return ExitCode.OK;
    }

    static SettingsFile file(BackplanCommand app) {
        return new SettingsFile(app.locations().settings());
    }

    static Setting setting(String key) {
        return Setting.fromKey(key).orElseThrow(() -> new UsageException("unknown setting '" + key + "'"
                + Spelling.hint(key, Setting.keys()) + "; the settings are " + String.join(", ", Setting.keys())));
    }

    /** {@code backplan config set KEY VALUE}. */
    @Command(name = "set", description = "Check and save one setting, such as 'config set sound bell'.")
    static final class Set implements Callable<Integer> {

        @ParentCommand
        ConfigCommand config;

        @Parameters(index = "0", paramLabel = "KEY", description = "A setting, as 'backplan config' lists them.")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Its new value (checked before it is saved).")
        String value;

        @Override
        public Integer call() throws InvalidFileException, IOException {
            Setting setting = setting(key);
            SettingsFile file = file(config.app);
            Settings changed;
            try {
                changed = file.load().with(setting, value);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            file.save(changed);
            config.app.invocation().out().println(setting.key() + ": " + setting.show(changed.get(setting)
                    .orElseThrow()) + " (saved in " + file.path() + ")");
            return ExitCode.OK;
        }
    }

    /** {@code backplan config unset KEY}. */
    @Command(name = "unset", description = "Remove one saved setting, so it is back to its default.")
    static final class Unset implements Callable<Integer> {

        @ParentCommand
        ConfigCommand config;

        @Parameters(index = "0", paramLabel = "KEY", description = "A setting, as 'backplan config' lists them.")
        String key;

        @Override
        public Integer call() throws InvalidFileException, IOException {
            Setting setting = setting(key);
            SettingsFile file = file(config.app);
            file.save(file.load().without(setting));
            config.app.invocation().out().println(setting.key() + ": " + setting.show(setting.defaultValue())
                    + " (the default)");
            return ExitCode.OK;
        }
    }
}
