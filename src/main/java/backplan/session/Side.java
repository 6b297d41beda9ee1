package backplan.session;

/** Which side a per-side step works; {@code BOTH} for exercises done symmetrically. */
public enum Side {
    BOTH(""),
    LEFT("left side"),
    RIGHT("right side");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
