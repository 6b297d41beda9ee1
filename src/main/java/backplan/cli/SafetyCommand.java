package backplan.cli;

import backplan.app.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan safety}: the safety note and the red flags, and the red-flag question asked again. */
@Command(name = "safety", description = {"Show the safety note and the symptoms that need medical care now (red"
    + " flags); on a terminal, ask whether you have any of them now.",
    "A 'yes' stops every session until you answer again here: see a doctor first."})
final class SafetyCommand implements Callable<Integer> {

    private final Services services;

    SafetyCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--no-red-flags", description = "Say you have none of the red flags, without a question (for"
            + " scripts, after a doctor has checked your back).")
    boolean none;

    @Override
    public Integer call() throws Exception {
        return services.safetyGate().show(none);
    }
}
