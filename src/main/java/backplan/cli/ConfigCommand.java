package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backplan config}: lists the saved settings; {@code config get} shows one, {@code config set} and
 * {@code config unset} change them.
 */
@Command(name = "config", description = "Show the settings saved in settings.yaml, such as sound and voice.",
        subcommands = {ConfigCommand.Get.class, ConfigCommand.Set.class, ConfigCommand.Unset.class})
final class ConfigCommand implements Callable<Integer> {

    private final Services services;

    ConfigCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--json", description = "Every setting as one JSON document: its value, whether that is the"
            + " default, and what it does.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.savedSettings().list(json);
    }

    /** {@code backplan config get KEY}. */
    @Command(name = "get", description = "Print one setting's value; '(default)' follows a value not saved.")
    static final class Get implements Callable<Integer> {

        private final Services services;

        Get(Services services) {
            this.services = services;
        }

        @Parameters(index = "0", paramLabel = "KEY", completionCandidates = Candidates.SettingKeys.class,
                description = "A setting: ${COMPLETION-CANDIDATES}.")
        String key;

        @Override
        public Integer call() throws Exception {
            return services.savedSettings().get(key);
        }
    }

    /** {@code backplan config set KEY VALUE}. */
    @Command(name = "set", description = "Check and save one setting, such as 'config set sound bell'.")
    static final class Set implements Callable<Integer> {

        private final Services services;

        Set(Services services) {
            this.services = services;
        }

        @Parameters(index = "0", paramLabel = "KEY", completionCandidates = Candidates.SettingKeys.class,
                description = "A setting: ${COMPLETION-CANDIDATES}.")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", completionCandidates = Candidates.SettingValues.class,
                description = "Its new value, checked before it is saved; yes/no and on/off do for true/false.")
        String value;

        @Override
        public Integer call() throws Exception {
            return services.savedSettings().set(key, value);
        }
    }

    /** {@code backplan config unset KEY}. */
    @Command(name = "unset", description = "Remove one saved setting, so it is back to its default.")
    static final class Unset implements Callable<Integer> {

        private final Services services;

        Unset(Services services) {
            this.services = services;
        }

        @Parameters(index = "0", paramLabel = "KEY", completionCandidates = Candidates.SettingKeys.class,
                description = "A setting: ${COMPLETION-CANDIDATES}.")
        String key;

        @Override
        public Integer call() throws Exception {
            return services.savedSettings().unset(key);
        }
    }
}
