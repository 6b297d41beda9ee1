package backplan.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base position a pose starts from: which way the body lies or stands, and the joint angles that make the
 * position before a pose changes any of them.
 */
@SuppressWarnings("EnumOrdinal") // default angles by joint, as Pose keeps its angles
public enum Position {
    STANDING("standing", Orientation.UPRIGHT, Map.of()),
    /** On the floor, the legs out in front. */
    SITTING("sitting", Orientation.UPRIGHT, Map.of(Joint.LEFT_HIP, 90, Joint.RIGHT_HIP, 90)),
    /** On a chair: the hips on a seat at knee height, the thighs level, the lower legs down and the feet flat. */
    CHAIR_SITTING("chair-sitting", Orientation.UPRIGHT, Map.of(
            Joint.LEFT_HIP, 90, Joint.RIGHT_HIP, 90, Joint.LEFT_KNEE, 90, Joint.RIGHT_KNEE, 90)),
    KNEELING("kneeling", Orientation.UPRIGHT, Map.of(
            Joint.LEFT_KNEE, 90, Joint.RIGHT_KNEE, 90, Joint.LEFT_ANKLE, 70, Joint.RIGHT_ANKLE, 70)),
    /** On the left knee, the right foot flat in front. */
    HALF_KNEELING("half-kneeling", Orientation.UPRIGHT, Map.of(
            Joint.RIGHT_HIP, 90, Joint.RIGHT_KNEE, 90, Joint.LEFT_KNEE, 90, Joint.LEFT_ANKLE, 70)),
    ALL_FOURS("all-fours", Orientation.FACE_DOWN, Map.of(
            Joint.LEFT_SHOULDER, 90, Joint.RIGHT_SHOULDER, 90, Joint.LEFT_HIP, 90, Joint.RIGHT_HIP, 90,
            Joint.LEFT_KNEE, 90, Joint.RIGHT_KNEE, 90, Joint.LEFT_ANKLE, 70, Joint.RIGHT_ANKLE, 70)),
    LYING_BACK("lying-back", Orientation.FACE_UP, Map.of()),
    LYING_FRONT("lying-front", Orientation.FACE_DOWN, Map.of(Joint.LEFT_ANKLE, 70, Joint.RIGHT_ANKLE, 70)),
    /** On the left side, the front toward the viewer (so the legs and arms bend toward you). */
    SIDE_LYING("side-lying", Orientation.ON_SIDE, Map.of());

    /** Where the body's axes point before the figure settles onto the floor, for a figure facing right. */
    enum Orientation {
        UPRIGHT(new Frame(Vec.Z, Vec.Y, Vec.X)),
        FACE_UP(new Frame(Vec.Z.negate(), Vec.X, Vec.Y)),
        FACE_DOWN(new Frame(Vec.Z, Vec.X, Vec.Y.negate())),
        ON_SIDE(new Frame(Vec.Y, Vec.X, Vec.Z));

        final Frame frame;

        Orientation(Frame frame) {
            this.frame = frame;
        }
    }

    private final String key;
    private final Orientation orientation;
    private final double[] defaults = new double[Joint.values().length];

    Position(String key, Orientation orientation, Map<Joint, Integer> defaults) {
        this.key = key;
        this.orientation = orientation;
        defaults.forEach((joint, degrees) -> this.defaults[joint.ordinal()] = degrees);
    }

    /** The name a catalog uses, such as {@code all-fours}. */
    public String key() {
        return key;
    }

    /** Whether the body sits on a seat rather than resting on the floor alone. */
    boolean seated() {
        return this == CHAIR_SITTING;
    }

    Frame frame() {
        return orientation.frame;
    }

    double[] defaults() {
        return defaults.clone();
    }

    public double defaultAngle(Joint joint) {
        return defaults[joint.ordinal()];
    }

    public static Optional<Position> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Position::key).toList();
    }
}
