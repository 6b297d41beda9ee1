package backplan.catalog;

import backplan.figure.Figure;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One exercise of the catalog, with its prescription resolved from the category defaults.
 *
 * @param caution a warning worth reading first, or null when none is due
 * @param equipment what to have at hand besides a mat (a mat is assumed), in catalog order; empty when nothing
 * @param targets what the exercise works or stretches, such as "hamstrings"; empty when the catalog says nothing
 * @param sides what each side of a per-side exercise means, or null when the catalog does not say
 * @param figure the movement's two key poses (for a per-side exercise, its first side), or null when the catalog
 *               draws none
 * @param avoidWith the conditions it should be left out with (see {@link Profile})
 * @param careWith the conditions it should be done with care with
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
        Figure figure,
        Set<Condition> avoidWith,
        Set<Condition> careWith) {

    public Exercise {
        cues = List.copyOf(cues);
        levels = List.copyOf(levels);
        equipment = List.copyOf(equipment);
        targets = List.copyOf(targets);
        avoidWith = Profile.Conditions.copy(avoidWith);
        careWith = Profile.Conditions.copy(careWith);
    }

    /** An exercise that suits every condition: none to avoid it with, none to take care with. */
    public Exercise(String id, String name, Category category, Source source, Prescription prescription,
            String breathing, List<String> cues, String caution, List<Level> levels, List<String> equipment,
            List<String> targets, Sides sides, Figure figure) {
        this(id, name, category, source, prescription, breathing, cues, caution, levels, equipment, targets, sides,
                figure, Set.of(), Set.of());
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
