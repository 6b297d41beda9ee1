package backplan;

import backplan.app.Environment;
import backplan.app.Invocation;
import backplan.app.UsageException;
import backplan.base.ConsoleWriter;
import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Problem;
import backplan.cli.BackplanCommand;
import backplan.cli.UsageErrors;
import backplan.session.SessionClock;
import backplan.text.AsciiWriter;
import backplan.text.SafeTextWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: runs one command and returns its exit code; only {@link #main} exits the JVM. */
public final class Backplan {

    private Backplan() {}

    public static void main(String[] args) {
        boolean stdoutTty = tty("backplan.stdout.tty");
        Charset charset = outputCharset();
        // A file or a pipe gets UTF-8 whatever the locale (JSON, CSV and the .ics are UTF-8 by definition); only
        // a terminal that cannot show it gets its own charset, with ASCII look-alikes for what it cannot show.
        Charset outCharset = stdoutTty ? charset : StandardCharsets.UTF_8;
        PrintWriter out = ConsoleWriter.of(new FileOutputStream(FileDescriptor.out), outCharset,
                w -> new SafeTextWriter(AsciiWriter.wrapIfNeeded(w, outCharset)));
        PrintWriter err = ConsoleWriter.of(new FileOutputStream(FileDescriptor.err), charset,
                w -> new SafeTextWriter(AsciiWriter.wrapIfNeeded(w, charset)));
        boolean interactive = stdoutTty && tty("backplan.stdin.tty");
        int code = run(new Invocation(out, err, System.in, System.getenv(), interactive, stdoutTty,
                SessionClock.SYSTEM), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs with the process's environment but the given writers, as tests and embedders need. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new Invocation(out, err, InputStream.nullInputStream(), System.getenv(), false, false,
                SessionClock.SYSTEM), args);
    }

    public static int run(Invocation invocation, String... args) {
        BackplanCommand app = new BackplanCommand(invocation);
        Environment environment = new Environment(invocation, Environment.GlobalOptions.NONE);
        // picocli's help colors are chosen before the options are parsed: --no-color is looked for by hand
        boolean color = environment.color() && !java.util.Arrays.asList(args).contains("--no-color");
        CommandLine cli = app.commandLine(args)
                .setOut(invocation.out())
                .setErr(invocation.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        color ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF))
                .setParameterExceptionHandler((e, a) -> {
                    PrintWriter err = e.getCommandLine().getErr();
                    err.println("backplan: " + SafeTextWriter.neutral(UsageErrors.describe(e)));
                    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption()) {
                        CommandLine.UnmatchedArgumentException.printSuggestions(u, err); // a mistyped subcommand
                    }
                    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                    return ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, c, parsed) -> forDue(c, failure(e, invocation.err(),
                        app.debug())));
        if (mayShowHelp(args)) {
            cli.setUsageHelpWidth(helpWidth(environment.output().width()));
        }
        int code = cli.execute(args);
        code = checkOutput(invocation.out(), invocation.err(), code, ran(cli));
        invocation.err().flush();
        return code;
    }

    /** Whether these arguments may print a command's help: only then is the terminal asked how wide it is. */
    private static boolean mayShowHelp(String... args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("help")) {
                return true;
            }
        }
        // 'backplan' alone, and 'catalog', which prints its help when given no subcommand
        return args.length == 0 || (args.length == 1 && args[0].equals("catalog"));
    }

    /**
     * The help's width: the terminal's, so picocli wraps between words rather than the terminal inside them; at
     * least picocli's minimum of 55 and at most 120 (longer lines are hard to read); 80 in a pipe.
     */
    static int helpWidth(int columns) {
        return columns <= 0 ? 80 : Math.max(55, Math.min(columns, 120));
    }

    /** The command that ran: the innermost one the arguments named. */
    private static CommandLine ran(CommandLine cli) {
        CommandLine.ParseResult parsed = cli.getParseResult();
        if (parsed == null) {
            return cli;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().commandLine();
    }

    /** {@code due} says 1 for "nothing due", so a failure there has its own code, never 1. */
    private static int forDue(CommandLine command, int code) {
        return code == ExitCode.FAILURE && "due".equals(command.getCommandName()) ? ExitCode.CANNOT_TELL : code;
    }

    /**
     * Says so when the output did not all arrive (a full disk under {@code > file}): a command that had succeeded
     * then fails, so a script never takes a cut file for a whole one. A reader that closed the pipe early is no
     * failure. {@code due}'s answer is its exit code, which stays.
     */
    static int checkOutput(PrintWriter out, PrintWriter err, int code, CommandLine command) {
        if (!out.checkError()) {
            return code;
        }
        IOException why = out instanceof ConsoleWriter console ? console.lost() : null;
        err.println("backplan: the output was not written in full" + (why == null ? "" : " ("
                + UserFiles.reason(why) + ")"));
        return code == ExitCode.OK && !"due".equals(command.getCommandName()) ? ExitCode.FAILURE : code;
    }

    /** Turns an exception into one clear line and its exit code; stack traces only with --debug. */
    static int failure(Exception e, PrintWriter err, boolean debug) {
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof InvalidFileException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p);
            }
            if (invalid.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.OTHER_CATALOG)) {
                err.println("backplan: the plan was made for another catalog: 'backplan plan set' makes one that fits"
                        + " the catalog in use, and 'backplan plan reset --yes' removes it");
            }
            return ExitCode.INVALID_INPUT;
        }
        // Messages that echo what was typed or a path: every control character shown as '?', colors included
        if (e instanceof UsageException) {
            err.println("backplan: " + SafeTextWriter.neutral(e.getMessage()));
            return ExitCode.USAGE;
        }
        IOException io = ioFailure(e);
        if (io != null) {
            err.println("backplan: " + SafeTextWriter.neutral(UserFiles.describe(io)));
            return ExitCode.FAILURE;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        err.println("backplan: internal error" + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + (debug ? "" : " (run with --debug for details)"));
        return ExitCode.FAILURE;
    }

    /** The outermost I/O failure in the chain (the one that knows the file), or null when there is none. */
    private static IOException ioFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Whether a standard stream is a terminal. The launcher knows for sure ({@code test -t}) and passes it as a
     * property; without it, {@code System.console()} is the JDK's answer (on JDK 22+ only with isTerminal()).
     */
    @SuppressWarnings("SystemConsoleNull") // null answers for JDK 17-21; isTerminal() below for JDK 22+
    private static boolean tty(String property) {
        String known = System.getProperty(property);
        if (known != null) {
            return Boolean.parseBoolean(known);
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only when both streams are terminals
        }
    }

    /** The terminal's charset: JDK 19+ says it in stdout.encoding; before, the locale's is file.encoding's. */
    private static Charset outputCharset() {
        String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                System.getProperty("file.encoding")));
        try {
            return enc != null ? Charset.forName(enc) : Charset.defaultCharset();
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
