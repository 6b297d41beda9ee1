package backplan.program;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person said about their back after pain went up in a session: asked before the next session, or said
 * with {@code plan resume}.
 *
 * @param at when it was said
 */
public record CheckIn(ZonedDateTime at, Answer answer) {

    /** The answers; the key is what the file keeps. */
    public enum Answer {
        /** The pain settled: the plan goes on. */
        SETTLED,
        /** Not settled yet: the plan waits. */
        NOT_SETTLED,
        /** Worse: the plan waits, and the advice is to see a professional. */
        WORSE,
        /** {@code plan resume}: the person lifts the pause themselves. */
        RESUMED;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Answer> fromKey(String key) {
            for (Answer a : values()) {
                if (a.key().equals(key)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }

        /** Whether the answer lets the plan go on. */
        public boolean lifts() {
            return this == SETTLED || this == RESUMED;
        }
    }
}
