package backplan.base;

import java.util.Locale;
import java.util.Optional;

/**
 * How a yes-or-no value is written wherever one is set (settings.yaml, {@code config set}, a catalog's
 * {@code per-side}): true/false, yes/no or on/off, in any case, as people and YAML 1.1 files write them.
 */
public final class OnOff {

    /** For messages: what may be written. */
    public static final String WORDS = "true or false (or yes/no, on/off)";

    private OnOff() {}

    /** The value of {@code text}, or empty when it is none of the words. */
    public static Optional<Boolean> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
