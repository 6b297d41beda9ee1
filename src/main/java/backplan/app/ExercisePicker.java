package backplan.app;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Lets the person choose the exercises of each category: on the live screen in a real run, scripted in a test. */
@FunctionalInterface
public interface ExercisePicker {

    /**
     * The exercises chosen per category, starting from {@code preselected}; null when the person closed the picker
     * without choosing. Those the profile avoids are not offered; those it marks are shown so.
     */
    Map<Category, List<Exercise>> pick(Catalog catalog, Map<Category, List<Exercise>> preselected, Profile profile)
            throws IOException;
}
