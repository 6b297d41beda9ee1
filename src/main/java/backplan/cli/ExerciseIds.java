package backplan.cli;

import backplan.catalog.CatalogLoader;
import backplan.catalog.InvalidFileException;
import java.util.Iterator;
import java.util.List;

/** Exercise ids for shell completion, from the bundled catalog. */
final class ExerciseIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        try {
            return CatalogLoader.loadBundled().ids().iterator();
        } catch (InvalidFileException e) {
            return List.<String>of().iterator();
        }
    }
}
