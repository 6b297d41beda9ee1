package backplan.session;

/** Shows a running session: the live screen, plain lines, JSON lines, or a recorder in tests. */
@FunctionalInterface
public interface SessionView {

    void show(SessionEvent event, SessionState state);
}
