package backplan.catalog;

import backplan.figure.Figure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Turns a catalog file into a {@link Catalog}, or into every problem that keeps it from being one. */
public final class CatalogLoader {

    /** The name the bundled catalog goes by in messages. */
    public static final String BUNDLED = "exercises.yaml (bundled)";

    static final int MAX_SETS = 10;
    static final int MAX_WORK_SECONDS = 600;
    static final int MAX_REPS = 100;
    static final int MAX_REST_SECONDS = 600;

    // The keys and limits below are what backplan-catalog(5) describes (docs/backplan-catalog.5.adoc);
    // CatalogPageTest holds the page to them.
    static final Set<String> TOP_KEYS = Set.of("version", "posture", "categories", "exercises");
    static final Set<String> POSTURE_KEYS = Set.of("summary", "cues");
    static final Set<String> CATEGORY_KEYS = Set.of("prescription", "breathing");
    static final Set<String> EXERCISE_KEYS = Set.of(
            "id", "name", "category", "source", "prescription", "breathing", "cues", "caution", "levels",
            "equipment", "targets", "sides", "figure", "avoid-with", "care-with");
    static final Set<String> PRESCRIPTION_KEYS = Set.of("sets", "work", "reps", "per-side", "rest");
    static final Set<String> LEVEL_KEYS = Set.of("name", "description", "prescription", "replaces");
    static final Set<String> SIDES_KEYS = Set.of("left", "right", "switch");
    /** Equipment goes in a narrow column of {@code list}: a word or two per item. */
    static final int MAX_EQUIPMENT_LENGTH = 20;
    static final int MAX_TARGET_LENGTH = 30;
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int DEFAULT_REST_SECONDS = 15;

    private CatalogLoader() {}

    public static Catalog load(Path path) throws InvalidFileException {
        YamlReader yaml = new YamlReader(path.toString());
        return build(yaml, yaml.parse(path));
    }

    public static Catalog loadBundled() throws InvalidFileException {
        Catalog image = CatalogImage.readBundled(); // validated at build time; no YAML parser to start
        if (image != null) {
            return image;
        }
        return loadBundledYaml();
    }

    /** The bundled catalog read from its YAML, as the build does before it writes the image. */
    static Catalog loadBundledYaml() throws InvalidFileException {
        return parse(BUNDLED, bundledYaml());
    }

    /** The bundled catalog's YAML as it is written, comments and all: the template {@code catalog init} writes. */
    public static byte[] bundledYaml() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream("/backplan/exercises.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalog is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalog parse(String name, byte[] bytes) throws InvalidFileException {
        YamlReader yaml = new YamlReader(name);
        return build(yaml, yaml.parse(bytes));
    }

    private static Catalog build(YamlReader yaml, Optional<Node> root) throws InvalidFileException {
        Catalog catalog = root.flatMap(node -> new Reading(yaml).catalog(node)).orElse(null);
        if (!yaml.ok() || catalog == null) {
            throw InvalidFileException.sorted(yaml.problems());
        }
        return catalog;
    }

    /**
     * A prescription as written, fields possibly missing, to be laid over category defaults.
     *
     * @param given the fields written, including those whose value was wrong (already reported): a wrong field is
     *              not also a missing one
     */
    private record Partial(
            Integer sets, SecondsRange work, Integer reps, Boolean perSide, Integer rest, Set<String> given) {
        static final Partial NONE = new Partial(null, null, null, null, null, Set.of());

        Partial over(Partial base) {
            Set<String> both = new HashSet<>(given);
            both.addAll(base.given);
            return new Partial(
                    sets != null ? sets : base.sets,
                    work != null ? work : base.work,
                    reps != null ? reps : base.reps,
                    perSide != null ? perSide : base.perSide,
                    rest != null ? rest : base.rest,
                    both);
        }

        boolean has(String field) {
            return given.contains(field);
        }
    }

    /** @param breathingGiven whether the category wrote a breathing cue, even a wrong one */
    private record Defaults(Partial prescription, String breathing, boolean breathingGiven) {}

    /** One pass over one file; problems go to the reader. */
    private static final class Reading {
        private final YamlReader yaml;
        /** The 'categories' mapping, if any: a misspelt category there explains missing defaults. */
        private Node categories;
        /** The ids levels say they replace, each where it was first written. */
        private final Map<String, Node> replaced = new HashMap<>();

        Reading(YamlReader yaml) {
            this.yaml = yaml;
        }

