package backplan.base;

import java.util.List;

/**
 * Every exit status backplan uses, in one place, with the words that explain each: the help's footer, the man
 * page's "Exit status" section and the README's table (checked by a test) are made from {@link #TABLE}.
 */
public final class ExitCode {

    /** The command did what was asked (for {@code due}: a session is due). */
    public static final int OK = 0;
    /** Something failed that is not the user's input: a file that could not be written, an internal error. */
    public static final int FAILURE = 1;
    /**
     * {@code due}: nothing is due today, so a login script can skip the session; also once the plan's weeks are over
     * ("The four-week plan ended on DATE: 'backplan plan renew' starts another").
     */
    public static final int NOT_DUE = 1;
    /** The command line was wrong: an unknown option, command, category or id, a bad duration. */
    public static final int USAGE = 2;
    /**
     * A catalog, plan, settings or profile file is invalid; every problem was printed as
     * {@code file:line:col: message}.
     */
    public static final int INVALID_INPUT = 3;
    /**
     * {@code due} could not tell (a file could not be read, an internal error): its 1 means "nothing due", and a
     * failure that said 1 would silently skip a {@code due && start} reminder.
     */
    public static final int CANNOT_TELL = 4;
    /**
     * The plan is paused: pain after a session that has not settled, pain ratings going up, or a check-in still to
     * answer. {@code due} says it (so {@code due && start} starts nothing), and {@code start} when the person
     * chose not to go on.
     */
    public static final int PAUSED = 5;
    /**
     * A red flag was reported (a symptom that needs a doctor now): no session starts until the person answers
     * the question again.
     */
    public static final int SEE_CARE = 6;
    /** The session was quit early or interrupted by Ctrl-C (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;

    /**
     * One status as people read it.
     *
     * @param codes the code, or codes that mean the same ("129, 143")
     * @param brief a few words for the help's one-line footer
     * @param full  a sentence for the man page and the README, with {@code `commands`} in backticks
     */
    public record Meaning(String codes, String brief, String full) {

        /** The sentence without the backticks, for a page that is not Markdown. */
        public String plain() {
            return full.replace("`", "");
        }
    }

    /** Every status, in order. */
    public static final List<Meaning> TABLE = List.of(
            new Meaning(OK + "", "ok",
                    "ok; a session completed; `due`: a session is due"),
            new Meaning(FAILURE + "", "failure (due: nothing due)",
                    "failure (such as a history that could not be written); `due`: nothing due, or the plan's"
                            + " weeks are over (`backplan plan renew` starts another)"),
            new Meaning(USAGE + "", "usage",
                    "usage: unknown command, option, category or id, bad duration"),
            new Meaning(INVALID_INPUT + "", "invalid catalog, plan, settings or profile",
                    "invalid catalog, plan, settings or profile file (each problem printed as"
                            + " `FILE:LINE:COL: message`)"),
            new Meaning(CANNOT_TELL + "", "due could not tell",
                    "`due` could not tell (a file could not be read); it never says 1 for a failure"),
            new Meaning(PAUSED + "", "plan paused",
                    "the plan is paused (pain that has not settled, rising pain ratings, a check-in to answer): `due`"
                            + " says why, `start` starts nothing unless you choose to go on"),
            new Meaning(SEE_CARE + "", "see a doctor",
                    "a red flag was reported: see a doctor now; no session starts until you answer again"
                            + " (`backplan safety`)"),
            new Meaning(INTERRUPTED + "", "session quit early",
                    "session quit early (q, Ctrl-C), or the picker closed before a session"),
            new Meaning(signal(1) + ", " + signal(15), "stopped by SIGHUP/SIGTERM",
                    "session stopped by SIGHUP (129) or SIGTERM (143)"));

    private ExitCode() {}

    /** The help's footer: "Exit codes: 0 ok, 1 failure (due: nothing due), …". */
    public static String footer() {
        StringBuilder sb = new StringBuilder("Exit codes:");
        for (int i = 0; i < TABLE.size(); i++) {
            Meaning m = TABLE.get(i);
            sb.append(i == 0 ? " " : ", ").append(m.codes().replace(", ", "/")).append(' ').append(m.brief());
        }
        return sb.append('.').toString();
    }

    /** The shell's code for a process ended by a signal: 128 plus the signal number. */
    public static int signal(int number) {
        return 128 + number;
    }
}
