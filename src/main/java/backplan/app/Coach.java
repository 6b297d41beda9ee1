package backplan.app;

import backplan.session.Rating;
import backplan.session.Routine;
import backplan.session.SessionResult;
import backplan.sound.SoundSettings;
import backplan.text.TextLayout;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs a session's routine where the person can follow it and asks the end question there: {@link SessionCoach}
 * on the terminal; a test's fake runs it on a fake clock.
 */
public interface Coach {

    /** How the session is shown. */
    public enum Mode {
        LIVE,
        PLAIN,
        JSON
    }

    /**
     * How to coach.
     *
     * @param color colors on the live screen
     * @param ascii ASCII look-alikes for a locale that cannot show Unicode marks
     * @param sound  tones or the bell, and the voice
     * @param figure the exercise's moving figure on the live screen, where there is room
     * @param debug  say on stderr why sound fell back to the bell
     * @param ring   plain lines go to a terminal, whose bell may stand in for tones
     * @param flash  the live screen flashes as each step starts and in its last seconds
     * @param keyboard stdin is a terminal, where a person might press keys
     */
    /**
     * How a session is coached.
     *
     * @param width the columns plain lines wrap to between words on a terminal; {@code TextLayout.UNLIMITED}: never
     */
    public record Options(Mode mode, boolean color, boolean ascii, SoundSettings sound, boolean figure,
            boolean debug, boolean ring, boolean flash, boolean keyboard, int width) {

        public Options(Mode mode, boolean color, boolean ascii, SoundSettings sound, boolean figure, boolean debug,
                boolean ring) {
            this(mode, color, ascii, sound, figure, debug, ring, false, false, TextLayout.UNLIMITED);
        }
    }

    /** Said once before plain lines on a terminal, where keys are not read. */
    static final String PLAIN_KEYS = "Plain lines read no keys: Ctrl-C stops the session, and its summary follows.";

    /**
     * Starts setting the screen up beside the catalog and the session, so the first frame comes sooner; only for a
     * run that asks no line question before the screen is taken.
     */
    default void prepareScreen() {}

    /** Takes the screen (in live mode) and routes signals to the session until the coaching is closed. */
    Coaching open(Options options) throws IOException;

    /** One session on its screen, from the first step to the last question. */
    interface Coaching extends AutoCloseable {

        /** Runs the routine to its end, a quit or an interrupt. */
        SessionResult run(Routine routine);

        /**
         * Asks for a 0-10 rating on the live screen; null without one, when skipped, when a signal ends the wait,
         * or when the terminal went away.
         */
        Integer askPain(String question);

        /**
         * Says, for a wait on a file (the history's lock, say), whether to give it up: a SIGTERM, SIGHUP or SIGINT
         * has arrived since the wait began.
         */
        BooleanSupplier signalledFromNow();

        /**
         * Asks how an exercise went (one key, easy to hurt) on the live screen; null without one, when skipped, or
         * when a signal ends the wait.
         */
        default Rating askRating(String question) {
            return null;
        }

        /**
         * Asks for a one-line note on the live screen; null without one, when skipped (Enter alone, Esc), when a
         * signal ends the wait, or when the terminal went away.
         */
        default String askNote(String question) {
            return null;
        }

        /** The number of the signal that stopped the session, or 0. */
        int signal();

        /** A fault met while drawing the live screen, which the session went on past: an internal error. */
        default Optional<Throwable> internalError() {
            return Optional.empty();
        }

        /**
         * Gives the screen and the signals back and ends every tone; after a session that ran to its end the last
         * words go on speaking, for {@link #lastWords} to end, so the summary is printed without waiting for them.
         */
        @Override
        void close();

        /** After the summary: lets the last words finish, for a few seconds at most, then ends them. */
        default void lastWords() {
        }
    }
}