        Optional<Catalog> catalog(Node root) {
            Map<String, Node> top = yaml.mapping(root, "the catalog", TOP_KEYS).orElse(null);
            if (top == null) {
                return Optional.empty();
            }
            if (top.containsKey("version")) {
                yaml.whole(top.get("version"), "version", 1, 1);
            }
            Posture posture = top.containsKey("posture") ? posture(top.get("posture")) : new Posture(
                    "Sit and stand tall all day.", List.of());
            Map<Category, Defaults> defaults = top.containsKey("categories")
                    ? categories(top.get("categories")) : Map.of();
            categories = top.get("categories");
            if (!top.containsKey("exercises")) {
                if (!yaml.misspelt(root, "exercises")) {
                    yaml.problem(root, "the catalog has no 'exercises' list");
                }
                return Optional.empty();
            }
            Node list = top.get("exercises");
            List<Node> items = yaml.sequence(list, "exercises").orElse(null);
            if (items == null) {
                return Optional.empty();
            }
            if (items.isEmpty()) {
                yaml.problem(list, "the catalog has no exercises");
                return Optional.empty();
            }
            List<Exercise> exercises = new ArrayList<>();
            Map<String, Node> ids = new HashMap<>();
            Map<String, Node> names = new HashMap<>();
            for (Node item : items) {
                exercise(item, defaults, ids, names).ifPresent(exercises::add);
            }
            replaced.forEach((id, node) -> {
                if (ids.containsKey(id)) {
                    yaml.problem(node, "'" + id + "' is an exercise of this catalog; 'replaces' names an id it no"
                            + " longer has, so that plans naming it keep working");
                }
            });
            for (Category c : Category.values()) {
                if (exercises.stream().noneMatch(e -> e.category() == c) && yaml.ok()) {
                    yaml.problem(list, "no exercises in category '" + c.key()
                            + "' (a session takes one from each category)");
                }
            }
            return Optional.of(new Catalog(yaml.file(), posture, exercises));
        }

        private Posture posture(Node node) {
            Map<String, Node> map = yaml.mapping(node, "posture", POSTURE_KEYS).orElse(Map.of());
            String summary = map.containsKey("summary")
                    ? yaml.text(map.get("summary"), "posture summary").orElse("") : "";
            if (!map.containsKey("summary") && node instanceof org.snakeyaml.engine.v2.nodes.MappingNode) {
                yaml.problem(node, "posture needs a 'summary'");
            }
            List<String> cues = map.containsKey("cues")
                    ? yaml.texts(map.get("cues"), "posture cues", "a posture cue").orElse(List.of()) : List.of();
            return new Posture(summary, cues);
        }

        private Map<Category, Defaults> categories(Node node) {
            Map<Category, Defaults> out = new EnumMap<>(Category.class);
            Map<String, Node> map = yaml.mapping(node, "categories", Category.keys()).orElse(Map.of());
            map.forEach((key, value) -> {
                Category category = Category.fromKey(key).orElseThrow();
                Map<String, Node> fields = yaml.mapping(value, "category '" + key + "'", CATEGORY_KEYS)
                        .orElse(Map.of());
                Partial p = fields.containsKey("prescription") ? partial(fields.get("prescription")) : Partial.NONE;
                String breathing = fields.containsKey("breathing")
                        ? yaml.text(fields.get("breathing"), "breathing").orElse(null) : null;
                out.put(category, new Defaults(p, breathing, fields.containsKey("breathing")));
            });
            return out;
        }

