package backplan.session;

import java.util.Locale;
import java.util.Optional;

/** How an exercise went, in one key right after it: what a physiotherapist asks to adjust the next session. */
public enum Rating {
    EASY,
    FINE,
    HARD,
    /** It hurt: the next session steps it back and offers an easier choice. */
    HURT;

    /** {@code easy}, as the history keeps it and the screen shows it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rating> fromKey(String key) {
        for (Rating r : values()) {
            if (r.key().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The key that gives this rating: 1 for easy to 4 for hurt. */
    public char digit() {
        return switch (this) {
            case EASY -> '1';
            case FINE -> '2';
            case HARD -> '3';
            case HURT -> '4';
        };
    }

    /** Whether it went well enough to build on: easy or fine. */
    public boolean wentWell() {
        return this == EASY || this == FINE;
    }
}
