package backplan.session;

/** What the person (or a signal) asks of a running session; keys and signals are mapped to these by the view. */
public enum Command {
    TOGGLE_PAUSE,
    SKIP,
    MORE_TIME,
    LESS_TIME,
    /** {@code q} or Esc: pause and ask before quitting. */
    ASK_QUIT,
    YES,
    NO,
    /** Enter: ends a reps set counted by hand. */
    DONE,
    /** Ctrl-C: stop at once, like a signal; nothing more is asked. */
    QUIT_NOW,
    /** A signal such as SIGTERM or SIGHUP: stop and keep what was done. */
    INTERRUPT,
    /** Ctrl-L: draw the whole screen again. */
    REDRAW,
    /** 1 to 4: how the exercise just done went (see {@link Rating}). */
    RATE_EASY,
    RATE_FINE,
    RATE_HARD,
    RATE_HURT;

    /** The rating this command gives, or null. */
    public Rating rating() {
        return switch (this) {
            case RATE_EASY -> Rating.EASY;
            case RATE_FINE -> Rating.FINE;
            case RATE_HARD -> Rating.HARD;
            case RATE_HURT -> Rating.HURT;
            default -> null;
        };
    }

    /** The command that gives {@code rating}. */
    public static Command rate(Rating rating) {
        return switch (rating) {
            case EASY -> RATE_EASY;
            case FINE -> RATE_FINE;
            case HARD -> RATE_HARD;
            case HURT -> RATE_HURT;
        };
    }

    /** While the quit question is on screen only its answer, a stop or a redraw counts; other keys wait. */
    boolean answersTheQuitQuestion() {
        return this == YES || this == NO || goesOnFromTheQuitQuestion() || this == QUIT_NOW || this == INTERRUPT
                || this == REDRAW;
    }

    /** Esc (or q) again and Enter mean "no, go on", like {@link #NO}: only a deliberate y quits. */
    boolean goesOnFromTheQuitQuestion() {
        return this == ASK_QUIT || this == DONE;
    }
}
