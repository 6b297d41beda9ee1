package backplan.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated exercise catalog: the posture habit and the exercises, kept in file order within each category. */
public record Catalog(String origin, Posture posture, List<Exercise> exercises) {

    public Catalog {
        exercises = List.copyOf(exercises);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Where an exercise the catalog no longer has went: the level of another exercise that took its place. */
    public record Successor(Exercise exercise, Level level) {

        /** "Level II of Glute Bridge (glute-bridge, level 2)". */
        public String describe() {
            return level.name() + " of " + exercise.name() + " (" + exercise.id() + ", level " + level.number() + ")";
        }
    }

    /** The level that took the place of an exercise id this catalog once had (see {@link Level#replaces}). */
    public Optional<Successor> successor(String retiredId) {
        for (Exercise e : exercises) {
            for (Level l : e.levels()) {
                if (retiredId.equals(l.replaces())) {
                    return Optional.of(new Successor(e, l));
                }
            }
        }
        return Optional.empty();
    }

    public List<Exercise> in(Category category) {
        return exercises.stream().filter(e -> e.category() == category).toList();
    }

    /** The exercises grouped by category in session order, categories without exercises left out. */
    public Map<Category, List<Exercise>> bySessionOrder() {
        Map<Category, List<Exercise>> groups = new EnumMap<>(Category.class);
        for (Exercise e : exercises) {
            groups.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    public List<String> ids() {
        return exercises.stream().map(Exercise::id).toList();
    }

    public long categoryCount() {
        return exercises.stream().map(Exercise::category).distinct().count();
    }
}
