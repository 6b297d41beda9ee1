package backplan.app;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import java.util.EnumMap;
import java.util.Map;

/** Reads {@code --pick CATEGORY=ID} options against the catalog, and turns picks into the ids a plan keeps. */
public final class Picks {

    private Picks() {}

    /** The exercises' ids by category, as the plan file keeps them. */
    public static Map<Category, String> ids(Map<Category, Exercise> chosen) {
        Map<Category, String> ids = new EnumMap<>(Category.class);
        chosen.forEach((c, e) -> ids.put(c, e.id()));
        return ids;
    }

    public static Map<Category, Exercise> parse(Catalog catalog, Map<String, String> picks) {
        Map<Category, Exercise> chosen = new EnumMap<>(Category.class);
        picks.forEach((categoryName, id) -> {
            Category category = Lookup.category(categoryName);
            Exercise e = Lookup.exercise(catalog, id);
            if (e.category() != category) {
                throw new UsageException("--pick " + categoryName + "=" + id + ": " + id + " is an exercise of category '"
                        + e.category().key() + "', not '" + category.key() + "'");
            }
            chosen.put(category, e);
        });
        return chosen;
    }
}
