package backplan;

import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Numbers the program shows are ASCII digits whatever the locale: every format call in the program names
 * {@code Locale.ROOT}. Under fa_IR or ar_EG a bare {@code String.format("%02d")} writes the locale's own digits, which
 * the countdown's block font once indexed out of range.
 */
class AsciiNumbersTest {

    /** A format call, and what follows it up to its first argument. */
    private static final Pattern FORMAT = Pattern.compile(
            "(String\\.format|\\.printf|\\.formatted|NumberFormat\\.get\\w*Instance|new DecimalFormat"
                    + "|DateTimeFormatter\\.ofPattern)\\s*\\(([^;]*)");

    @Test
    void everyFormatInTheProgramNamesTheRootLocale() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = FORMAT.matcher(text);
                while (m.find()) {
                    String call = m.group(1);
                    String args = m.group(2);
                    boolean rooted = call.equals(".formatted") ? false
                            : call.startsWith("DateTimeFormatter") ? args.contains("Locale.")
                            : args.startsWith("Locale.ROOT");
                    if (!rooted) {
                        int line = text.substring(0, m.start()).split("\n", -1).length;
                        bare.add(file + ":" + line + ": " + m.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertTrue(bare.isEmpty(), "formats that follow the locale:\n" + String.join("\n", bare));
    }
}
