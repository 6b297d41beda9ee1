package backplan.base;

/** Every exit status backplan uses, in one place; the README's table mirrors this. */
public final class ExitCode {

    /** The command did what was asked (for {@code due}: a session is due). */
    public static final int OK = 0;
    /** Something failed that is not the user's input: a file that could not be written, an internal error. */
    public static final int FAILURE = 1;
    /** {@code due}: nothing is due today, so a login script can skip the session. */
    public static final int NOT_DUE = 1;
    /** The command line was wrong: an unknown option, command, category or id, a bad duration. */
    public static final int USAGE = 2;
    /** A catalog, plan or settings file is invalid; every problem was printed as {@code file:line:col: message}. */
    public static final int INVALID_INPUT = 3;
    /**
     * {@code due} could not tell (a file could not be read, an internal error): its 1 means "nothing due", and a
     * failure that said 1 would silently skip a {@code due && start} reminder.
     */
    public static final int CANNOT_TELL = 4;
    /** The session was quit early or interrupted by Ctrl-C (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}

    /** The shell's code for a process ended by a signal: 128 plus the signal number. */
    public static int signal(int number) {
        return 128 + number;
    }
}
