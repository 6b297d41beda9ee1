package backplan.term;

/** Everything a key can ask for. {@link Keys} binds the keys in one place; each screen says what they mean there. */
public enum KeyAction {
    /** Space or p: pause and resume; in the picker, take the highlighted exercise. */
    TOGGLE,
    /** s or →: skip the step; in the picker, take and go on. */
    SKIP,
    /** ← or Backspace: back one category in the picker, erase a digit at a prompt. */
    BACK,
    UP,
    DOWN,
    /** + or =: ten seconds more. */
    MORE,
    /** - or _: ten seconds less. */
    LESS,
    /** q or Esc: ask before quitting, or close the picker or prompt. */
    QUIT,
    YES,
    NO,
    ENTER,
    /** Ctrl-C: quit at once. */
    INTERRUPT,
    /** Ctrl-L: draw the screen again. */
    REDRAW,
    /** r: a random choice in the picker. */
    RANDOM,
    /** 0-9: the digit itself is in {@link KeyReader.Keystroke#typed()}. */
    DIGIT,
    /** Any other key: ignored everywhere. */
    OTHER
}
