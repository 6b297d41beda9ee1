package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Every command's help on terminals of several widths: wrapped by picocli to the terminal (never wider, down to
 * picocli's least width of 55), no usage token such as {@code [--at=HH:MM]} split over two lines, and the shell
 * commands one copies from {@code completion --help} whole on their lines.
 */
class HelpLayoutTest {

    @TempDir
    Path home;

    /** Every command, as typed: [], [start], [plan, set], ... */
    private static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        walk(ReleaseFiles.commandTree("1"), new ArrayList<>(), out);
        return out;
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            walk(sub, deeper, out);
        });
    }

    /** The usage lines: the first, and the indented ones that go on with it. */
    private static List<String> synopsis(String help) {
        List<String> lines = help.lines().toList();
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            if (!l.startsWith(" ") || l.isBlank()) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    private static List<String> tokens(List<String> lines) {
        return Arrays.stream(String.join(" ", lines).strip().split("\\s+")).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 55, 60, 72, 80, 100, 120, 160})
    void usageTokensStayWholeAndTheHelpFitsTheTerminal(int width) {
        CommandLine wide = ReleaseFiles.commandTree("1");
        for (List<String> command : commands()) {
            CommandLine spec = wide;
            for (String name : command) {
                spec = spec.getSubcommands().get(name);
            }
            spec.setUsageHelpWidth(1000);
            String wideHelp = spec.getUsageMessage(CommandLine.Help.Ansi.OFF);
            List<String> whole = tokens(synopsis(wideHelp));
            java.util.Set<String> words = new java.util.HashSet<>(tokens(wideHelp.lines().toList()));
            words.addAll(tokens(java.util.Arrays.asList(backplan.base.ExitCode.footer().split("\n"))));

            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Cli.Result r = new Cli(home).terminal(width).run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.dump());
            List<String> usage = synopsis(r.out());
            assertEquals(whole, tokens(usage), "no token split at " + width + " columns:\n" + String.join("\n", usage));
            List<String> cut = tokens(r.out().lines().toList()).stream().filter(w -> !words.contains(w)).toList();
            assertEquals(List.of(), cut, "words cut in two at " + width + " columns:\n" + r.out());
            int room = Math.max(width, 55);
            assertTrue(r.out().lines().allMatch(l -> l.length() <= Math.min(room, 120)),
                    "at most " + room + " columns:\n" + r.out());
            if (width >= 100) {
                assertTrue(r.out().lines().anyMatch(l -> l.length() > 80), "the help uses a wide terminal:\n"
                        + r.out());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 55, 80})
    void theCompletionCommandsAreWholeOnTheirLines(int width) {
        Cli.Result r = new Cli(home).terminal(width).run("completion", "--help");
        for (String command : List.of("source <(backplan completion bash)", "source <(backplan completion zsh)",
                "backplan completion fish | source")) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains(command)), command + " at " + width + ":\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80})
    void helpInAPipeIsEightyColumns(int ignored) {
        Cli.Result r = new Cli(home).run("start", "--help");
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), r.out());
    }
}
