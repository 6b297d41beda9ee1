package backplan.session;

import java.util.Locale;

/** How a session ended. */
public enum Ending {
    COMPLETED,
    /** The person chose to stop. */
    QUIT,
    /** Ctrl-C, a signal or a closed terminal stopped it. */
    INTERRUPTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
