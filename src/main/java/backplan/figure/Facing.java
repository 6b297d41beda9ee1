package backplan.figure;

import java.util.Locale;
import java.util.Optional;

/**
 * Which side of the picture the figure's face points to; for a lying figure, which side its head is on.
 */
public enum Facing {
    LEFT,
    RIGHT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Facing other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    public static Optional<Facing> fromKey(String key) {
        for (Facing f : values()) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
