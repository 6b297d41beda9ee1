package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals(List.of("backplan-completion.adoc", "backplan-due.adoc", "backplan-history.adoc",
                "backplan-list.adoc", "backplan-plan-reset.adoc", "backplan-plan-set.adoc", "backplan-plan.adoc",
                "backplan-progress.adoc", "backplan-show.adoc", "backplan-start.adoc", "backplan-validate.adoc",
                "backplan.adoc"), pages);
        String start = Files.readString(out.resolve("man-adoc/backplan-start.adoc"));
        assertTrue(start.contains("= backplan-start(1)"), start);
        assertTrue(start.contains(":mansource: backplan 9.8.7"), "the release's version, not the manifest's: " + start);
        assertTrue(start.contains("*--dry-run*"), start);
        String root = Files.readString(out.resolve("man-adoc/backplan.adoc"));
        assertTrue(root.contains("== Exit status"), root);
        assertTrue(root.contains("*130*::"), root);
        assertTrue(root.contains("== Environment"), root);
        assertTrue(root.contains("BACKPLAN_DATA_DIR"), root);

        assertTrue(Files.readString(out.resolve("completions/backplan.bash")).contains("complete -F _complete_backplan"));
        assertTrue(Files.readString(out.resolve("completions/_backplan")).startsWith("#compdef backplan"));
        assertTrue(Files.readString(out.resolve("completions/backplan.fish")).contains("complete -c backplan"));
    }
}
