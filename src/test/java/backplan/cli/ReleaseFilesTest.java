package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The release's generated files: a man page source for every command, and the three completion scripts. */
class ReleaseFilesTest {

    @TempDir
    Path out;

    @Test
    void onePagePerCommandAndEveryCompletionScript() throws IOException {
        ReleaseFiles.write(out, "9.8.7");

        List<String> pages;
        try (Stream<Path> files = Files.list(out.resolve("man-adoc"))) {
            pages = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> commands = new ArrayList<>();
        names(ReleaseFiles.commandTree("9.8.7"), commands);
        assertEquals(commands.stream().map(n -> n + ".adoc").sorted().toList(), pages, "one page per command");
        assertTrue(pages.containsAll(List.of("backplan.adoc", "backplan-start.adoc", "backplan-plan-set.adoc")),
                pages.toString());
        String start = Files.readString(out.resolve("man-adoc/backplan-start.adoc"));
        assertTrue(start.contains("= backplan-start(1)"), start);
        assertTrue(start.contains(":mansource: backplan 9.8.7"), "the release's version, not the manifest's: " + start);
        assertTrue(start.contains("*--dry-run*"), start);
        String root = Files.readString(out.resolve("man-adoc/backplan.adoc"));
        assertTrue(root.contains("== Exit status"), root);
        assertTrue(root.contains("*130*::"), root);
        assertTrue(root.contains("== Environment"), root);
        assertTrue(root.contains("BACKPLAN_DATA_DIR"), root);

        String format = Files.readString(out.resolve("man5-adoc/backplan-catalog.adoc"));
        assertTrue(format.contains("\n= backplan-catalog(5)\n"), "the catalog format, in section 5: " + format);
        assertTrue(format.contains(":mansource: backplan 9.8.7\n"), format);
        assertTrue(format.contains("*per-side*::"), format);

        assertTrue(Files.readString(out.resolve("completions/backplan.bash")).contains("complete -F _complete_backplan"));
        assertTrue(Files.readString(out.resolve("completions/_backplan")).startsWith("#compdef backplan"));
        assertTrue(Files.readString(out.resolve("completions/backplan.fish")).contains("complete -c backplan"));
    }

    /** Every command in the tree, as its man page is named: backplan, backplan-plan, backplan-plan-set, ... */
    private static void names(CommandLine command, List<String> into) {
        into.add(command.getCommandSpec().qualifiedName("-"));
        command.getSubcommands().values().forEach(sub -> names(sub, into));
    }
}
