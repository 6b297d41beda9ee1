package backplan.app;

import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.InvalidFileException;
import java.nio.file.Path;

/**
 * The catalog this run uses: {@code --catalog}, else {@code $BACKPLAN_CATALOG}, else the user's own, else the
 * bundled one.
 *
 * @param path the file, or null for the bundled catalog
 */
public record ActiveCatalog(Path path) {

    /** The bundled catalog. */
    public static final ActiveCatalog BUNDLED = new ActiveCatalog(null);

    public Catalog load() throws InvalidFileException {
        return path == null ? CatalogLoader.loadBundled() : CatalogLoader.load(path);
    }

    /** What to call it in a message: the file, or the bundled catalog's name. */
    public String describe() {
        return path == null ? CatalogLoader.BUNDLED : path.toString();
    }
}
