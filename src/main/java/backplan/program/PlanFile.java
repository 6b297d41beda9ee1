package backplan.program;

import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Level;
import backplan.catalog.Problem;
import backplan.catalog.Spelling;
import backplan.catalog.YamlReader;
import backplan.history.SaneValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The plan as a small, human-editable YAML file, checked like the catalog and replaced atomically on save. */
public final class PlanFile {

    private static final List<String> KEYS = List.of("start", "per-week", "weeks", "days", "picks", "levels");
    private static final String HEADER = """
            # backplan plan: `per-week` sessions a week for `weeks` weeks, counted from `start`, on `days`
            # when they are fixed (mon, tue, wed, thu, fri, sat, sun; one per session). Edit freely;
            # `backplan plan` checks it. Picks are exercise ids (see `backplan list`): one per category,
            # or a list of 1-2 for back and 1-3 for glutes; a category left out uses the catalog's first
            # exercise. Levels say which level to do an exercise at (1 is its first).
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
        return loadAgainst(java.util.Objects.requireNonNull(catalog));
    }

    /** @param catalog null: the picks and levels are left unread */
    private Optional<Plan> loadAgainst(Catalog catalog) throws InvalidFileException {
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

    /**
     * The plan's dates alone (start, weeks, sessions a week, days), read without the catalog and so without its
     * picks and levels: for {@code status} and reminders, which say where the weeks stand and are run often (a
     * prompt, a bar, a timer). Problems in the dates are reported as by {@link #load}.
     */
    public Optional<Plan> loadDates() throws InvalidFileException {
        return loadAgainst(null);
    }

    /** @param catalog null: the picks and levels are left unread */
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
        Set<DayOfWeek> days = f.containsKey("days") ? days(yaml, f.get("days")) : Set.of();
        if (days != null && !days.isEmpty() && f.containsKey("per-week") && perWeek.isPresent()
                && days.size() != perWeek.getAsInt()) {
            yaml.problem(f.get("days"), "the plan has " + perWeek.getAsInt() + " sessions a week but " + days.size()
                    + (days.size() == 1 ? " day" : " days") + " (" + Weekdays.format(days) + "); name one day per"
                    + " session, or leave 'days' out");
        }
        if (days != null && !days.isEmpty() && !f.containsKey("per-week")) {
            perWeek = OptionalInt.of(days.size()); // the days say how many
        }
        Map<Category, List<String>> picks = new EnumMap<>(Category.class);
        Map<String, Integer> successors = new LinkedHashMap<>();
        if (f.containsKey("picks") && catalog != null) {
            Map<String, Node> p = yaml.mapping(f.get("picks"), "picks", Category.keys()).orElse(Map.of());
            p.forEach((key, node) -> picks(yaml, catalog, Category.fromKey(key).orElseThrow(), node, successors)
                    .ifPresent(ids -> picks.put(Category.fromKey(key).orElseThrow(), ids)));
        }
        Map<String, Integer> levels = new LinkedHashMap<>(f.containsKey("levels") && catalog != null
                ? levels(yaml, catalog, f.get("levels")) : Map.of());
        successors.forEach(levels::putIfAbsent); // a level the plan sets itself wins
        if (start == null || perWeek.isEmpty() || weeks.isEmpty() || days == null) {
            return Optional.empty();
        }
        return Optional.of(new Plan(start, perWeek.getAsInt(), weeks.getAsInt(), picks, levels, days));
    }

    /** The weekdays of the sessions: a list of names, each once; null when it is broken. */
    private static Set<DayOfWeek> days(YamlReader yaml, Node node) {
        List<Node> items = yaml.sequence(node, "days").orElse(null);
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            return Set.of(); // "days: []": none fixed, as when the key is left out
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean good = true;
        for (Node item : items) {
            String name = yaml.text(item, "a day").orElse(null);
            if (name == null) {
                good = false;
                continue;
            }
            Optional<DayOfWeek> day = Weekdays.parse(name);
            if (day.isEmpty()) {
                yaml.problem(item, "unknown day '" + name + "'" + Spelling.hint(name.toLowerCase(Locale.ROOT),
                        Weekdays.keys()) + "; days are " + String.join(", ", Weekdays.keys()));
                good = false;
            } else if (!days.add(day.get())) {
                yaml.problem(item, "'" + name + "' is in the days twice");
                good = false;
            }
        }
        return good ? days : null;
    }

    /**
     * A category's picks: one id, or a list of as many as the category allows, each once, each an exercise of that
     * category in the catalog.
     */
    private static Optional<List<String>> picks(YamlReader yaml, Catalog catalog, Category category, Node node,
            Map<String, Integer> successors) {
        String key = category.key();
        List<Node> items;
        if (node instanceof SequenceNode seq) {
            items = seq.getValue();
            if (items.isEmpty()) {
                yaml.problem(node, "the picks for " + key + " must name at least one exercise");
                return Optional.empty();
            }
            if (items.size() > category.maxPicks()) {
                yaml.problem(items.get(category.maxPicks()), "the plan picks " + items.size() + " " + key
                        + " exercises; a session holds " + range(category), Problem.Kind.OTHER_CATALOG);
            }
        } else {
            items = List.of(node);
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> retired = new LinkedHashMap<>(); // the id a successor was picked by
        boolean good = true;
        for (Node item : items) {
            String id = yaml.text(item, "the pick for " + key).orElse(null);
            if (id == null) {
                good = false;
                continue;
            }
            Optional<Exercise> e = catalog.find(id);
            Optional<Catalog.Successor> successor = e.isEmpty() ? catalog.successor(id) : Optional.empty();
            if (successor.isPresent()) {
                // an exercise that became a level of another (the single-leg bridge): the plan keeps working
                retired.put(successor.get().exercise().id(), id);
                id = successor.get().exercise().id();
                e = Optional.of(successor.get().exercise());
                successors.put(id, successor.get().level().number());
            }
            if (e.isEmpty()) {
                yaml.problem(item, "the plan picks '" + id + "' for " + key + ", but the catalog has no such"
                        + " exercise" + Spelling.hint(id, catalog.in(category).stream().map(Exercise::id)
                        .toList()), Problem.Kind.OTHER_CATALOG);
                good = false;
            } else if (e.get().category() != category) {
                yaml.problem(item, "the plan picks '" + id + "' for " + key + ", but that is an exercise"
                        + " of category '" + e.get().category().key() + "'", Problem.Kind.OTHER_CATALOG);
                good = false;
            } else if (ids.contains(id) && retired.containsKey(id)) {
                Catalog.Successor now = catalog.successor(retired.get(id)).orElseThrow();
                yaml.problem(item, "the plan picks '" + retired.get(id) + "', now " + now.describe() + ", and '"
                        + id + "' itself for " + key + "; keep one (with --level " + id + "=" + now.level().number()
                        + " for the other form)", Problem.Kind.OTHER_CATALOG);
                good = false;
            } else if (ids.contains(id)) {
                yaml.problem(item, "the plan picks '" + id + "' twice for " + key);
                good = false;
            } else {
                ids.add(id);
            }
        }
        return good && ids.size() <= category.maxPicks() ? Optional.of(ids) : Optional.empty();
    }

    /** "1 or 2", "1 to 3", "exactly one": how many of a category a session holds. */
    public static String range(Category category) {
        return switch (category.maxPicks()) {
            case 1 -> "exactly one";
            case 2 -> "1 or 2";
            default -> "1 to " + category.maxPicks();
        };
    }

    /** The level per exercise id: an exercise of the catalog that has levels, and one of its levels. */
    private static Map<String, Integer> levels(YamlReader yaml, Catalog catalog, Node node) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        List<String> ids = catalog.ids();
        Map<String, Node> entries = yaml.mapping(node, "levels", ids).orElse(Map.of());
        entries.forEach((id, value) -> {
            Exercise e = catalog.find(id).orElseThrow(); // mapping() reported ids the catalog lacks
            OptionalInt level = yaml.whole(value, "the level of " + id, 1, SaneValues.MAX_LEVEL);
            if (level.isEmpty()) {
                return;
            }
            if (e.levels().isEmpty()) {
                yaml.problem(value, "the plan sets a level for '" + id + "', but " + e.name() + " has no levels",
                        Problem.Kind.OTHER_CATALOG);
            } else if (level.getAsInt() > e.levels().size()) {
                yaml.problem(value, "the plan sets level " + level.getAsInt() + " for '" + id + "', but "
                        + e.name() + " has " + Level.describe(e.levels()), Problem.Kind.OTHER_CATALOG);
            } else {
                levels.put(id, level.getAsInt());
            }
        });
        return levels;
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
        if (!plan.days().isEmpty()) {
            doc.put("days", plan.days().stream().sorted().map(Weekdays::key).toList());
        }
        Map<String, Object> picks = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            List<String> ids = plan.picks().get(c);
            if (ids != null) {
                picks.put(c.key(), ids.size() == 1 ? ids.get(0) : ids); // a single pick as the file always had it
            }
        }
        doc.put("picks", picks);
        if (!plan.levels().isEmpty()) {
            doc.put("levels", new LinkedHashMap<>(plan.levels()));
        }
        String yaml = HEADER + new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build())
                .dumpToString(doc);
        UserFiles.replace(path, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the plan; the history is untouched. */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(path);
    }
}
