package backplan.term;

import backplan.session.SessionState;
import java.util.List;
import org.jline.utils.AttributedString;

/** Lets tests in other packages render the live screen. */
public final class CountdownScreenAccess {

    private CountdownScreenAccess() {}

    public static List<AttributedString> render(SessionState state, int width, int height) {
        return new CountdownScreen(true).render(state, width, height);
    }

    public static List<Integer> widths(SessionState state, int width, int height) {
        return render(state, width, height).stream().map(AttributedString::columnLength).toList();
    }
}
