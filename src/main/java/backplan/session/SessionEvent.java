package backplan.session;

/** What just happened in a running session; views decide which ones deserve a line or a redraw. */
public enum SessionEvent {
    START,
    STEP,
    /** A whole second passed. */
    TICK,
    /** A whole second of the session passed while it is paused: only its elapsed clock moves. */
    CLOCK,
    /** A counted rep began (the "out" half). */
    REP,
    /** The "back" half of a counted rep: breathe out. */
    EXHALE,
    PAUSE,
    RESUME,
    SKIP,
    /** The step was made longer or shorter. */
    TIME,
    ASK_QUIT,
    REDRAW,
    /** The person said how an exercise went ({@link SessionState#ratingOf}). */
    RATED,
    END
}
