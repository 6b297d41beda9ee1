package backplan.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A harder or easier form of an exercise, numbered from 1 in catalog order.
 *
 * @param replaces the id of an exercise the catalog once had on its own and this level took the place of, so that
 *                 a plan naming it keeps working; null when none
 */
public record Level(int number, String name, String description, Prescription prescription, String replaces) {

    public Level(int number, String name, String description, Prescription prescription) {
        this(number, name, description, prescription, null);
    }

    public Optional<String> replacedId() {
        return Optional.ofNullable(replaces);
    }

    /** "Level I and Level II (1-2)": an exercise's levels, for messages. */
    public static String describe(List<Level> levels) {
        List<String> names = levels.stream().map(Level::name).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return joined + " (" + (levels.size() == 1 ? "1" : "1-" + levels.size()) + ")";
    }
}
