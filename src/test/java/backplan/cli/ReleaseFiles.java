package backplan.cli;

import backplan.app.Invocation;
import backplan.base.ExitCode;
import backplan.session.SessionClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time tool of the release ({@code mvnw -Pdist package} runs it): writes the man pages' AsciiDoc, one per
 * command, with picocli-codegen's {@code ManPageGenerator}, and the bash, zsh and fish completion scripts, all
 * from the same command model the program parses with. Lives with the tests so picocli-codegen is never shipped.
 */
public final class ReleaseFiles {

    private ReleaseFiles() {}

    /** The catalog format's page, written by hand and held to the loader by CatalogPageTest. */
    static final Path CATALOG_PAGE = Path.of("docs/backplan-catalog.5.adoc");

    /**
     * {@code ReleaseFiles OUTDIR VERSION [CATALOG_PAGE]}: writes OUTDIR/man-adoc/*.adoc (section 1, one per command),
     * OUTDIR/man5-adoc/backplan-catalog.adoc (section 5, the catalog format) and OUTDIR/completions/*.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException("usage: ReleaseFiles OUTDIR VERSION [CATALOG_PAGE]");
        }
        write(Path.of(args[0]), args[1], args.length == 3 ? Path.of(args[2]) : CATALOG_PAGE);
    }

    static void write(Path out, String version) throws IOException {
        write(out, version, CATALOG_PAGE);
    }

    static void write(Path out, String version, Path catalogPage) throws IOException {
        CommandLine root = commandTree(version);
        Path adoc = out.resolve("man-adoc");
        Files.createDirectories(adoc);
        int code = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true,
                root.getCommandSpec());
        if (code != 0) {
            throw new IOException("ManPageGenerator failed with exit code " + code);
        }
        Path man5 = out.resolve("man5-adoc");
        Files.createDirectories(man5);
        String page = Files.readString(catalogPage, StandardCharsets.UTF_8);
        if (!page.contains("\n:mansource: backplan\n")) {
            throw new IOException(catalogPage + " has no ':mansource: backplan' line to put the version on");
        }
        Files.writeString(man5.resolve("backplan-catalog.adoc"), page.replace("\n:mansource: backplan\n",
                "\n:revnumber: backplan " + version + "\n:mansource: backplan " + version + "\n"),
                StandardCharsets.UTF_8);
        Path completions = out.resolve("completions");
        Files.createDirectories(completions);
        Files.writeString(completions.resolve("backplan.bash"), ShellCompletion.bash(root));
        Files.writeString(completions.resolve("_backplan"), ShellCompletion.zsh(root));
        Files.writeString(completions.resolve("backplan.fish"), ShellCompletion.fish(root));
    }

    /** Every command registered (as for help), with the release's version in place of the manifest's. */
    static CommandLine commandTree(String version) {
        Writer nowhere = Writer.nullWriter();
        Invocation invocation = new Invocation(new PrintWriter(nowhere), new PrintWriter(nowhere),
                InputStream.nullInputStream(), Map.of(), false, false, SessionClock.SYSTEM);
        CommandLine root = new BackplanCommand(invocation).commandLine();
        versionAll(root.getCommandSpec(), "backplan " + version);
        manSections(root.getCommandSpec().usageMessage());
        return root;
    }

    /**
     * The main page's own sections: the exit codes as a list (the help's footer says them in one line) and the
     * environment, which only a man page has room for.
     */
    private static void manSections(UsageMessageSpec usage) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode.Meaning m : ExitCode.TABLE) {
            String sentence = m.plain();
            codes.put(m.codes(), Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
        }
        usage.exitCodeListHeading("Exit status").exitCodeList(codes);
        usage.footerHeading("Environment").footer(
                "BACKPLAN_CATALOG: the catalog file to use, as --catalog.",
                "BACKPLAN_DATA_DIR: one directory for plan, history and settings, as --data-dir.",
                "XDG_CONFIG_HOME: the plan, the profile, the settings and your own catalog live in"
                        + " $XDG_CONFIG_HOME/backplan"
                        + " (default ~/.config/backplan).",
                "XDG_DATA_HOME: the history lives in $XDG_DATA_HOME/backplan/history.jsonl"
                        + " (default ~/.local/share/backplan).",
                "NO_COLOR: when set and not empty, no colors.",
                "JAVA_HOME, JAVA_OPTS: read by the launcher: a Java 17 or newer to run on when the installation"
                        + " has no runtime of its own, and extra options for it.");
    }

    private static void versionAll(CommandSpec spec, String version) {
        spec.versionProvider(() -> new String[] {version});
        spec.subcommands().values().forEach(sub -> versionAll(sub.getCommandSpec(), version));
    }
}
