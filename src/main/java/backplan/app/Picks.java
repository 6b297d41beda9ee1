package backplan.app;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.program.PlanFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --pick CATEGORY=ID} options against the catalog, and turns picks into the ids a plan keeps. A
 * category may be picked as often as a session may hold it: twice for back, three times for glutes, else once.
 */
public final class Picks {

    private Picks() {}

    /** The exercises' ids by category, as the plan file keeps them. */
    public static Map<Category, List<String>> ids(Map<Category, List<Exercise>> chosen) {
        Map<Category, List<String>> ids = new EnumMap<>(Category.class);
        chosen.forEach((c, list) -> ids.put(c, list.stream().map(Exercise::id).toList()));
        return ids;
    }

    /** The catalog's exercises for the ids a plan keeps; an id the catalog lacks is left out (the loader says so). */
    public static Map<Category, List<Exercise>> exercises(Catalog catalog, Map<Category, List<String>> ids) {
        Map<Category, List<Exercise>> chosen = new EnumMap<>(Category.class);
        ids.forEach((c, list) -> {
            List<Exercise> found = new ArrayList<>();
            list.forEach(id -> catalog.find(id).ifPresent(found::add));
            if (!found.isEmpty()) {
                chosen.put(c, found);
            }
        });
        return chosen;
    }

    /**
     * {@code --pick} options as typed ({@code back=bird-dog}), in order: a category's picks replace whatever it had
     * before (the plan's), so the caller puts them over the plan's whole.
     */
    public static Map<Category, List<Exercise>> parse(Catalog catalog, List<String> picks) {
        Map<Category, List<Exercise>> chosen = new EnumMap<>(Category.class);
        for (String pick : picks) {
            int eq = pick.indexOf('=');
            if (eq < 0) {
                throw new UsageException("--pick must be CATEGORY=ID, such as back=bird-dog, not '" + pick + "'");
            }
            String categoryName = pick.substring(0, eq).strip();
            String id = pick.substring(eq + 1).strip();
            Category category = Lookup.category(categoryName);
            Exercise e = Lookup.exercise(catalog, id);
            if (e.category() != category) {
                throw new UsageException("--pick " + categoryName + "=" + id + ": " + id + " is an exercise of category '"
                        + e.category().key() + "', not '" + category.key() + "'");
            }
            List<Exercise> list = chosen.computeIfAbsent(category, c -> new ArrayList<>());
            if (list.contains(e)) {
                throw new UsageException("--pick " + category.key() + "=" + id + " is given twice");
            }
            list.add(e);
            if (list.size() > category.maxPicks()) {
                throw new UsageException("--pick: " + list.size() + " " + category.key() + " exercises, but a session"
                        + " holds " + PlanFile.range(category));
            }
        }
        return chosen;
    }
}
