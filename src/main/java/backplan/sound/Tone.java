package backplan.sound;

import java.util.List;

/**
 * The cues backplan can sound, each short and told apart by its shape as much as its pitch: rising to start work,
 * falling to rest, a double ding to switch sides, a gliding sigh to breathe out.
 */
public enum Tone {
    /** A low warm note: a new exercise is coming, get into position. */
    GET_READY(List.of(Note.ring(392.00, 420, 0, 0.40))),
    /** Up a fifth: go. */
    WORK(List.of(Note.hold(523.25, 110, 20, 0.45), Note.ring(783.99, 280, 0, 0.50))),
    /** Down a fifth: ease off. */
    REST(List.of(Note.hold(783.99, 140, 20, 0.35), Note.ring(523.25, 340, 0, 0.40))),
    /** Two equal dings: the other side. */
    SWITCH(List.of(Note.ring(659.25, 140, 70, 0.45), Note.ring(659.25, 140, 0, 0.45))),
    /** The first two of the last three seconds. */
    PIP(List.of(Note.hold(880.00, 80, 0, 0.35))),
    /** The last of the three: higher and longer, so the ear knows the change is next. */
    PIP_LAST(List.of(Note.ring(1318.51, 220, 0, 0.40))),
    /** Half of a long hold is behind you. */
    HALFWAY(List.of(Note.ring(698.46, 300, 0, 0.35))),
    /** A rising arpeggio to close the session. */
    END(List.of(Note.hold(523.25, 120, 10, 0.45), Note.hold(659.25, 120, 10, 0.45),
            Note.hold(783.99, 120, 10, 0.45), Note.ring(1046.50, 480, 0, 0.50))),
    /** A soft high tick as a counted rep moves out. */
    REP_OUT(List.of(Note.hold(1760.00, 35, 0, 0.20))),
    /** A falling glide, like a sigh, as the rep comes back on the exhale. */
    EXHALE(List.of(Note.glide(587.33, 392.00, 420, 0.40)));

    private final List<Note> notes;

    Tone(List<Note> notes) {
        this.notes = List.copyOf(notes);
    }

    public List<Note> notes() {
        return notes;
    }

    /**
     * Whether the terminal bell stands in for this tone when tones cannot play. A bell on every rep's tick as well
     * as on its exhale would be a doorbell ringing every two seconds; the exhale alone keeps the rhythm.
     */
    public boolean rungAsBell() {
        return this != REP_OUT;
    }
}
