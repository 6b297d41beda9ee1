package backplan.session;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event with the state it came with. */
final class RecordingView implements SessionView {

    record Shown(SessionEvent event, SessionState state) {}

    final List<Shown> shown = new ArrayList<>();

    @Override
    public void show(SessionEvent event, SessionState state) {
        shown.add(new Shown(event, state));
    }

    List<SessionEvent> events() {
        return shown.stream().map(Shown::event).toList();
    }

    long count(SessionEvent event) {
        return shown.stream().filter(s -> s.event() == event).count();
    }
}
