package backplan.cli;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import java.util.EnumMap;
import java.util.Map;

/** Reads {@code --pick CATEGORY=ID} options against the catalog. */
final class Picks {

    private Picks() {}

    /** The exercises' ids by category, as the plan file keeps them. */
    static Map<Category, String> ids(Map<Category, Exercise> chosen) {
        Map<Category, String> ids = new EnumMap<>(Category.class);
        chosen.forEach((c, e) -> ids.put(c, e.id()));
        return ids;
    }

    static Map<Category, Exercise> parse(Catalog catalog, Map<String, String> picks) {
        Map<Category, Exercise> chosen = new EnumMap<>(Category.class);
        picks.forEach((categoryName, id) -> {
            Category category = CategoryNames.parse(categoryName);
            Exercise e = ExerciseIds.find(catalog, id);
            if (e.category() != category) {
                throw new UsageException("--pick " + categoryName + "=" + id + ": " + id + " is an exercise of category '"
                        + e.category().key() + "', not '" + category.key() + "'");
            }
            chosen.put(category, e);
        });
        return chosen;
    }
}
