package backplan.cli;

import backplan.app.Services;
import backplan.catalog.Condition;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backplan profile}: shows the conditions that change the choices; {@code profile set} changes them. */
@Command(name = "profile", description = {
    "Show your profile: the conditions that change which exercises are offered, and what they leave out or mark"
            + " in the catalog. The first 'start' on a terminal asks once; 'profile set' changes it.",
    "With a condition, an exercise the catalog says to avoid is left out of the picker and the default picks, 'plan"
            + " set --pick' refuses it, and 'start' asks before doing it (with --yes or without a terminal it is"
            + " swapped for one of its category that suits, or left out when named); one to do with care is marked."
            + " backplan never asks why and diagnoses nothing."},
        subcommands = ProfileCommand.Set.class)
final class ProfileCommand implements Callable<Integer> {

    private final Services services;

    ProfileCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return services.profiles().show(json);
    }

    /** {@code backplan profile set KEY...}. */
    @Command(name = "set", description = "Save the conditions that apply to you (all of them at once), such as"
            + " 'profile set osteoporosis sciatica'; 'profile set none' for none.")
    static final class Set implements Callable<Integer> {

        private final Services services;

        Set(Services services) {
            this.services = services;
        }

        @Parameters(paramLabel = "KEY", arity = "1..*", completionCandidates = ConditionKeys.class,
                description = "The conditions that apply: ${COMPLETION-CANDIDATES} (alone: no condition).")
        List<String> keys;

        @Override
        public Integer call() throws Exception {
            return services.profiles().set(keys);
        }
    }

    /** The condition keys and {@code none}, for shell completion. */
    static final class ConditionKeys implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Condition.keys().stream(), Stream.of("none")).iterator();
        }
    }
}
