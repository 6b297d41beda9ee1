package backplan.history;

import backplan.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Spelling;
import backplan.catalog.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;

/** The plan as a small, human-editable YAML file, checked like the catalog and replaced atomically on save. */
public final class PlanFile {

    private static final Set<String> KEYS = Set.of("start", "per-week", "weeks", "picks");
    private static final String HEADER = """
            # backplan plan: one exercise per category, `per-week` sessions a week for `weeks` weeks,
            # counted from `start`. Edit freely; `backplan plan` checks it. Picks are exercise ids
            # (see `backplan list`); a category left out uses the catalog's first exercise.
            """;

    private final Path path;

    public PlanFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /** The plan, or empty when there is none; problems in it (against this catalog) are all reported. */
    public Optional<Plan> load(Catalog catalog) throws InvalidFileException {
        if (!Files.exists(path)) {
            return Optional.empty(); // a link to a missing file too: 'plan set' makes the file where it points
        }
        YamlReader yaml = new YamlReader(path.toString());
        Optional<Node> root = yaml.parse(path);
        Plan plan = root.flatMap(node -> read(yaml, node, catalog)).orElse(null);
        if (!yaml.ok() || plan == null) {
            throw InvalidFileException.sorted(yaml.problems());
        }
        return Optional.of(plan);
    }

    private static Optional<Plan> read(YamlReader yaml, Node root, Catalog catalog) {
        Map<String, Node> f = yaml.mapping(root, "the plan", KEYS).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        LocalDate start = null;
        if (!f.containsKey("start")) {
            yaml.problem(root, "the plan is missing 'start' (a date such as 2026-11-24)");
        } else {
            start = yaml.text(f.get("start"), "start").map(text -> {
                try {
                    LocalDate day = LocalDate.parse(text);
                    if (SaneValues.contains(day)) {
                        return day;
                    }
                    yaml.problem(f.get("start"), "start must be a day from " + SaneValues.range() + ", not " + text);
                } catch (DateTimeParseException e) {
                    yaml.problem(f.get("start"), "start must be a date such as 2026-11-24, not '" + text + "'");
                }
                return null;
            }).orElse(null);
        }
        OptionalInt perWeek = f.containsKey("per-week") ? yaml.whole(f.get("per-week"), "per-week", 1, 7)
                : OptionalInt.of(Plan.DEFAULT_PER_WEEK);
        OptionalInt weeks = f.containsKey("weeks") ? yaml.whole(f.get("weeks"), "weeks", 1, 52)
                : OptionalInt.of(Plan.DEFAULT_WEEKS);
        Map<Category, String> picks = new EnumMap<>(Category.class);
        if (f.containsKey("picks")) {
            Map<String, Node> p = yaml.mapping(f.get("picks"), "picks", Category.keys()).orElse(Map.of());
            p.forEach((key, node) -> yaml.text(node, "the pick for " + key).ifPresent(id -> {
                Category category = Category.fromKey(key).orElseThrow();
                Optional<Exercise> e = catalog.find(id);
                if (e.isEmpty()) {
                    yaml.problem(node, "the plan picks '" + id + "' for " + key + ", but the catalog has no such"
                            + " exercise" + Spelling.hint(id, catalog.in(category).stream().map(Exercise::id)
                            .toList()));
                } else if (e.get().category() != category) {
                    yaml.problem(node, "the plan picks '" + id + "' for " + key + ", but that is an exercise"
                            + " of category '" + e.get().category().key() + "'");
                } else {
                    picks.put(category, id);
                }
            }));
        }
        if (start == null || perWeek.isEmpty() || weeks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(start, perWeek.getAsInt(), weeks.getAsInt(), picks));
    }

    /**
     * Writes the plan to a temporary file and moves it into place, so a failure leaves the old plan whole. A plan
     * that is a symbolic link (say, into a dotfiles repository) is written through to its target and stays a
     * link; a new plan is readable by its owner only.
     */
    public void save(Plan plan) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("start", plan.start().toString());
        doc.put("per-week", plan.perWeek());
        doc.put("weeks", plan.weeks());
        Map<String, Object> picks = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            if (plan.picks().containsKey(c)) {
                picks.put(c.key(), plan.picks().get(c));
            }
        }
        doc.put("picks", picks);
        String yaml = HEADER + new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build())
                .dumpToString(doc);
        UserFiles.replace(path, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the plan; the history is untouched. */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(path);
    }
}
