package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backplan.base.OnOff;
import backplan.figure.Joint;
import backplan.figure.Pose;
import backplan.figure.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * backplan-catalog(5), the catalog's man page, held to the loader: every key the loader accepts is described under
 * its mapping and no other key is, each limit the page states is the loader's, and the page's example is read by the
 * loader as written.
 */
class CatalogPageTest {

    static final Path PAGE = Path.of("docs/backplan-catalog.5.adoc");
    private static final Pattern TERM = Pattern.compile("\\*([a-z-]+)\\*::");
    private static final Pattern BOLD = Pattern.compile("\\*([a-z-]+)\\*");

    private final List<String> lines;

    CatalogPageTest() throws IOException {
        lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    }

    /** The lines under a heading, up to the next heading. */
    private List<String> section(String heading) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("=+ " + Pattern.quote(heading))) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            fail("the page has no section '" + heading + "'");
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).startsWith("==")) {
            end++;
        }
        return lines.subList(start, end);
    }

    /** A section's described keys, each with its text (the term's line and the lines after it, up to the next). */
    private Map<String, String> keys(String heading) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder text = new StringBuilder();
        for (String line : section(heading)) {
            Matcher m = TERM.matcher(line);
            if (m.matches()) {
                if (key != null) {
                    out.put(key, text.toString());
                }
                key = m.group(1);
                text = new StringBuilder();
            } else if (key != null) {
                text.append(line.strip()).append(' ');
            }
        }
        if (key != null) {
            out.put(key, text.toString());
        }
        return out;
    }

    private static void sameKeys(Set<String> loader, Map<String, String> page, String where) {
        assertEquals(new TreeSet<>(loader), new TreeSet<>(page.keySet()),
                "the keys of " + where + ": the loader's (left) and the page's (right)");
    }

    @Test
    void everyMappingDescribesExactlyTheKeysTheLoaderAccepts() {
        sameKeys(CatalogLoader.TOP_KEYS, keys("Top level"), "the catalog");
        sameKeys(CatalogLoader.POSTURE_KEYS, keys("posture"), "posture");
        sameKeys(CatalogLoader.CATEGORY_KEYS, keys("categories"), "a category's defaults");
        sameKeys(CatalogLoader.EXERCISE_KEYS, keys("An exercise"), "an exercise");
        sameKeys(CatalogLoader.PRESCRIPTION_KEYS, keys("prescription"), "a prescription");
        sameKeys(CatalogLoader.LEVEL_KEYS, keys("A level"), "a level");
        sameKeys(CatalogLoader.SIDES_KEYS, keys("sides"), "sides");
        sameKeys(FigureReader.FIGURE_KEYS, keys("figure"), "figure");
        sameKeys(Set.copyOf(FigureReader.VIEW_KEYS), keys("A pose"), "a pose");
        String categories = String.join(" ", section("categories"));
        for (String c : Category.keys()) {
            assertTrue(categories.contains("*" + c + "*"), "the category names are the keys of categories: " + c);
        }
    }

    @Test
    void theJointsListHasEveryJointKeyWithItsRange() {
        List<String> joints = section("Joints");
        Map<String, String> ranges = new LinkedHashMap<>(); // each term's line, with the line after it
        for (int i = 0; i < joints.size() - 1; i++) {
            if (joints.get(i).endsWith("::")) {
                ranges.put(joints.get(i), joints.get(i + 1).strip());
            }
        }
        Set<String> shown = new TreeSet<>();
        ranges.keySet().forEach(term -> {
            Matcher m = BOLD.matcher(term);
            while (m.find()) {
                shown.add(m.group(1));
            }
        });
        assertEquals(new TreeSet<>(Joint.keys()), shown, "every joint key, one side or both, and no other");
        for (Joint j : Joint.values()) {
            Map.Entry<String, String> entry = ranges.entrySet().stream()
                    .filter(e -> e.getKey().contains("*" + j.key() + "*")).findFirst().orElseThrow();
            assertTrue(entry.getValue().startsWith(j.min() + " to " + j.max() + ": "), j.key() + "'s range: "
                    + entry.getValue());
            for (String both : Joint.keys()) {
                if (Joint.named(both).contains(j)) {
                    assertTrue(entry.getKey().contains("*" + both + "*"), both + " with " + j.key() + ": "
                            + entry.getKey());
                }
            }
        }
    }

    @Test
    void theLimitsAreTheLoaders() {
        Map<String, String> prescription = keys("prescription");
        has(prescription.get("sets"), "Whole number, 1 to " + CatalogLoader.MAX_SETS);
        has(prescription.get("work"), "Duration, 1 to " + CatalogLoader.MAX_WORK_SECONDS + " seconds");
        has(prescription.get("reps"), "Whole number, 1 to " + CatalogLoader.MAX_REPS);
        has(prescription.get("rest"), "Duration, 0 to " + CatalogLoader.MAX_REST_SECONDS + " seconds, default "
                + CatalogLoader.DEFAULT_REST_SECONDS);
        has(prescription.get("per-side"), "Yes or no, default *false*");
        Map<String, String> exercise = keys("An exercise");
        has(exercise.get("equipment"), "at most " + CatalogLoader.MAX_EQUIPMENT_LENGTH + " characters");
        has(exercise.get("targets"), "at most " + CatalogLoader.MAX_TARGET_LENGTH + " characters");
        has(exercise.get("id"), "kebab-case");
        for (String c : Category.keys()) {
            has(exercise.get("category"), "*" + c + "*");
        }
        for (Source s : Source.values()) {
            has(exercise.get("source"), "*" + s.name().toLowerCase(java.util.Locale.ROOT) + "*");
        }
        Map<String, String> pose = keys("A pose");
        for (String p : Position.keys()) {
            has(pose.get("position"), "*" + p + "*");
        }
        has(pose.get("facing"), "*left* or *right* (default *right*)");
        has(pose.get("turn"), "Whole number, -" + Pose.MAX_TURN + " to " + Pose.MAX_TURN + " degrees, default 0");
        has(pose.get("above"), "Whole number, 0 to " + Pose.MAX_ABOVE + " degrees, default 0");
        has(keys("Top level").get("version"), "Whole number, optional: *1*");

        String file = String.join(" ", section("The file"));
        assertEquals(1 << 20, YamlReader.MAX_BYTES, "the page says 1 MiB");
        has(file, "at most 1 MiB");
        has(file, "nested at most " + YamlReader.MAX_DEPTH + " levels deep");
        has(file, "at most " + YamlReader.MAX_COLLECTION_ALIASES + " aliases");
        for (String word : List.of("true", "false", "yes", "no", "on", "off")) {
            assertTrue(OnOff.parse(word).isPresent(), word);
            has(file, "*" + word + "*");
        }
    }

    @Test
    void theExampleIsReadAsWrittenAndLacksOnlyTheOtherCategories() throws Exception {
        int open = lines.indexOf("....");
        int close = lines.subList(open + 1, lines.size()).indexOf("....") + open + 1;
        String example = String.join("\n", lines.subList(open + 1, close)) + "\n";
        try {
            CatalogLoader.parse("example", example.getBytes(StandardCharsets.UTF_8));
            fail("one category is not a whole catalog");
        } catch (InvalidFileException e) {
            List<String> other = new ArrayList<>();
            e.problems().stream().map(Problem::message).filter(m -> !m.startsWith("no exercises in category"))
                    .forEach(other::add);
            assertEquals(List.of(), other, "the example has no mistake of its own");
        }
        String whole = example + "  - {id: a, name: A, category: mobility, source: common, breathing: B."
                + ", prescription: {sets: 1, work: 30}}\n"
                + "  - {id: b, name: B, category: abs, source: common, breathing: B., prescription: {sets: 1, reps: 5}}\n"
                + "  - {id: c, name: C, category: obliques, source: common, breathing: B., prescription: {sets: 1, work: 9}}\n"
                + "  - {id: d, name: D, category: glutes, source: common, breathing: B., prescription: {sets: 1, work: 9}}\n"
                + "  - {id: e, name: E, category: stretch, source: common, breathing: B., prescription: {sets: 1, work: 9}}\n";
        Catalog catalog = CatalogLoader.parse("example", whole.getBytes(StandardCharsets.UTF_8));
        Exercise birdDog = catalog.find("bird-dog").orElseThrow();
        assertEquals(3, birdDog.prescription().sets(), "the category's sets, under the exercise's reps");
        assertEquals(10, birdDog.prescription().reps());
        assertEquals("Keep breathing the whole time.", birdDog.breathing());
        assertEquals(2, birdDog.cues().size());
        assertEquals(1, catalog.posture().cues().size(), "a cue with commas in it is one cue");
    }

    private static void has(String text, String wanted) {
        assertTrue(text != null && text.contains(wanted), "the page should say '" + wanted + "' here: " + text);
    }
}
