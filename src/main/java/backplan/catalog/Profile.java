package backplan.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conditions a person said apply to them, and the one rule of what that changes: an exercise the catalog says
 * to avoid with one of them is left out of the choices, one it says to do with care is marked.
 */
public record Profile(Set<Condition> conditions) {

    /** No condition: every exercise suits, none is marked. */
    public static final Profile NONE = new Profile(Set.of());

    public Profile {
        conditions = Conditions.copy(conditions);
    }

    public static Profile of(Condition... conditions) {
        return new Profile(Set.copyOf(List.of(conditions)));
    }

    public boolean isNone() {
        return conditions.isEmpty();
    }

    /** The person's conditions the exercise should be avoided with; empty when it suits them. */
    public Set<Condition> avoids(Exercise exercise) {
        return Conditions.both(conditions, exercise.avoidWith());
    }

    /** The person's conditions the exercise should be done with care with (those it is avoided with aside). */
    public Set<Condition> care(Exercise exercise) {
        EnumSet<Condition> care = EnumSet.noneOf(Condition.class);
        care.addAll(Conditions.both(conditions, exercise.careWith()));
        care.removeAll(exercise.avoidWith());
        return Collections.unmodifiableSet(care);
    }

    public boolean suits(Exercise exercise) {
        return avoids(exercise).isEmpty();
    }

    /** The exercises that suit, in the order given. */
    public List<Exercise> suitable(List<Exercise> exercises) {
        return exercises.stream().filter(this::suits).toList();
    }

    /**
     * A category's default pick: its first exercise that suits; when none does (a catalog of one's own may have
     * such a category), its first, so a session still has every category.
     */
    public Optional<Exercise> defaultPick(List<Exercise> category) {
        return suitable(category).stream().findFirst().or(() -> category.stream().findFirst());
    }

    /** The short mark of a choice: {@code (care: osteoporosis)}, {@code (avoid: wrist trouble)}, or empty. */
    public String tag(Exercise exercise) {
        Set<Condition> avoid = avoids(exercise);
        if (!avoid.isEmpty()) {
            return "(avoid: " + tags(avoid) + ")";
        }
        Set<Condition> care = care(exercise);
        return care.isEmpty() ? "" : "(care: " + tags(care) + ")";
    }

    private static String tags(Collection<Condition> conditions) {
        return String.join(", ", conditions.stream().map(Condition::tag).toList());
    }

    /** Sets of conditions, kept in the declared order. */
    static final class Conditions {

        private Conditions() {}

        static Set<Condition> copy(Collection<Condition> conditions) {
            return conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        }

        static Set<Condition> both(Set<Condition> a, Set<Condition> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return Set.of();
            }
            EnumSet<Condition> both = EnumSet.copyOf(a);
            both.retainAll(b);
            return Collections.unmodifiableSet(both);
        }
    }
}
