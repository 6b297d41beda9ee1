package backplan.session;

/** What the person does during a step; each kind has its own color and wording on screen. */
public enum StepKind {
    /** Before the first exercise: read the cues, get into position. */
    GET_READY("get ready"),
    WORK("work"),
    /** A short pause between the left and the right side of a set. */
    SWITCH("switch sides"),
    /** Rest between two sets of the same exercise. */
    REST("rest"),
    /** Rest between two exercises, showing what comes next. */
    NEXT("rest");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
