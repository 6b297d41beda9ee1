package backplan.term;

import backplan.session.SessionState;
import java.util.List;
import org.jline.utils.AttributedString;

/** What the live view draws: the screen at a state and a size ({@link CountdownScreen}; tests pass their own). */
interface Frames {

    List<AttributedString> render(SessionState s, int width, int height);

    /** The screen {@code secondsIn} seconds into the step, for a figure that moves between ticks. */
    List<AttributedString> render(SessionState s, int width, int height, double secondsIn);

    /** Whether the screen at this state moves between ticks. */
    boolean moves(SessionState s);
}
