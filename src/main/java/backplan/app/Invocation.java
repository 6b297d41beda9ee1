package backplan.app;

import backplan.session.SessionClock;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Everything a command may touch outside its arguments, passed in so tests can run any command in-process.
 *
 * @param interactive stdin and stdout are both a terminal, so a live screen and questions are possible
 * @param stdoutTty   stdout is a terminal, so color is allowed
 */
public record Invocation(
        PrintWriter out,
        PrintWriter err,
        InputStream in,
        Map<String, String> env,
        boolean interactive,
        boolean stdoutTty,
        SessionClock clock) {}
