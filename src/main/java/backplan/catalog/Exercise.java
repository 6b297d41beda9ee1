package backplan.catalog;

import backplan.figure.Figure;
import java.util.List;
import java.util.Optional;

/**
 * One exercise of the catalog, with its prescription resolved from the category defaults.
 *
 * @param caution a warning worth reading first, or null when none is due
 * @param equipment what to have at hand besides a mat (a mat is assumed), in catalog order; empty when nothing
 * @param targets what the exercise works or stretches, such as "hamstrings"; empty when the catalog says nothing
 * @param sides what each side of a per-side exercise means, or null when the catalog does not say
 * @param figure the movement's two key poses (for a per-side exercise, its first side), or null when the catalog
 *               draws none
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
        List<Level> levels,
        List<String> equipment,
        List<String> targets,
        Sides sides,
        Figure figure) {

    public Exercise {
        cues = List.copyOf(cues);
        levels = List.copyOf(levels);
        equipment = List.copyOf(equipment);
        targets = List.copyOf(targets);
    }

    public Optional<String> cautionNote() {
        return Optional.ofNullable(caution);
    }

    public Optional<Sides> sidesNote() {
        return Optional.ofNullable(sides);
    }

    public Optional<Figure> keyPoses() {
        return Optional.ofNullable(figure);
    }
}
