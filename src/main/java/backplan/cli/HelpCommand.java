package backplan.cli;

import backplan.app.UsageException;
import backplan.base.ExitCode;
import backplan.catalog.Spelling;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code backplan help [COMMAND [SUBCOMMAND]]}: a command's help, as {@code COMMAND --help} prints it. picocli's own
 * help command takes one name only and words its errors its own way; this one follows {@code help plan set} down the
 * tree and answers a mistyped name with a did-you-mean.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the help of a command, such as 'backplan help start' or 'backplan help plan set'.")
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", completionCandidates = Names.class,
            description = "A command, and a subcommand of it (plan set).")
    List<String> names = List.of();

    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine target = self.getParent();
        for (String name : names) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null || sub == self) {
                List<String> known = target.getSubcommands().keySet().stream().filter(n -> !n.equals("help"))
                        .toList();
                String where = target.getParent() == null ? "" : " of '" + target.getCommandName() + "'";
                throw new UsageException((known.isEmpty() ? "'" + target.getCommandName() + "' has no commands"
                        : "unknown command '" + name + "'" + where + Spelling.hint(name, known)
                                + "; the commands are " + String.join(", ", known)));
            }
            target = sub;
        }
        target.usage(out, colors);
        return ExitCode.OK;
    }

    /** The commands, for completion (all of them are registered when a completion script is written). */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BackplanCommand.SUBCOMMANDS.stream().filter(n -> !n.equals("help")).iterator();
        }
    }
}
