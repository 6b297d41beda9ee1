package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Forward kinematics and settling: the body stands, kneels and lies on the floor the way a body would. */
class BodyTest {

    /** What a glance at the figure tells, from the points alone. */
    enum Silhouette {
        STANDING, KNEELING, ON_A_CHAIR, SITTING, ON_HANDS_AND_KNEES, LYING_ON_BACK, LYING_ON_FRONT, LYING_ON_SIDE
    }

    static Silhouette silhouette(Body b) {
        double head = b.y(Body.Point.HEAD);
        double pelvis = b.y(Body.Point.PELVIS);
        if (head > 0.8) {
            return Silhouette.STANDING;
        }
        if (head > 0.55) {
            // Kneeling, a knee is down; on a chair both are up at the height of the hips.
            return Math.min(b.y(Body.Point.LEFT_KNEE), b.y(Body.Point.RIGHT_KNEE)) > 0.2 ? Silhouette.ON_A_CHAIR
                    : Silhouette.KNEELING;
        }
        if (pelvis < 0.2 && head > 0.35) {
            return Silhouette.SITTING;
        }
        if (Math.abs(b.y(Body.Point.LEFT_HIP) - b.y(Body.Point.RIGHT_HIP)) > 0.1) {
            return Silhouette.LYING_ON_SIDE;
        }
        if (pelvis > 0.2) {
            return Silhouette.ON_HANDS_AND_KNEES;
        }
        return b.y(Body.Point.NOSE) > head ? Silhouette.LYING_ON_BACK : Silhouette.LYING_ON_FRONT;
    }

    static Silhouette expected(Position p) {
        return switch (p) {
            case STANDING -> Silhouette.STANDING;
            case KNEELING, HALF_KNEELING -> Silhouette.KNEELING;
            case SITTING -> Silhouette.SITTING;
            case CHAIR_SITTING -> Silhouette.ON_A_CHAIR;
            case ALL_FOURS -> Silhouette.ON_HANDS_AND_KNEES;
            case LYING_BACK -> Silhouette.LYING_ON_BACK;
            case LYING_FRONT -> Silhouette.LYING_ON_FRONT;
            case SIDE_LYING -> Silhouette.LYING_ON_SIDE;
        };
    }

    static boolean touches(Body b, Body.Point p) {
        return b.y(p) - Body.radius(p) < 0.012;
    }

    @ParameterizedTest
    @EnumSource(Position.class)
    void eachPositionLooksLikeWhatItIsAndRestsOnTheFloor(Position position) {
        for (Facing facing : Facing.values()) {
            Body b = Body.of(Pose.of(position).facing(facing));

            assertEquals(expected(position), silhouette(b), position + " facing " + facing);
            long touching = Arrays.stream(Body.Point.values()).filter(p -> Body.radius(p) > 0 && touches(b, p))
                    .count();
            assertTrue(touching >= 2, position + " rests on at least two points, not " + touching);
        }
    }

    @Test
    void standingIsOneBodyHeightTallOnBothFeet() {
        Body b = Body.of(Pose.of(Position.STANDING));

        assertEquals(1.0, b.y(Body.Point.HEAD) + Body.radius(Body.Point.HEAD), 0.01);
        for (Body.Point p : new Body.Point[] {Body.Point.LEFT_HEEL, Body.Point.LEFT_TOE, Body.Point.RIGHT_HEEL,
                Body.Point.RIGHT_TOE}) {
            assertTrue(touches(b, p), p + " on the floor");
        }
        assertTrue(b.x(Body.Point.NOSE) > b.x(Body.Point.HEAD), "facing right, the nose points right");
    }

    @Test
    void onHandsAndKneesBothHandsAndBothKneesAreDownAndTheBackIsLevel() {
        Body b = Body.of(Pose.of(Position.ALL_FOURS));

        for (Body.Point p : new Body.Point[] {Body.Point.LEFT_HAND, Body.Point.RIGHT_HAND, Body.Point.LEFT_KNEE,
                Body.Point.RIGHT_KNEE}) {
            assertTrue(touches(b, p), p + " on the floor");
        }
        assertEquals(b.y(Body.Point.PELVIS), b.y(Body.Point.NECK), 0.03);
    }

    @Test
    void aBridgeRestsOnShouldersAndFeetWithTheHipsUp() {
        Pose bridge = Pose.of(Position.LYING_BACK).with(Joint.LEFT_KNEE, 80).with(Joint.RIGHT_KNEE, 80);

        Body b = Body.of(bridge);

        assertTrue(touches(b, Body.Point.LEFT_HEEL) || touches(b, Body.Point.LEFT_TOE), "feet down");
        assertTrue(b.y(Body.Point.NECK) < 0.1, "shoulders down");
        assertTrue(b.y(Body.Point.PELVIS) > 0.15, "hips lifted, not " + b.y(Body.Point.PELVIS));
    }

    @Test
    void aRaisedLegStaysRaisedInsteadOfTheBodyTippingOntoIt() {
        Body b = Body.of(Poses.DEAD_BUG_END);

        assertEquals(b.y(Body.Point.PELVIS), b.y(Body.Point.NECK), 0.01);
        assertTrue(b.y(Body.Point.LEFT_ANKLE) > 0.15, "the reaching leg hovers");
    }

    static double lowest(Body b) {
        return Arrays.stream(Body.Point.values()).mapToDouble(p -> b.y(p) - Body.radius(p)).min().orElseThrow();
    }

