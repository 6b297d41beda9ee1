package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

/** The figure's place in its movement over time: one slow cycle a breath for holds, in step with paced reps. */
class MotionTest {

    @Test
    void aHoldGoesOutAndBackOnceEveryFourSeconds() {
        assertEquals(0, Motion.hold(0), 1e-12);
        assertEquals(0.5, Motion.hold(1), 1e-12);
        assertEquals(1, Motion.hold(2), 1e-12);
        assertEquals(0, Motion.hold(4), 1e-12);
        assertEquals(Motion.hold(1.3), Motion.hold(9.3), 1e-12);
        for (double s = 0; s < 20; s += 0.05) {
            double t = Motion.hold(s);
            assertTrue(t >= 0 && t <= 1, "within the key poses at " + s);
        }
    }

    @Test
    void aRepReachesTheEndAsTheOutTimeEndsAndComesBackDuringTheExhale() {
        int out = 2;
        int back = 3;
        assertEquals(0, Motion.rep(0, out, back), 1e-12);
        assertEquals(1, Motion.rep(2, out, back), 1e-12);
        assertEquals(0, Motion.rep(5, out, back), 1e-12);
        assertEquals(1, Motion.rep(7, out, back), 1e-12);
        double last = -1;
        for (double s = 0; s < 15; s += 0.01) {
            double t = Motion.rep(s, out, back);
            assertTrue(t >= 0 && t <= 1);
            // The engine's exhale is the whole second count within the rep reaching the out time.
            boolean exhale = (long) Math.floor(s) % (out + back) >= out;
            if (last >= 0 && Math.abs(s - Math.rint(s)) > 0.011) {
                assertEquals(exhale, t < last, "moving back exactly during the exhale, at " + s);
            }
            last = t;
        }
    }

    @Test
    void beforeTheStartOrWithNoSensibleTimeTheFigureIsAtItsStart() {
        assertEquals(0, Motion.hold(-3), 1e-12);
        assertEquals(0, Motion.hold(Double.NaN), 1e-12);
        assertEquals(0, Motion.rep(Double.POSITIVE_INFINITY, 2, 2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Motion.rep(1, 0, 2));
    }
}