        private Optional<Exercise> exercise(
                Node node, Map<Category, Defaults> defaults, Map<String, Node> ids, Map<String, Node> names) {
            Map<String, Node> f = yaml.mapping(node, "an exercise", EXERCISE_KEYS).orElse(null);
            if (f == null) {
                return Optional.empty();
            }
            int before = yaml.problems().size();
            String id = required(f, node, "id", "an exercise").flatMap(n -> id(n, ids)).orElse(null);
            String what = id == null ? "this exercise" : "'" + id + "'";
            String name = required(f, node, "name", what).flatMap(n -> yaml.text(n, "name")).orElse(null);
            Node firstName = name == null ? null
                    : names.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), f.get("name"));
            if (firstName != null) {
                yaml.problem(f.get("name"), "duplicate exercise name '" + name + "'" + firstName.getStartMark()
                        .map(m -> " (first at line " + (m.getLine() + 1) + ")").orElse(""));
            }
            Category category = required(f, node, "category", what).flatMap(this::category).orElse(null);
            Source source = required(f, node, "source", what).flatMap(this::source).orElse(null);
            Defaults base = category == null ? null : defaults.get(category);
            // A misspelt category default is already reported; what it would have given is not missing as well.
            boolean baseMisspelt = base == null && category != null && categories != null
                    && yaml.misspelt(categories, category.key());
            Partial written = f.containsKey("prescription") ? partial(f.get("prescription")) : Partial.NONE;
            Partial merged = base == null ? written : written.over(base.prescription());
            Prescription prescription = f.containsKey("prescription")
                    || (!yaml.misspelt(node, "prescription") && !baseMisspelt)
                    ? complete(merged, f.getOrDefault("prescription", node), what) : null;
            String breathing = f.containsKey("breathing") ? yaml.text(f.get("breathing"), "breathing").orElse(null)
                    : base != null ? base.breathing() : null;
            boolean breathingGiven = f.containsKey("breathing") || (base != null && base.breathingGiven());
            if (!breathingGiven && !yaml.misspelt(node, "breathing") && !baseMisspelt) {
                yaml.problem(node, what + " needs a 'breathing' cue (or one for its category)");
            }
            List<String> cues = f.containsKey("cues") ? yaml.texts(f.get("cues"), "cues", "a cue").orElse(List.of())
                    : List.of();
            String caution = f.containsKey("caution") ? yaml.text(f.get("caution"), "caution").orElse(null) : null;
            List<Level> levels = f.containsKey("levels") && prescription != null
                    ? levels(f.get("levels"), merged) : List.of();
            List<String> equipment = f.containsKey("equipment") ? shortList(f.get("equipment"), "equipment",
                    "an equipment item", MAX_EQUIPMENT_LENGTH, "leave it out when a mat is all it needs", "band")
                    : List.of();
            List<String> targets = f.containsKey("targets") ? shortList(f.get("targets"), "targets", "a target",
                    MAX_TARGET_LENGTH, "leave it out, or name what the exercise works or stretches", "hamstrings")
                    : List.of();
            Sides sides = f.containsKey("sides") ? sides(f.get("sides")).orElse(null) : null;
            Figure figure = f.containsKey("figure") ? new FigureReader(yaml).figure(f.get("figure")).orElse(null)
                    : null;
            Set<Condition> avoidWith = f.containsKey("avoid-with") ? conditions(f.get("avoid-with"), "avoid-with")
                    : Set.of();
            Set<Condition> careWith = f.containsKey("care-with") ? conditions(f.get("care-with"), "care-with")
                    : Set.of();
            if (f.containsKey("care-with")) {
                careBesideAvoid(f.get("care-with"), avoidWith);
            }
            if (f.containsKey("sides") && prescription != null && !prescription.perSide()
                    && levels.stream().noneMatch(l -> l.prescription().perSide())) {
                yaml.problem(f.get("sides"), what + " has 'sides' but is not done per side; remove 'sides' or add"
                        + " 'per-side: true' to its prescription");
            }
            if (yaml.problems().size() > before || id == null || name == null || category == null
                    || source == null || prescription == null || breathing == null) {
                return Optional.empty();
            }
            return Optional.of(new Exercise(id, name, category, source, prescription, breathing, cues, caution,
                    levels, equipment, targets, sides, figure, avoidWith, careWith));
        }

        /** {@code [spinal-stenosis, pregnancy]}: known conditions, each once; an empty list says nothing: refused. */
        private Set<Condition> conditions(Node node, String what) {
            List<Node> nodes = yaml.sequence(node, what).orElse(null);
            if (nodes == null) {
                return Set.of();
            }
            if (nodes.isEmpty()) {
                yaml.problem(node, what + " is an empty list; leave it out, or name conditions such as '"
                        + Condition.SPINAL_STENOSIS.key() + "'");
                return Set.of();
            }
            Set<Condition> out = EnumSet.noneOf(Condition.class);
            for (Node n : nodes) {
                String key = yaml.text(n, "a condition").orElse(null);
                if (key == null) {
                    continue;
                }
                Optional<Condition> c = Condition.fromKey(key);
                if (c.isEmpty()) {
                    yaml.problem(n, Condition.unknown(key));
                } else if (!out.add(c.get())) {
                    yaml.problem(n, "'" + key + "' is in " + what + " twice");
                }
            }
            return out;
        }

        /** A condition to avoid the exercise with need not also be one to take care with: that says two things. */
        private void careBesideAvoid(Node careNode, Set<Condition> avoidWith) {
            if (!(careNode instanceof SequenceNode seq)) {
                return;
            }
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    Condition.fromKey(s.getValue().strip()).filter(avoidWith::contains).ifPresent(c ->
                            yaml.problem(n, "'" + c.key() + "' is in both avoid-with and care-with; keep it in one"));
                }
            }
        }

        /** A non-empty list of short, distinct texts, such as {@code [band, wall]}. */
        private List<String> shortList(Node node, String what, String item, int maxLength, String ifNone,
                String example) {
            List<Node> nodes = yaml.sequence(node, what).orElse(null);
            if (nodes == null) {
                return List.of();
            }
            if (nodes.isEmpty()) {
                yaml.problem(node, what + " is an empty list; " + ifNone);
                return List.of();
            }
            List<String> items = new ArrayList<>();
            Map<String, Node> seen = new HashMap<>();
            for (Node n : nodes) {
                String text = yaml.text(n, item).orElse(null);
                if (text == null) {
                    continue;
                }
                Node first = seen.putIfAbsent(text.toLowerCase(java.util.Locale.ROOT), n);
                if (text.length() > maxLength) {
                    yaml.problem(n, item + " must be a word or two (at most " + maxLength + " characters), such as '"
                            + example + "', not " + YamlReader.quote(text));
                } else if (first != null) {
                    yaml.problem(n, "duplicate " + item.replaceFirst("^an? ", "") + " '" + text + "'"
                            + first.getStartMark().map(m -> " (first at line " + (m.getLine() + 1) + ")").orElse(""));
                } else {
                    items.add(text);
                }
            }
            return items;
        }

        private Optional<Sides> sides(Node node) {
            Map<String, Node> f = yaml.mapping(node, "sides", SIDES_KEYS).orElse(null);
            if (f == null) {
                return Optional.empty();
            }
            String left = side(f, node, "left", "what the left side means, such as 'lying on your"
                    + " left side'");
            String right = side(f, node, "right", "what the right side means, such as 'lying on"
                    + " your right side'");
            String change = side(f, node, "switch", "what to change between the sides, such as 'roll"
                    + " over onto your other side'");
            return left == null || right == null || change == null ? Optional.empty()
                    : Optional.of(new Sides(left, right, change));
        }

        private String side(Map<String, Node> fields, Node owner, String key, String meaning) {
            Node n = fields.get(key);
            if (n == null) {
                if (!yaml.misspelt(owner, key)) {
                    yaml.problem(owner, "sides is missing '" + key + "' (" + meaning + ")");
                }
                return null;
            }
            return yaml.text(n, "sides '" + key + "'").orElse(null);
        }

        private Optional<Node> required(Map<String, Node> fields, Node owner, String key, String what) {
            Node n = fields.get(key);
            if (n == null && !yaml.misspelt(owner, key)) {
                yaml.problem(owner, what + " is missing '" + key + "'");
            }
            return Optional.ofNullable(n);
        }

        private Optional<String> id(Node node, Map<String, Node> seen) {
            Optional<String> text = yaml.text(node, "id");
            if (text.isEmpty()) {
                return text;
            }
            String id = text.get();
            if (!KEBAB.matcher(id).matches()) {
                String kebab = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                yaml.problem(node, "id " + YamlReader.quote(id) + " must be kebab-case (lower-case letters and"
                        + " digits joined by dashes), such as '" + (kebab.isEmpty() ? "dead-bug" : kebab) + "'");
                return Optional.empty();
            }
            Node first = seen.putIfAbsent(id, node);
            if (first != null) {
                yaml.problem(node, "duplicate id '" + id + "'"
                        + first.getStartMark().map(m -> " (first at line " + (m.getLine() + 1) + ")").orElse(""));
                return Optional.empty();
            }
            return Optional.of(id);
        }

        private Optional<Category> category(Node node) {
            return yaml.text(node, "category").flatMap(key -> {
                Optional<Category> c = Category.fromKey(key);
                if (c.isEmpty()) {
                    yaml.problem(node, "unknown category '" + key + "'" + Spelling.hint(key, Category.keys())
                            + "; categories are " + String.join(", ", Category.keys()));
                }
                return c;
            });
        }

        private Optional<Source> source(Node node) {
            return yaml.text(node, "source").flatMap(key -> switch (key) {
                case "article" -> Optional.of(Source.ARTICLE);
                case "common" -> Optional.of(Source.COMMON);
                default -> {
                    yaml.problem(node, "source must be 'article' or 'common', not '" + key + "'");
                    yield Optional.empty();
                }
            });
        }

        private Partial partial(Node node) {
            Map<String, Node> f = yaml.mapping(node, "prescription", PRESCRIPTION_KEYS).orElse(null);
            if (f == null) {
                // Already reported; count every field as given so that none is reported missing as well.
                return new Partial(null, null, null, null, null, PRESCRIPTION_KEYS);
            }
            Integer sets = f.containsKey("sets") ? box(yaml.whole(f.get("sets"), "sets", 1, MAX_SETS)) : null;
            SecondsRange work = f.containsKey("work") ? work(f.get("work")) : null;
            Integer reps = f.containsKey("reps") ? box(yaml.whole(f.get("reps"), "reps", 1, MAX_REPS)) : null;
            Boolean perSide = f.containsKey("per-side") ? yaml.flag(f.get("per-side"), "per-side").orElse(null)
                    : null;
            Integer rest = f.containsKey("rest")
                    ? box(yaml.seconds(f.get("rest"), "rest", 0, MAX_REST_SECONDS)) : null;
            return new Partial(sets, work, reps, perSide, rest, f.keySet());
        }

        private SecondsRange work(Node node) {
            if (node instanceof ScalarNode s && node.getTag().equals(Tag.STR)) {
                long[] range = Seconds.parseRange(s.getValue());
                if (range != null) {
                    if (range[0] < 1 || range[1] > MAX_WORK_SECONDS) {
                        yaml.problem(node, "work must be between 1 and " + MAX_WORK_SECONDS + " s, not "
                                + s.getValue().strip());
                        return null;
                    }
                    if (range[0] > range[1]) {
                        yaml.problem(node, "work range " + s.getValue().strip() + " runs backwards; write the"
                                + " shorter time first: " + range[1] + "-" + range[0]);
                        return null;
                    }
                    return new SecondsRange((int) range[0], (int) range[1]);
                }
            }
            OptionalInt secs = yaml.seconds(node, "work", 1, MAX_WORK_SECONDS);
            return secs.isPresent() ? SecondsRange.of(secs.getAsInt()) : null;
        }

        private Prescription complete(Partial p, Node at, String what) {
            boolean noSets = p.sets() == null && !p.has("sets");
            boolean noAmount = p.work() == null && p.reps() == null && !p.has("work") && !p.has("reps");
            if (noSets && noAmount && !p.has("per-side") && !p.has("rest")) {
                yaml.problem(at, what + " needs a prescription (sets and work or reps), or one for its category");
                return null;
            }
            if (noSets) {
                yaml.problem(at, what + ": the prescription is missing 'sets'");
            }
            if (noAmount) {
                yaml.problem(at, what + ": the prescription needs 'work' (seconds) or 'reps'");
            }
            if (p.sets() == null || (p.work() == null && p.reps() == null)) {
                return null;
            }
            return new Prescription(p.sets(), p.work(), p.reps() == null ? 0 : p.reps(),
                    Boolean.TRUE.equals(p.perSide()), p.rest() == null ? DEFAULT_REST_SECONDS : p.rest());
        }

        private List<Level> levels(Node node, Partial base) {
            List<Node> items = yaml.sequence(node, "levels").orElse(List.of());
            List<Level> levels = new ArrayList<>();
            for (Node item : items) {
                Map<String, Node> f = yaml.mapping(item, "a level", LEVEL_KEYS).orElse(null);
                if (f == null) {
                    continue;
                }
                String name = required(f, item, "name", "a level").flatMap(n -> yaml.text(n, "level name"))
                        .orElse(null);
                String description = f.containsKey("description")
                        ? yaml.text(f.get("description"), "description").orElse("") : "";
                Partial p = f.containsKey("prescription") ? partial(f.get("prescription")).over(base) : base;
                Prescription resolved = complete(p, f.getOrDefault("prescription", item),
                        name == null ? "a level" : "level '" + name + "'");
                String replaces = f.containsKey("replaces") ? replaces(f.get("replaces")) : null;
                if (name != null && resolved != null) {
                    levels.add(new Level(levels.size() + 1, name, description, resolved, replaces));
                }
            }
            return levels;
        }

        /** The id of an exercise a level took the place of: kebab-case, and replaced by one level only. */
        private String replaces(Node node) {
            String id = yaml.text(node, "replaces").orElse(null);
            if (id == null) {
                return null;
            }
            if (!KEBAB.matcher(id).matches()) {
                yaml.problem(node, "replaces " + YamlReader.quote(id) + " must be the kebab-case id of an exercise"
                        + " this level took the place of, such as 'single-leg-bridge'");
                return null;
            }
            Node first = replaced.putIfAbsent(id, node);
            if (first != null) {
                yaml.problem(node, "'" + id + "' is replaced twice" + first.getStartMark()
                        .map(m -> " (first at line " + (m.getLine() + 1) + ")").orElse(""));
                return null;
            }
            return id;
        }

        private static Integer box(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }
    }
}
