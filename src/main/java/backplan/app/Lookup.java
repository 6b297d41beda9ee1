package backplan.app;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Part;
import backplan.catalog.Spelling;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Finds what the person named on the command line, or says what was meant. */
public final class Lookup {

    private Lookup() {}

    public static Category category(String name) {
        return Category.fromKey(name.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UsageException(
                "unknown category '" + name + "'" + Spelling.hint(name, Category.keys())
                        + "; categories are " + String.join(", ", Category.keys())));
    }

    public static Part part(String name) {
        List<String> keys = Arrays.stream(Part.values()).map(Part::key).toList();
        return Arrays.stream(Part.values()).filter(p -> p.key().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("unknown part '" + name + "'" + Spelling.hint(name, keys)
                        + "; parts are " + String.join(", ", keys)));
    }

    public static Exercise exercise(Catalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> new UsageException(catalog.successor(id)
                .map(s -> "'" + id + "' is now " + s.describe() + ": name " + s.exercise().id() + " with --level "
                        + s.exercise().id() + "=" + s.level().number())
                .orElseGet(() -> "unknown exercise '" + id + "'" + Spelling.hint(id, catalog.ids())
                        + "; 'backplan list' shows them all")));
    }
}
