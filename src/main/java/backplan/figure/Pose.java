package backplan.figure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A key pose: a base position, how the figure is seen (the way it faces, how far it is turned toward the viewer,
 * how far from above), and an angle for every joint, each within its limits.
 */
@SuppressWarnings("EnumOrdinal") // the angles are a double[] by joint: dense, and cheap to copy every frame
public final class Pose {

    /** The most a figure may be turned about the vertical: half a turn shows it from behind. */
    public static final int MAX_TURN = 180;
    /** Looking down from higher than this, the floor would no longer read as a floor. */
    public static final int MAX_ABOVE = 60;

    private final Position position;
    private final Facing facing;
    private final int turn;
    private final int above;
    private final double[] angles;

    private Pose(Position position, Facing facing, int turn, int above, double[] angles) {
        this.position = Objects.requireNonNull(position);
        this.facing = Objects.requireNonNull(facing);
        if (turn < -MAX_TURN || turn > MAX_TURN) {
            throw new IllegalArgumentException("turn must be between -" + MAX_TURN + " and " + MAX_TURN);
        }
        this.turn = turn;
        if (above < 0 || above > MAX_ABOVE) {
            throw new IllegalArgumentException("above must be between 0 and " + MAX_ABOVE);
        }
        this.above = above;
        for (Joint j : Joint.values()) {
            if (!j.allows(angles[j.ordinal()])) {
                throw new IllegalArgumentException(j.key() + " must be between " + j.min() + " and " + j.max()
                        + ", not " + angles[j.ordinal()]);
            }
        }
        this.angles = angles;
    }

    /** A pose from its parts, as {@link #angle} gives them for every joint in {@link Joint} order; checked. */
    public static Pose of(Position position, Facing facing, int turn, int above, double[] angles) {
        if (angles.length != Joint.values().length) {
            throw new IllegalArgumentException("a pose has " + Joint.values().length + " angles, not " + angles.length);
        }
        return new Pose(position, facing, turn, above, angles.clone());
    }

    /** The position as it is, facing right, seen straight from the side. */
    public static Pose of(Position position) {
        return new Pose(position, Facing.RIGHT, 0, 0, position.defaults());
    }

    public Position position() {
        return position;
    }

    public Facing facing() {
        return facing;
    }

    /**
     * Degrees the figure is turned about the vertical toward the viewer: its front (or for a lying figure, its
     * head) comes toward you; 0 is a plain side view.
     */
    public int turn() {
        return turn;
    }

    /** Degrees the viewer looks down on the figure from above; 0 is eye level with the floor. */
    public int above() {
        return above;
    }

    public double angle(Joint joint) {
        return angles[joint.ordinal()];
    }

    /**
     * This pose with one joint at another angle.
     *
     * @throws IllegalArgumentException when the angle is outside the joint's limits
     */
    public Pose with(Joint joint, double degrees) {
        double[] a = angles.clone();
        a[joint.ordinal()] = degrees;
        return new Pose(position, facing, turn, above, a);
    }

    public Pose facing(Facing to) {
        return new Pose(position, to, turn, above, angles);
    }

    /**
     * The pose seen turned by {@code turn} degrees and from {@code above} degrees up.
     *
     * @throws IllegalArgumentException when the turn is beyond {@link #MAX_TURN} either way or the view from above
     *                                  outside 0 to {@link #MAX_ABOVE}
     */
    public Pose seen(int turn, int above) {
        return new Pose(position, facing, turn, above, angles);
    }

    /**
     * The same movement done with the other side, drawn as the mirror image: left and right swap, bends and turns
     * toward a side change sign, and the figure faces the other way.
     */
    public Pose mirrored() {
        double[] a = new double[angles.length];
        for (Joint j : Joint.values()) {
            double v = angles[j.mirror().ordinal()];
            a[j.ordinal()] = j.lateral() ? -v : v;
        }
        return new Pose(position, facing.other(), turn, above, a);
    }

    /**
     * The pose a fraction {@code t} of the way from {@code from} to {@code to}, angle by angle; as each joint's
     * limits are a range, every pose in between is within them too.
     *
     * @throws IllegalArgumentException unless both share position and view, and {@code 0 <= t <= 1}
     */
    public static Pose between(Pose from, Pose to, double t) {
        if (!from.sameView(to)) {
            throw new IllegalArgumentException("poses differ in position or view");
        }
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("t must be between 0 and 1, not " + t);
        }
        double[] a = new double[from.angles.length];
        for (int i = 0; i < a.length; i++) {
            double lo = Math.min(from.angles[i], to.angles[i]);
            double hi = Math.max(from.angles[i], to.angles[i]);
            // Exactly the key poses at the ends, and never a rounding error outside them (or outside the limits).
            a[i] = Math.max(lo, Math.min(hi, from.angles[i] * (1 - t) + to.angles[i] * t));
        }
        return new Pose(from.position, from.facing, from.turn, from.above, a);
    }

    /** Whether two poses are seen the same way, so that one can move into the other. */
    public boolean sameView(Pose other) {
        return position == other.position && facing == other.facing && turn == other.turn && above == other.above;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pose p && sameView(p) && Arrays.equals(angles, p.angles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, facing, turn, above, Arrays.hashCode(angles));
    }

    /** Only the angles that differ from the position's, as a catalog would write them. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{position: ").append(position.key());
        if (facing != Facing.RIGHT) {
            sb.append(", facing: ").append(facing.key());
        }
        if (turn != 0) {
            sb.append(", turn: ").append(turn);
        }
        if (above != 0) {
            sb.append(", above: ").append(above);
        }
        for (Joint j : Joint.values()) {
            if (angle(j) != position.defaultAngle(j)) {
                double v = angle(j);
                sb.append(", ").append(j.key()).append(": ").append(v == Math.rint(v) ? String.valueOf((long) v)
                        : String.valueOf(v));
            }
        }
        return sb.append('}').toString();
    }
}
