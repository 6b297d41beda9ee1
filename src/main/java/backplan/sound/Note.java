package backplan.sound;

/**
 * One note of a tone: a pitch that may glide from {@code startHz} to {@code endHz}, its length, the silence after
 * it, its loudness (0–1 of full scale) and whether it rings away like a struck bell or holds steady.
 */
public record Note(double startHz, double endHz, int millis, int restMillis, double volume, boolean rings) {

    public Note {
        if (startHz <= 0 || endHz <= 0 || millis <= 0 || restMillis < 0 || volume <= 0 || volume > 1) {
            throw new IllegalArgumentException("a note needs a pitch, a length and a volume up to 1");
        }
    }

    static Note ring(double hz, int millis, int restMillis, double volume) {
        return new Note(hz, hz, millis, restMillis, volume, true);
    }

    static Note hold(double hz, int millis, int restMillis, double volume) {
        return new Note(hz, hz, millis, restMillis, volume, false);
    }

    static Note glide(double fromHz, double toHz, int millis, double volume) {
        return new Note(fromHz, toHz, millis, 0, volume, false);
    }
}
