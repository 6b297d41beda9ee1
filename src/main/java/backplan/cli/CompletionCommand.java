package backplan.cli;

import backplan.app.UsageException;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backplan completion bash|zsh}: a completion script for the shell. */
@Command(name = "completion", description = {"Print a shell completion script.",
    "bash: source <(backplan completion bash)   zsh: autoload -U +X bashcompinit && bashcompinit first."})
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UsageException("unknown shell '" + shell + "'; backplan completes bash and zsh");
        }
        var root = app.spec.commandLine();
        app.env().out().print(AutoComplete.bash("backplan", root));
        return 0;
    }
}
