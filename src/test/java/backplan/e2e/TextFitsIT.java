package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;


import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launched program's text in a real terminal, whose width nobody exports (the launcher measures it): no line
 * longer than the terminal, no word cut in two, every word of the piped output there.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
class TextFitsIT {

    Sandbox sandbox;
    Tmux tmux;

    @ParameterizedTest
    @ValueSource(ints = {80, 40})
    void listFitsTheTerminal(int width) {
        tmux.startWith("NO_COLOR=1", width, 24, "list");
        Screen end = tmux.waitUntil("backplan to end", Tmux::exited, Tmux.STARTUP);
        List<String> all = tmux.scrollback().lines();
        List<String> shown = all.subList(all.indexOf(Tmux.BEFORE) + 1, all.size()).stream()
                .takeWhile(l -> !l.startsWith("EXIT=")).toList();
        assertTrue(all.contains("EXIT=0"), end.framed());
        String text = String.join("\n", shown);
        Launch.Result piped = new Launch(sandbox).run("list");
        assertEquals(0, piped.code(), piped.dump());
        assertTrue(piped.out().lines().anyMatch(l -> l.length() > 120), "a pipe gets whole lines\n" + piped.dump());
        for (String line : shown) {
            // tmux joined every line the terminal had to wrap: none may be wider than the window
            assertTrue(line.codePointCount(0, line.length()) <= width, "wider than " + width + ":\n" + line + "\n"
                    + text);
        }
        Set<String> whole = words(piped.out());
        for (String word : words(text)) {
            if (!whole.contains(word) && !word.equals("·")) {
                fail("'" + word + "' is not a whole word of the list at " + width + " columns:\n" + text);
            }
        }
        assertEquals(whole, words(text), "every word is there");
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
