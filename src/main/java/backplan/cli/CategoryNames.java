package backplan.cli;

import backplan.catalog.Category;
import backplan.catalog.Spelling;
import java.util.Iterator;

/** Category names for completion and for friendly parsing of {@code --category}. */
final class CategoryNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Category.keys().iterator();
    }

    static Category parse(String name) {
        return Category.fromKey(name.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new UsageException(
                "unknown category '" + name + "'" + Spelling.hint(name, Category.keys())
                        + "; categories are " + String.join(", ", Category.keys())));
    }
}
