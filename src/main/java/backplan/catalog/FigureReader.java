package backplan.catalog;

import backplan.figure.Facing;
import backplan.figure.Figure;
import backplan.figure.Joint;
import backplan.figure.Pose;
import backplan.figure.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an exercise's {@code figure}: a {@code start} pose (a base position, how the figure is seen, and the joint
 * angles that differ from the position's) and an {@code end} pose that lists only the angles that move. Every
 * problem is reported with its position, like every other field of a catalog.
 */
public final class FigureReader {

    static final Set<String> FIGURE_KEYS = Set.of("start", "end");
    /** Written once, in the start pose: the figure keeps them while it moves. */
    static final List<String> VIEW_KEYS = List.of("position", "facing", "turn", "above");
    private static final List<String> POSE_KEYS;

    static {
        List<String> keys = new ArrayList<>(VIEW_KEYS);
        keys.addAll(Joint.keys());
        POSE_KEYS = List.copyOf(keys);
    }

    private final YamlReader yaml;

    public FigureReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The figure, or empty with every problem reported to the reader. */
    public Optional<Figure> figure(Node node) {
        Map<String, Node> f = yaml.mapping(node, "figure", FIGURE_KEYS).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        int before = yaml.problems().size();
        for (String key : List.of("start", "end")) {
            if (!f.containsKey(key) && !yaml.misspelt(node, key)) {
                yaml.problem(node, "figure needs " + (key.equals("start") ? "a 'start' pose"
                        : "an 'end' pose (the angles that move; {} if none do)"));
            }
        }
        Pose start = f.containsKey("start") ? start(f.get("start")) : null;
        Pose end = start != null && f.containsKey("end") ? end(f.get("end"), start) : null;
        if (start == null || end == null || yaml.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Figure(start, end));
    }

    private Pose start(Node node) {
        Map<String, Node> f = yaml.mapping(node, "the start pose", POSE_KEYS).orElse(null);
        if (f == null) {
            return null;
        }
        int before = yaml.problems().size();
        Position position = null;
        if (!f.containsKey("position")) {
            if (!yaml.misspelt(node, "position")) {
                yaml.problem(node, "the start pose needs a 'position': " + String.join(", ", Position.keys()));
            }
        } else {
            position = yaml.text(f.get("position"), "position").flatMap(key -> {
                Optional<Position> p = Position.fromKey(key);
                if (p.isEmpty()) {
                    yaml.problem(f.get("position"), "unknown position " + YamlReader.quote(key)
                            + Spelling.hint(key, Position.keys()) + "; positions are "
                            + String.join(", ", Position.keys()));
                }
                return p;
            }).orElse(null);
        }
        Facing facing = Facing.RIGHT;
        if (f.containsKey("facing")) {
            Node n = f.get("facing");
            facing = yaml.text(n, "facing").flatMap(key -> {
                Optional<Facing> to = Facing.fromKey(key);
                if (to.isEmpty()) {
                    yaml.problem(n, "facing must be 'left' or 'right', not " + YamlReader.quote(key));
                }
                return to;
            }).orElse(null);
        }
        int turn = 0;
        if (f.containsKey("turn")) {
            turn = yaml.whole(f.get("turn"), "turn", -Pose.MAX_TURN, Pose.MAX_TURN).orElse(0);
        }
        int above = 0;
        if (f.containsKey("above")) {
            above = yaml.whole(f.get("above"), "above", 0, Pose.MAX_ABOVE).orElse(0);
        }
        double[] angles = angles(f);
        if (position == null || facing == null || angles == null || yaml.problems().size() > before) {
            return null;
        }
        Pose pose = Pose.of(position).facing(facing).seen(turn, above);
        return apply(pose, angles);
    }

    private Pose end(Node node, Pose start) {
        Map<String, Node> f = yaml.mapping(node, "the end pose", POSE_KEYS).orElse(null);
        if (f == null) {
            return null;
        }
        int before = yaml.problems().size();
        for (String key : VIEW_KEYS) {
            if (f.containsKey(key)) {
                yaml.problem(f.get(key), "'" + key + "' belongs in the start pose only; the end pose lists just the"
                        + " angles that move");
            }
        }
        double[] angles = angles(f);
        return angles == null || yaml.problems().size() > before ? null : apply(start, angles);
    }

    /**
     * The angles written, by joint ordinal (NaN where none is); a plural key such as {@code knees} sets both sides,
     * and a one-sided key overrides it.
     */
    @SuppressWarnings("EnumOrdinal") // angles by joint ordinal, as Pose keeps them
    private double[] angles(Map<String, Node> f) {
        double[] out = new double[Joint.values().length];
        java.util.Arrays.fill(out, Double.NaN);
        boolean good = true;
        for (boolean plural : new boolean[] {true, false}) {
            for (Map.Entry<String, Node> e : f.entrySet()) {
                List<Joint> joints = Joint.named(e.getKey());
                if (joints.isEmpty() || (joints.size() > 1) != plural) {
                    continue;
                }
                Joint j = joints.get(0);
                OptionalInt degrees = yaml.whole(e.getValue(), e.getKey(), j.min(), j.max());
                if (degrees.isEmpty()) {
                    good = false;
                    continue;
                }
                for (Joint each : joints) {
                    out[each.ordinal()] = degrees.getAsInt();
                }
            }
        }
        return good ? out : null;
    }

    @SuppressWarnings("EnumOrdinal") // angles by joint ordinal, as Pose keeps them
    private static Pose apply(Pose pose, double[] angles) {
        for (Joint j : Joint.values()) {
            if (!Double.isNaN(angles[j.ordinal()])) {
                pose = pose.with(j, angles[j.ordinal()]);
            }
        }
        return pose;
    }
}
