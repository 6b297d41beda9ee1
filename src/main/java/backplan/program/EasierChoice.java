package backplan.program;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Profile;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * What to offer first, the session after an exercise was rated "hurt": its easier level when it was done above its
 * first, else another exercise of its category that suits the person's profile and did not hurt last time either.
 * Only an offer: the person chooses; the hurt exercise's holds step back one length either way ({@link HoldLengths}).
 *
 * @param hurt    the exercise that hurt
 * @param instead what to offer: {@code hurt} itself at {@code level}, or another exercise
 * @param level   the easier level of {@code hurt} to offer, or null when {@code instead} is another exercise
 */
public record EasierChoice(Exercise hurt, Exercise instead, Level level) {

    /**
     * The offer for {@code hurt}, or empty when it did not hurt last time or nothing easier suits.
     *
     * @param levelDone the level the person does it at (1 for an exercise without levels)
     * @param picked    exercises already chosen, not offered again
     */
    public static Optional<EasierChoice> of(Catalog catalog, Exercise hurt, int levelDone, Profile profile,
            Collection<Exercise> picked, HoldLengths holds) {
        if (!holds.hurtLastTime(hurt.id())) {
            return Optional.empty();
        }
        if (levelDone > 1 && levelDone <= hurt.levels().size()) {
            return Optional.of(new EasierChoice(hurt, hurt, hurt.levels().get(levelDone - 2)));
        }
        return catalog.in(hurt.category()).stream()
                .filter(e -> !e.equals(hurt) && profile.suits(e) && !picked.contains(e) && !holds.hurtLastTime(e.id()))
                .findFirst()
                .map(e -> new EasierChoice(hurt, e, null));
    }

    /**
     * Per category, the offer for the first of its exercises that hurt last time; for the picker, which puts it
     * first.
     *
     * @param levelOf the level the person does an exercise at, by id
     */
    public static Map<Category, EasierChoice> offers(Catalog catalog, Profile profile, ToIntFunction<String> levelOf,
            HoldLengths holds) {
        Map<Category, EasierChoice> out = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            for (Exercise e : catalog.in(c)) {
                if (!out.containsKey(c)) {
                    of(catalog, e, levelOf.applyAsInt(e.id()), profile, List.of(), holds)
                            .ifPresent(o -> out.put(c, o));
                }
            }
        }
        return out;
    }

    /** The one line the picker shows above the choices: "Bird Dog hurt last time: Prone Y-T Raise comes first." */
    public String reason() {
        return level != null
                ? hurt.name() + " hurt last time: its " + level.name() + " is easier ('--level " + hurt.id() + "="
                        + level.number() + "')."
                : hurt.name() + " hurt last time: " + instead.name() + ", another " + hurt.category().key()
                        + " exercise, is offered first.";
    }

    /**
     * The one line a session without the picker says: what steps back and how to take the easier choice.
     *
     * @param holdNow the hurt exercise's hold today ("20 s"), or null for reps
     */
    public String advice(String holdNow) {
        String back = hurt.name() + " hurt last time" + (holdNow == null ? "" : ", so its holds step back to "
                + holdNow);
        return level != null
                ? back + "; " + level.name() + " is easier: 'backplan start --level " + hurt.id() + "="
                        + level.number() + "', or 'backplan plan set --level " + hurt.id() + "=" + level.number()
                        + "' to keep it."
                : back + "; " + instead.name() + " is another " + hurt.category().key() + " exercise to try"
                        + " instead: 'backplan start --pick "
                        + hurt.category().key() + "=" + instead.id() + "', or 'backplan plan set --pick "
                        + hurt.category().key() + "=" + instead.id() + "' to keep it.";
    }
}
