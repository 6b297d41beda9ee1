package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Poses keep every joint within its limits, move in between within them, and mirror to the other side. */
class PoseTest {

    @Test
    void anAngleOutsideItsJointsLimitsIsRefused() {
        Pose lying = Pose.of(Position.LYING_BACK);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lying.with(Joint.LEFT_KNEE, 170));

        assertEquals("left-knee must be between 0 and 165, not 170.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lying.with(Joint.NECK, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> lying.seen(181, 0));
        assertThrows(IllegalArgumentException.class, () -> lying.seen(0, Pose.MAX_ABOVE + 1));
    }

    @Test
    void everyPoseInBetweenTwoValidPosesIsValidAndTheEndsAreTheKeyPoses() {
        Random random = new Random(15);
        for (int i = 0; i < 500; i++) {
            Pose a = Poses.random(random);
            Pose b = Poses.randomLike(a, random);
            assertEquals(a, Pose.between(a, b, 0));
            assertEquals(b, Pose.between(a, b, 1));
            for (double t : new double[] {random.nextDouble(), 0.5, Math.nextDown(1.0), Double.MIN_VALUE}) {
                Pose mid = Pose.between(a, b, t);
                for (Joint j : Joint.values()) {
                    assertTrue(j.allows(mid.angle(j)), j + " at t=" + t);
                    double lo = Math.min(a.angle(j), b.angle(j));
                    double hi = Math.max(a.angle(j), b.angle(j));
                    assertTrue(mid.angle(j) >= lo - 1e-9 && mid.angle(j) <= hi + 1e-9, j + " between the keys");
                }
            }
        }
    }

    @Test
    void betweenNeedsOnePositionAndViewAndAFractionFromZeroToOne() {
        Pose lying = Pose.of(Position.LYING_BACK);

        assertThrows(IllegalArgumentException.class, () -> Pose.between(lying, Pose.of(Position.STANDING), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Pose.between(lying, lying.facing(Facing.LEFT), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Pose.between(lying, lying.seen(10, 0), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Pose.between(lying, lying, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Pose.between(lying, lying, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Figure(lying, lying.seen(0, 10)));
    }

    @Test
    void aFigureClampsItsFractionToTheKeyPoses() {
        assertEquals(Poses.DEAD_BUG_START, Poses.DEAD_BUG.at(-1));
        assertEquals(Poses.DEAD_BUG_END, Poses.DEAD_BUG.at(2));
    }

    @Test
    void mirroringSwapsLeftAndRightFlipsSidewaysBendsAndFacingAndUndoesItself() {
        Pose p = Pose.of(Position.STANDING).with(Joint.LEFT_SHOULDER, 120).with(Joint.RIGHT_KNEE, 30)
                .with(Joint.SPINE_SIDE, 20).with(Joint.SPINE_TWIST, -15).with(Joint.SPINE, 10).seen(30, 20);

        Pose m = p.mirrored();

        assertEquals(120, m.angle(Joint.RIGHT_SHOULDER));
        assertEquals(0, m.angle(Joint.LEFT_SHOULDER));
        assertEquals(30, m.angle(Joint.LEFT_KNEE));
        assertEquals(-20, m.angle(Joint.SPINE_SIDE));
        assertEquals(15, m.angle(Joint.SPINE_TWIST));
        assertEquals(10, m.angle(Joint.SPINE));
        assertEquals(Facing.LEFT, m.facing());
        assertEquals(30, m.turn());
        assertEquals(20, m.above());
        assertEquals(p, m.mirrored());
        assertNotEquals(p, m);
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            Pose any = Poses.random(random);
            assertEquals(any, any.mirrored().mirrored());
        }
    }

    @Test
    void aPluralKeyNamesBothSidesAndEachJointHasOneKey() {
        assertEquals(List.of(Joint.LEFT_KNEE, Joint.RIGHT_KNEE), Joint.named("knees"));
        assertEquals(List.of(Joint.LEFT_SHOULDER_OUT, Joint.RIGHT_SHOULDER_OUT), Joint.named("shoulders-out"));
        assertEquals(List.of(Joint.LEFT_HIP_TURN, Joint.RIGHT_HIP_TURN), Joint.named("hips-turn"));
        assertEquals(List.of(Joint.SPINE_TWIST), Joint.named("spine-twist"));
        assertEquals(List.of(), Joint.named("knee"));
        for (Joint j : Joint.values()) {
            assertEquals(List.of(j), Joint.named(j.key()));
            assertEquals(j, j.mirror().mirror());
            assertTrue(j.allows(0), j + ": standing tall is within every joint's limits");
        }
    }

    @Test
    void toStringWritesWhatACatalogWould() {
        assertEquals("{position: all-fours, right-shoulder: 180, left-hip: 0, left-knee: 0}",
                Poses.BIRD_DOG_END.toString());
        assertEquals("{position: standing, turn: 90, spine-side: -30, right-shoulder-out: 170}",
                Poses.SIDE_BEND.toString());
    }
}
