package backplan.session;

import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The engine's and the screen's own small catalog, so a content edit of exercises.yaml never breaks them. */
public final class Fixtures {

    public static final Path ENGINE_CATALOG = Path.of("src/test/resources/catalogs/fixtures/engine.yaml");

    private static Catalog catalog;

    private Fixtures() {}

    public static synchronized Catalog catalog() {
        if (catalog == null) {
            try {
                catalog = CatalogLoader.load(ENGINE_CATALOG);
            } catch (Exception e) {
                throw new IllegalStateException("the engine fixture catalog must load", e);
            }
        }
        return catalog;
    }

    /** The session these exercises make with these settings. */
    public static Routine routine(SessionSettings settings, String... ids) {
        List<Exercise> chosen = Arrays.stream(ids).map(id -> catalog().find(id).orElseThrow()).toList();
        return SessionBuilder.build(catalog(), chosen, settings);
    }
}
