package backplan.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds color in SGR escape sequences, as {@code tmux capture-pane -e} reports them. */
final class AnsiColors {

    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;:]*)m");

    private AnsiColors() {}

    /** True when any SGR sequence sets a foreground or background color (bold, inverse and faint are not color). */
    static boolean present(String text) {
        Matcher m = SGR.matcher(text);
        while (m.find()) {
            for (String p : m.group(1).split("[;:]")) {
                if (p.isEmpty()) {
                    continue;
                }
                int n = Integer.parseInt(p);
                if ((n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text with ESC shown as {@code \e}, for assertion messages. */
    static String visible(String text) {
        return text.replace("\u001b", "\\e");
    }
}
