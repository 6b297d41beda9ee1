package backplan.app;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import backplan.program.EasierChoice;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Lets the person choose the exercises of each category: on the live screen in a real run, scripted in a test. */
@FunctionalInterface
public interface ExercisePicker {

    /**
     * The exercises chosen per category, starting from {@code preselected}; null when the person closed the picker
     * without choosing. Those the profile avoids are not offered; those it marks are shown so. Where an exercise
     * hurt last time, its category offers the easier choice first, with a line saying why.
     */
    Map<Category, List<Exercise>> pick(Catalog catalog, Map<Category, List<Exercise>> preselected, Profile profile,
            Map<Category, EasierChoice> offers) throws IOException;
}
