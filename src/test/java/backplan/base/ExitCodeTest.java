package backplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of exit codes is the one in the code, row by row. */
class ExitCodeTest {

    @Test
    void theReadmeTableIsTheTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int heading = lines.indexOf("Exit codes:");
        assertTrue(heading >= 0, "the README has an 'Exit codes:' table");
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(heading + 4, lines.size())) { // past a blank line, the header and its rule
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(line);
        }
        List<String> expected = ExitCode.TABLE.stream().map(m -> "| " + m.codes() + " | " + m.full() + " |").toList();
        assertEquals(expected, rows);
    }

    @Test
    void theFooterNamesEveryCode() {
        String footer = ExitCode.footer();
        for (ExitCode.Meaning m : ExitCode.TABLE) {
            assertTrue(footer.contains(m.codes().replace(", ", "/") + " " + m.brief()), footer);
        }
    }
}
