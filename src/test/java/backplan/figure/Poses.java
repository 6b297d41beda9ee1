package backplan.figure;

import java.util.Random;

/** Poses the figure tests build for themselves, so that a catalog edit never changes a test's picture. */
final class Poses {

    private Poses() {}

    /** On the back, hips and knees at right angles, arms to the ceiling. */
    static final Pose DEAD_BUG_START = Pose.of(Position.LYING_BACK)
            .with(Joint.LEFT_HIP, 90).with(Joint.RIGHT_HIP, 90).with(Joint.LEFT_KNEE, 90).with(Joint.RIGHT_KNEE, 90)
            .with(Joint.LEFT_SHOULDER, 90).with(Joint.RIGHT_SHOULDER, 90);

    /** Arms overhead, the near leg reaching long. */
    static final Pose DEAD_BUG_END = DEAD_BUG_START.with(Joint.LEFT_SHOULDER, 150).with(Joint.RIGHT_SHOULDER, 150)
            .with(Joint.LEFT_HIP, 15).with(Joint.LEFT_KNEE, 0);

    static final Figure DEAD_BUG = new Figure(DEAD_BUG_START, DEAD_BUG_END);

    /** On hands and knees, one arm forward and the other side's leg back. */
    static final Pose BIRD_DOG_END = Pose.of(Position.ALL_FOURS).with(Joint.RIGHT_SHOULDER, 180)
            .with(Joint.LEFT_HIP, 0).with(Joint.LEFT_KNEE, 0);

    /** Seen from the front, bending sideways under a raised arm. */
    static final Pose SIDE_BEND = Pose.of(Position.STANDING).seen(90, 0).with(Joint.RIGHT_SHOULDER_OUT, 170)
            .with(Joint.SPINE_SIDE, -30);

    /** Any pose at all: every angle anywhere within its limits, any position, facing and view. */
    static Pose random(Random random) {
        Position[] positions = Position.values();
        Pose p = Pose.of(positions[random.nextInt(positions.length)])
                .facing(random.nextBoolean() ? Facing.LEFT : Facing.RIGHT)
                .seen(random.nextInt(2 * Pose.MAX_TURN + 1) - Pose.MAX_TURN, random.nextInt(Pose.MAX_ABOVE + 1));
        for (Joint j : Joint.values()) {
            p = p.with(j, j.min() + random.nextDouble() * (j.max() - j.min()));
        }
        return p;
    }

    /** Another pose seen the same way as {@code like}. */
    static Pose randomLike(Pose like, Random random) {
        Pose p = like;
        for (Joint j : Joint.values()) {
            p = p.with(j, j.min() + random.nextDouble() * (j.max() - j.min()));
        }
        return p;
    }
}
