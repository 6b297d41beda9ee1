package backplan.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One named angle of the figure, in degrees, with the range a body can reach. Zero for every joint is standing
 * tall with the arms hanging at the sides; each angle is measured from there.
 */
public enum Joint {
    /** Positive tucks the chin toward the chest; negative looks up. */
    NECK("neck", -50, 70),
    /** Bends the upper body at the waist: positive rounds the back forward, negative arches it. */
    SPINE("spine", -45, 80),
    /** Bends the upper body sideways: positive toward its right side. */
    SPINE_SIDE("spine-side", -45, 45),
    /** Turns the chest: positive toward its right side. */
    SPINE_TWIST("spine-twist", -60, 60),
    /** Raises the arm forward: 90 points it straight ahead, 180 overhead; negative takes it behind. */
    LEFT_SHOULDER("left-shoulder", -70, 180),
    RIGHT_SHOULDER("right-shoulder", -70, 180),
    /** Raises the arm out to the side: 90 is a T. */
    LEFT_SHOULDER_OUT("left-shoulder-out", -30, 180),
    RIGHT_SHOULDER_OUT("right-shoulder-out", -30, 180),
    /** Sweeps the raised arm around the body's long axis: positive opens it outward and back, negative across. */
    LEFT_SHOULDER_SWEEP("left-shoulder-sweep", -135, 135),
    RIGHT_SHOULDER_SWEEP("right-shoulder-sweep", -135, 135),
    /** Rolls the upper arm about its own length: positive turns a bent forearm up and out, as in a goalpost. */
    LEFT_SHOULDER_TURN("left-shoulder-turn", -90, 90),
    RIGHT_SHOULDER_TURN("right-shoulder-turn", -90, 90),
    /** Bends the elbow. */
    LEFT_ELBOW("left-elbow", 0, 160),
    RIGHT_ELBOW("right-elbow", 0, 160),
    /** Raises the thigh forward: 90 is a right angle, as in sitting; negative takes it behind. */
    LEFT_HIP("left-hip", -40, 150),
    RIGHT_HIP("right-hip", -40, 150),
    /** Opens the thigh out to the side. */
    LEFT_HIP_OUT("left-hip-out", -30, 90),
    RIGHT_HIP_OUT("right-hip-out", -30, 90),
    /** Rolls the thigh about its own length: positive turns the knee out (and a bent leg's foot in). */
    LEFT_HIP_TURN("left-hip-turn", -45, 60),
    RIGHT_HIP_TURN("right-hip-turn", -45, 60),
    /** Bends the knee, taking the heel toward the seat. */
    LEFT_KNEE("left-knee", 0, 165),
    RIGHT_KNEE("right-knee", 0, 165),
    /** Points the foot: zero is a right angle to the shin, negative pulls the toes up. */
    LEFT_ANKLE("left-ankle", -40, 80),
    RIGHT_ANKLE("right-ankle", -40, 80);

    /** Every key a pose may use: one per joint, and a plural one setting both sides, such as {@code knees}. */
    private static final Map<String, List<Joint>> KEYS;

    static {
        Map<String, List<Joint>> keys = new LinkedHashMap<>();
        for (Joint j : values()) {
            if (j.key.startsWith("left-")) {
                String part = j.key.substring("left-".length());
                int dash = part.indexOf('-');
                String plural = dash < 0 ? part + "s" : part.substring(0, dash) + "s" + part.substring(dash);
                keys.put(plural, List.of(j, j.mirror()));
            }
        }
        for (Joint j : values()) {
            keys.put(j.key, List.of(j));
        }
        KEYS = Collections.unmodifiableMap(keys);
    }

    private final String key;
    private final int min;
    private final int max;

    Joint(String key, int min, int max) {
        this.key = key;
        this.min = min;
        this.max = max;
    }

    /** The name a catalog uses, such as {@code left-knee}. */
    public String key() {
        return key;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean allows(double degrees) {
        return degrees >= min && degrees <= max;
    }

    /** The same joint on the other side; itself for the neck and spine. */
    public Joint mirror() {
        String n = name();
        return n.startsWith("LEFT_") ? valueOf("RIGHT_" + n.substring(5))
                : n.startsWith("RIGHT_") ? valueOf("LEFT_" + n.substring(6)) : this;
    }

    /** Whether mirroring the body flips the sign of this angle (bending or turning toward a side). */
    boolean lateral() {
        return this == SPINE_SIDE || this == SPINE_TWIST;
    }

    /** The joints a key names: one, or both sides for a plural key; empty for an unknown key. */
    public static List<Joint> named(String key) {
        return KEYS.getOrDefault(key, List.of());
    }

    /** Every key, plural ones first, in a stable order (for spelling hints). */
    public static List<String> keys() {
        return new ArrayList<>(KEYS.keySet());
    }
}
