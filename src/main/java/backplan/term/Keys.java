package backplan.term;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The one key map: every key backplan understands, bound to its action (the README and footers list the same). */
final class Keys {

    /** How long a lone Esc waits for the rest of an arrow key's sequence before it counts as Esc. */
    static final long ESCAPE_WAIT_MS = 40;

    private Keys() {}

    static KeyMap<KeyAction> map(Terminal terminal) {
        KeyMap<KeyAction> keys = new KeyMap<>();
        keys.setNomatch(KeyAction.OTHER);
        keys.setUnicode(KeyAction.OTHER);
        keys.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        keys.bind(KeyAction.TOGGLE, " ", "p", "P");
        keys.bind(KeyAction.SKIP, "s", "S");
        keys.bind(KeyAction.BACK, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(KeyAction.UP, "k");
        keys.bind(KeyAction.DOWN, "j");
        keys.bind(KeyAction.MORE, "+", "=");
        keys.bind(KeyAction.LESS, "-", "_");
        keys.bind(KeyAction.QUIT, "q", "Q", KeyMap.esc());
        keys.bind(KeyAction.YES, "y", "Y");
        keys.bind(KeyAction.NO, "n", "N");
        keys.bind(KeyAction.ENTER, "\r", "\n");
        keys.bind(KeyAction.INTERRUPT, KeyMap.ctrl('C'));
        keys.bind(KeyAction.REDRAW, KeyMap.ctrl('L'));
        keys.bind(KeyAction.RANDOM, "r", "R");
        for (char d = '0'; d <= '9'; d++) {
            keys.bind(KeyAction.DIGIT, String.valueOf(d));
        }
        arrow(keys, terminal, KeyAction.UP, 'A', Capability.key_up);
        arrow(keys, terminal, KeyAction.DOWN, 'B', Capability.key_down);
        arrow(keys, terminal, KeyAction.SKIP, 'C', Capability.key_right);
        arrow(keys, terminal, KeyAction.BACK, 'D', Capability.key_left);
        return keys;
    }

    /**
     * An arrow key in every form a terminal sends it: the terminfo sequence, the normal and application cursor
     * modes, and with a modifier held (ESC [ 1 ; 5 C for Ctrl-→).
     */
    private static void arrow(KeyMap<KeyAction> keys, Terminal terminal, KeyAction action, char last,
            Capability capability) {
        keys.bind(action, "\u001b[" + last, "\u001bO" + last);
        for (int modifier = 2; modifier <= 8; modifier++) {
            keys.bind(action, "\u001b[1;" + modifier + last);
        }
        String fromTerminfo = KeyMap.key(terminal, capability);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            keys.bind(action, fromTerminfo);
        }
    }
}
