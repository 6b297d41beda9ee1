package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the bundled catalog line by line (deletes, duplicates, retypes, re-indents and truncates lines; flips
 * bytes; writes control characters into values as double-quoted escapes or raw tabs), from fixed seeds, and checks
 * that the loader either loads a valid catalog with no control character in any text, or reports positioned,
 * one-line problems: never any other exception.
 */
class CatalogMutationPropertyTest {

    private static final String[] VALUES = {"[1, 2]", "{a: 1}", "''", "-7", "0", "9999999999999999999", ".nan",
        "3.5", "true", "~", "!!java.lang.Runtime x", "*nope", "&a", "\"unclosed", "30-10", "|", "? x"};

    /** YAML double-quoted escapes for C0 and C1 controls: a title change, a bell, CSI as one byte, NEL, DEL, NUL. */
    private static final String[] ESCAPES = {"\\e]0;PWNED\\a", "\\e[2J", "\\x9b31m", "\\u0085", "\\N", "\\x7f",
        "\\0", "\\t", "\\b", "\\e]52;c;aGk=\\x07", "\\x1b", "\\r\\x0b"};

    private static byte[] bundled() throws IOException {
        try (InputStream in = CatalogMutationPropertyTest.class.getResourceAsStream("/backplan/exercises.yaml")) {
            return in.readAllBytes();
        }
    }

    private static byte[] mutate(byte[] original, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8)
                .split("\n", -1)));
        int at = r.nextInt(lines.size());
        switch (r.nextInt(8)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                String s = lines.get(at);
                int colon = s.indexOf(": ");
                String v = VALUES[r.nextInt(VALUES.length)];
                lines.set(at, colon < 0 ? s + " " + v : s.substring(0, colon + 2) + v);
            }
            case 3 -> lines.set(at, "\t" + lines.get(at));
            case 6 -> lines.set(at, withEscape(lines.get(at), r));
            case 7 -> {
                // A tab typed inside a value, where YAML allows it.
                String s = lines.get(at);
                int colon = s.indexOf(": ");
                if (colon >= 0 && colon + 3 < s.length()) {
                    int in = colon + 3 + r.nextInt(s.length() - colon - 3);
                    lines.set(at, s.substring(0, in) + "\t" + s.substring(in));
                }
            }
            case 4 -> {
                byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                return Arrays.copyOf(b, r.nextInt(b.length + 1));
            }
            default -> {
                byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                return b;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The line's value (after {@code key: } or {@code - }) rewritten in double quotes with a control-character escape
     * somewhere in it; lines without a value are left alone.
     */
    private static String withEscape(String line, Random r) {
        int colon = line.indexOf(": ");
        int dash = line.stripLeading().startsWith("- ") ? line.indexOf("- ") : -1;
        int start = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
        if (start < 0 || start >= line.length() || "[{\"'|>&*!#".indexOf(line.charAt(start)) >= 0) {
            return line;
        }
        String value = line.substring(start).replace("\\", "\\\\").replace("\"", "\\\"");
        int in = r.nextInt(value.length() + 1);
        while (in > 0 && in < value.length() && value.charAt(in - 1) == '\\') {
            in--;
        }
        return line.substring(0, start) + "\"" + value.substring(0, in) + ESCAPES[r.nextInt(ESCAPES.length)]
                + value.substring(in) + "\"";
    }

    /** Every text a catalog hands to the screens. */
    private static List<String> texts(Catalog catalog) {
        List<String> texts = new ArrayList<>();
        texts.add(catalog.posture().summary());
        texts.addAll(catalog.posture().cues());
        for (Exercise e : catalog.exercises()) {
            texts.addAll(List.of(e.id(), e.name(), e.breathing()));
            texts.addAll(e.cues());
            e.cautionNote().ifPresent(texts::add);
            texts.addAll(e.equipment());
            texts.addAll(e.targets());
            e.sidesNote().ifPresent(s -> texts.addAll(List.of(s.left(), s.right(), s.change())));
            e.levels().forEach(l -> texts.addAll(List.of(l.name(), l.description())));
        }
        return texts;
    }

    @Test
    void loadsOrReportsPositionedProblems() throws IOException {
        byte[] original = bundled();
        int controlsRefused = 0;
        for (long seed = 1; seed <= 600; seed++) {
            Random r = new Random(seed);
            byte[] bytes = original;
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                bytes = mutate(bytes, r);
            }
            try {
                Catalog catalog = CatalogLoader.parse("mutant.yaml", bytes);
                assertFalse(catalog.exercises().isEmpty(), "seed " + seed);
                for (String text : texts(catalog)) {
                    assertTrue(text.codePoints().noneMatch(Character::isISOControl),
                            "seed " + seed + ": a control character got through in " + Problem.whole("mutant.yaml", text).message());
                }
            } catch (InvalidFileException e) {
                controlsRefused += (int) e.problems().stream()
                        .filter(p -> p.message().contains("control character") || p.message().contains("a tab"))
                        .count();
                assertFalse(e.problems().isEmpty(), "seed " + seed + ": an invalid file names a problem");
                for (Problem p : e.problems()) {
                    String where = "seed " + seed + ": " + p;
                    assertTrue(p.toString().startsWith("mutant.yaml:"), where);
                    assertFalse(p.message().contains("\n"), where);
                    assertTrue(p.line() >= 0 && p.column() >= 0, where);
                    assertFalse(p.message().contains("Exception"), where);
                }
            }
        }
        assertTrue(controlsRefused >= 50, "the control-character mutations reached the loader only "
                + controlsRefused + " times");
    }
}
