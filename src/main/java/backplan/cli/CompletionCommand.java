package backplan.cli;

import backplan.app.Services;
import backplan.app.UsageException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backplan completion bash|zsh|fish}: a completion script for the shell. */
@Command(name = "completion", description = {"Print a shell completion script. To use it in this shell:",
    // one command a line, each shorter than picocli's least width, so none is ever wrapped inside
    "  bash:  source <(backplan completion bash)",
    "  zsh:   source <(backplan completion zsh)",
    "  fish:  backplan completion fish | source"})
final class CompletionCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    CompletionCommand(Services services) {
        this.services = services;
    }

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish.")
    String shell;

    @Override
    public Integer call() {
        var root = spec.root().commandLine();
        String script = switch (shell) {
            case "bash" -> ShellCompletion.bash(root);
            case "zsh" -> ShellCompletion.zsh(root);
            case "fish" -> ShellCompletion.fish(root);
            default -> throw new UsageException("unknown shell '" + shell + "'; backplan completes bash, zsh and fish");
        };
        services.output().out().print(script);
        return 0;
    }

    /** The shells a script can be written for. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh", "fish").iterator();
        }
    }
}
