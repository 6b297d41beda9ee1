package backplan.term;

import backplan.base.ControlCharacters;
import backplan.history.Notes;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The one-line note asked on the open screen after a session: any printable key is text here (q and Esc's other
 * meanings do not apply), Backspace erases, Enter keeps it, Enter alone or Esc skips. Control characters never get
 * into it: keys that send them (arrows, Ctrl-keys) are passed over.
 */
public final class NoteQuestion {

    private static final String ESC = "\u001b";

    private NoteQuestion() {}

    /** The note typed, or null when skipped, when a signal ends the wait or the terminal went away. */
    public static String ask(FullScreen screen, String question) {
        StringBuilder typed = new StringBuilder();
        while (true) {
            String hint = typed.codePointCount(0, typed.length()) >= Notes.MAX_LENGTH
                    ? "That is as long as a note gets (" + Notes.MAX_LENGTH + " characters)." : "";
            screen.draw((w, h) -> render(question, typed.toString(), hint, w, h));
            if (!(screen.keys().read(0) instanceof KeyReader.Keystroke key)) { // no timeout: the end of reading
                return null;
            }
            switch (key.action()) {
                case ENTER -> {
                    return Notes.clean(typed.toString());
                }
                case INTERRUPT -> {
                    return null;
                }
                case BACK -> {
                    if (key.typed().startsWith(ESC)) {
                        continue; // the left arrow: no cursor to move in one line
                    }
                    if (!typed.isEmpty()) {
                        typed.setLength(typed.offsetByCodePoints(typed.length(), -1));
                    }
                }
                default -> {
                    if (key.typed().equals(ESC)) {
                        return null;
                    }
                    if (!key.typed().isEmpty() && key.typed().codePoints().noneMatch(ControlCharacters::isControl)
                            && typed.codePointCount(0, typed.length()) < Notes.MAX_LENGTH) {
                        typed.append(key.typed());
                    }
                }
            }
        }
    }

    /** The question, the line typed so far and a hint, wrapped to the screen. */
    static List<AttributedString> render(String question, String typed, String hint, int width, int height) {
        List<String> text = List.of("", " " + question, " > " + typed + "_",
                " Type a line, then Enter; Enter alone or Esc skips.", " " + hint);
        List<AttributedString> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            AttributedStyle style = i == 1 || i == 2 ? AttributedStyle.BOLD
                    : i == 4 ? AttributedStyle.BOLD.foreground(AttributedStyle.RED)
                    : AttributedStyle.DEFAULT.faint();
            lines.addAll(CountdownScreen.wrap(new AttributedString(text.get(i), style), width - 1));
        }
        return lines.stream().limit(height).map(l -> CountdownScreen.fit(l, width)).toList();
    }
}
