package backplan.cli;

import backplan.catalog.Category;
import java.util.Iterator;

/** Category names for shell completion of {@code --category}. */
final class CategoryNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Category.keys().iterator();
    }
}
