package backplan.cli;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import java.util.EnumMap;
import java.util.Map;

/** Reads {@code --pick CATEGORY=ID} options against the catalog. */
final class Picks {

    private Picks() {}

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
