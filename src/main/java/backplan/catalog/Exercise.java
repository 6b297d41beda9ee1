package backplan.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One exercise of the catalog, with its prescription resolved from the category defaults.
 *
 * @param caution a warning worth reading first, or null when none is due
 */
public record Exercise(
        String id,
        String name,
        Category category,
        Source source,
        Prescription prescription,
        String breathing,
        List<String> cues,
        String caution,
        List<Level> levels) {

    public Exercise {
        cues = List.copyOf(cues);
        levels = List.copyOf(levels);
    }

    public Optional<String> cautionNote() {
        return Optional.ofNullable(caution);
    }

    /** The prescription at a level (1-based); level 0 means the exercise's own. */
    public Optional<Prescription> prescriptionAt(int level) {
        if (level == 0) {
            return Optional.of(prescription);
        }
        return level <= levels.size() ? Optional.of(levels.get(level - 1).prescription()) : Optional.empty();
    }
}
