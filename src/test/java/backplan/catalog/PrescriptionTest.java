package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


import org.junit.jupiter.api.Test;

/** How a prescription reads: the article's own shorthand. */
class PrescriptionTest {

    @Test
    void setsOfTimedWork() {
        assertEquals("3 × 45 s", new Prescription(3, SecondsRange.of(45), 0, false, 15).format());
    }

    @Test
    void setsOfARange() {
        assertEquals("3 × 30–60 s", new Prescription(3, new SecondsRange(30, 60), 0, false, 15).format());
    }

    @Test
    void oneSetPerSideShowsNoCount() {
        assertEquals("30 s / side", new Prescription(1, SecondsRange.of(30), 0, true, 15).format());
    }

    @Test
    void timedOrCounted() {
        assertEquals("3 × 30 s or 3 × 10 reps", new Prescription(3, SecondsRange.of(30), 10, false, 15).format());
    }

    @Test
    void countedPerSide() {
        assertEquals("3 × 10 reps / side", new Prescription(3, null, 10, true, 15).format());
    }

    @Test
    void minutes() {
        assertEquals("2 × 1 min 30 s", new Prescription(2, SecondsRange.of(90), 0, false, 15).format());
    }

    @Test
    void anIncompletePrescriptionCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new Prescription(0, SecondsRange.of(30), 0, false, 15));
        assertThrows(IllegalArgumentException.class, () -> new Prescription(3, null, 0, false, 15));
        assertThrows(IllegalArgumentException.class, () -> new Prescription(3, SecondsRange.of(30), -1, false, 15));
        assertThrows(IllegalArgumentException.class, () -> new Prescription(3, SecondsRange.of(30), 0, false, -1));
        assertThrows(IllegalArgumentException.class, () -> new SecondsRange(60, 30));
        assertThrows(IllegalArgumentException.class, () -> SecondsRange.of(0));
    }
}