    /** How far the hips' underside is above the seat, seen from the side. */
    static double aboveTheSeat(Body b) {
        Body.Seat seat = b.seat().orElseThrow();
        return Math.min(b.y(Body.Point.PELVIS) - Body.radius(Body.Point.PELVIS),
                Math.min(b.y(Body.Point.LEFT_HIP), b.y(Body.Point.RIGHT_HIP)) - Body.radius(Body.Point.LEFT_HIP))
                - seat.top(b.x(Body.Point.PELVIS));
    }

    @Test
    void nothingEverSinksBelowTheFloorAndSomethingAlwaysTouchesIt() {
        Random random = new Random(7);
        int seated = 0;
        for (int i = 0; i < 300; i++) {
            Pose pose = Poses.random(random);
            Body b = Body.of(pose);
            if (b.seat().isEmpty()) {
                assertEquals(0, lowest(b), 1e-9, pose.toString());
                continue;
            }
            // A seated body may lift its feet, but then it sits on the seat; seen from above, the seat's near leg
            // may be drawn lower than the body.
            seated++;
            Body side = Body.of(pose.seen(0, 0));
            assertTrue(lowest(b) > -1e-9, pose.toString());
            assertTrue(Math.abs(lowest(side)) < 1e-9 || Math.abs(aboveTheSeat(side)) < 1e-9, pose.toString());
        }
        assertTrue(seated > 10, "seated poses were tried too");
    }

    @Test
    void onAChairTheHipsAreOnTheSeatTheThighsLevelAndTheFeetFlatAndLeaningBackKeepsThemSo() {
        Pose tall = Pose.of(Position.CHAIR_SITTING);
        Pose back = tall.with(Joint.LEFT_HIP, 75).with(Joint.RIGHT_HIP, 75);

        for (Pose pose : new Pose[] {tall, back}) {
            Body b = Body.of(pose);
            Body.Seat seat = b.seat().orElseThrow();
            assertEquals(0, aboveTheSeat(b), 1e-9, pose.toString());
            assertTrue(seat.back().x() < b.x(Body.Point.PELVIS) && b.x(Body.Point.PELVIS) < seat.front().x(),
                    "the seat is under the hips");
            assertEquals(b.y(Body.Point.LEFT_HIP), b.y(Body.Point.LEFT_KNEE), 1e-9, "the thighs are level");
            for (Body.Point p : new Body.Point[] {Body.Point.LEFT_HEEL, Body.Point.LEFT_TOE, Body.Point.RIGHT_HEEL,
                    Body.Point.RIGHT_TOE}) {
                assertEquals(0, b.y(p) - Body.radius(p), 1e-9, p + " flat on the floor");
            }
            assertEquals(0, seat.back().foot(), 1e-9);
            assertEquals(0, seat.front().foot(), 1e-9);
        }
        double lean = Body.of(back).x(Body.Point.NECK) - Body.of(back).x(Body.Point.PELVIS);
        assertEquals(-Math.sin(Math.toRadians(15)) * (Body.LOWER_TRUNK + Body.UPPER_TRUNK), lean, 1e-9,
                "leaning back 15 degrees from upright");
        assertEquals(Body.of(tall).x(Body.Point.PELVIS), Body.of(tall).x(Body.Point.NECK), 1e-9, "sitting tall");
    }

    @Test
    void lyingFaceDownTheNoseRestsOnTheFloorInsteadOfSinkingIntoIt() {
        Body b = Body.of(Pose.of(Position.LYING_FRONT));

        assertTrue(touches(b, Body.Point.NOSE), "the nose is on the floor, not in it: " + b.y(Body.Point.NOSE));
        assertTrue(b.y(Body.Point.PELVIS) - Body.radius(Body.Point.PELVIS) < 0.012, "the hips stay down");
    }

    @Test
    void theMirroredPoseIsTheMirrorImageLeftBecomingRight() {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            Pose pose = Poses.random(random);
            Body b = Body.of(pose);
            Body m = Body.of(pose.mirrored());
            for (Body.Point p : Body.Point.values()) {
                assertEquals(-b.x(p), m.x(p.mirror()), 1e-9, pose + " " + p);
                assertEquals(b.y(p), m.y(p.mirror()), 1e-9, pose + " " + p);
                assertEquals(b.depth(p), m.depth(p.mirror()), 1e-9, pose + " " + p);
            }
        }
    }

    @Test
    void turningAFigureTowardTheViewerBringsItsFrontNearer() {
        Body side = Body.of(Pose.of(Position.STANDING));
        Body turned = Body.of(Pose.of(Position.STANDING).seen(90, 0));

        assertEquals(side.depth(Body.Point.NOSE), side.depth(Body.Point.HEAD), 1e-9);
        assertTrue(turned.depth(Body.Point.NOSE) > turned.depth(Body.Point.HEAD) + 0.05);
        assertTrue(Math.abs(turned.x(Body.Point.LEFT_SHOULDER) - turned.x(Body.Point.RIGHT_SHOULDER)) > 0.2,
                "from the front, the shoulders are side by side");
    }

    @Test
    void seenFromAboveWhatIsNearerSitsLowerInThePicture() {
        Body level = Body.of(Pose.of(Position.LYING_FRONT).with(Joint.LEFT_SHOULDER_OUT, 90)
                .with(Joint.RIGHT_SHOULDER_OUT, 90));
        Body above = Body.of(Pose.of(Position.LYING_FRONT).with(Joint.LEFT_SHOULDER_OUT, 90)
                .with(Joint.RIGHT_SHOULDER_OUT, 90).seen(0, 45));

        assertEquals(level.y(Body.Point.LEFT_HAND), level.y(Body.Point.RIGHT_HAND), 1e-9);
        assertTrue(above.y(Body.Point.LEFT_HAND) > above.y(Body.Point.RIGHT_HAND) + 0.3,
                "the far arm (the left, facing right on the front) is drawn higher");
    }
}
