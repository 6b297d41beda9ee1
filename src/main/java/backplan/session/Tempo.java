package backplan.session;

/** The pace of a counted rep: seconds moving out, then seconds coming back on the exhale. */
public record Tempo(int outSeconds, int backSeconds) {

    public static final Tempo DEFAULT = new Tempo(2, 2);

    public Tempo {
        if (outSeconds < 1 || backSeconds < 1) {
            throw new IllegalArgumentException("tempo needs whole seconds out and back");
        }
    }

    public int repSeconds() {
        return outSeconds + backSeconds;
    }
}
