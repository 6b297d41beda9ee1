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
}
