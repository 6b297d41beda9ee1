package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import backplan.figure.Body.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each bundled exercise's key poses rest on the floor where its description says they do, and lift what it says
 * they lift: the hips, legs and forearms of a sphinx stay down while the chest rises, a side plank from the knees
 * rests on the bottom knee and forearm with the hips up. A part rests on the floor when its surface is within
 * {@link #DOWN} of it and is held off it when it is more than {@link #UP} above; in between the test says nothing.
 * A seated body has a second support, its seat: a part rests on the seat when it is over it and its surface within
 * {@link #DOWN} of the seat's top, and nothing above the seat sinks into it.
 * Checked on the body as it lies, and again on the figure as drawn when it is seen from above: such a view draws
 * what is farther from you higher, so a part on the floor may be drawn up to {@link #SEEN_FROM_ABOVE} higher still,
 * but no more (a figure seen from 45° above floats on its nearest hand).
 */
class ContactPointsTest {

    /**
     * Resting on the floor: the surface within this of it (body heights; under 8 cm for a 1.7 m person). A leg
     * lying flat holds its ankle 0.04 up, as the figure's limbs taper from hip to ankle.
     */
    static final double DOWN = 0.045;
    /** Held off the floor: the surface more than this above it (about 10 cm). */
    static final double UP = 0.06;
    /** How much higher than {@link #DOWN} a view from above may draw a part that rests on the floor. */
    static final double SEEN_FROM_ABOVE = 0.1;
    /** Two parts together: their centres at most this far apart. */
    static final double TOGETHER = 0.1;
    /** Two knees apart: at least this far apart across the body (the hips are 0.16 apart). */
    static final double APART = 0.2;
    /** Dropped to one side: the middle of the parts at least this far to the side of a lying body's midline. */
    static final double ASIDE = 0.1;

    /**
     * What each exercise's poses rest on and lift, from its cues and the facts it is built on; {@code both} is the
     * start and the end pose. Per-side exercises are written for the side the figure shows (its {@code left}).
     * Parts: {@code head}, {@code shoulders} (the top of the trunk: upper back, or chest lying face down),
     * {@code waist}, {@code hips}, and per side {@code left-hand}, {@code -elbow}, {@code -forearm} (elbow and hand),
     * {@code -knee}, {@code -shin} (knee and ankle), {@code -foot} (heel, toe, or the instep at the ankle lying face
     * down), {@code -heel}, {@code -toe}; a plural such as {@code knees} names both sides (a foot is flat when its
     * {@code heels toes} are down). {@code seat: hips} rests the hips on a seat rather than the floor.
     * {@code together: ankles} keeps the two ankles touching; {@code apart: knees} opens the knees across the body;
     * {@code aside: knees} drops both knees to one side of a lying body.
     */
    static final String EXPECTED = """
            cat-cow                 both   down: hands shins feet                up: hips shoulders head
            pelvic-tilt             both   down: head shoulders hips feet        up: knees
            pelvic-tilt             start  down: waist
            thread-the-needle       start  down: right-hand shins feet           up: left-hand hips shoulders
            thread-the-needle       end    down: right-hand left-forearm shins feet head   up: hips
            open-book               both   down: hips left-shoulder left-shin left-hand
            hip-circles             both   down: feet                            up: hips hands
            sphinx                  start  down: shoulders forearms hips knees feet
            sphinx                  end    down: forearms hips knees feet        up: shoulders head
            dead-bug                both   down: head shoulders waist hips       up: hands knees feet
            seated-lean-back        both   down: heels toes   seat: hips         up: hips hands knees shoulders head
            crossed-ankle-curl-up   start  down: head shoulders hips right-foot
            crossed-ankle-curl-up   end    down: hips right-foot                 up: head shoulders hands
            crossed-ankle-curl-up   both   together: ankles
            bird-dog                start  down: hands shins                     up: hips shoulders head
            bird-dog                end    down: left-hand right-shin            up: right-hand left-knee left-foot hips
            prone-y-t-raise         both   down: head shoulders hips knees feet  up: hands
            wall-angel              both   down: feet                            up: hips hands
            band-pull-apart         both   down: feet                            up: hips hands
            oblique-knee-drop       both   down: head shoulders feet             up: knees
            oblique-knee-drop       end    aside: knees
            side-plank-from-knees   start  down: left-forearm hips left-shin     up: head shoulders
            side-plank-from-knees   end    down: left-forearm left-shin          up: head shoulders hips
            standing-side-bend      both   down: feet                            up: hips hands
            pallof-press-hold       both   down: feet                            up: hips hands
            glute-bridge            start  down: head shoulders hips feet        up: knees
            glute-bridge            end    down: head shoulders feet             up: hips knees
            clamshell               both   down: hips right-knee right-foot      up: left-knee    together: ankles
            clamshell               end    apart: knees
            fire-hydrant            start  down: hands shins                     up: hips shoulders
            fire-hydrant            end    down: hands right-shin                up: hips shoulders left-knee left-foot
            fire-hydrant            end    apart: knees
            donkey-kick             start  down: hands shins                     up: hips shoulders
            donkey-kick             end    down: hands right-shin                up: hips left-knee left-foot
            knee-to-chest           start  down: head shoulders hips feet        up: knees
            knee-to-chest           end    down: head shoulders hips right-foot  up: left-knee left-foot
            childs-pose             start  down: hands shins                     up: hips shoulders head
            childs-pose             end    down: hands shins head                up: hips
            figure-four-stretch     start  down: head shoulders hips right-foot  up: left-foot left-knee
            figure-four-stretch     start  together: left-ankle/right-knee
            figure-four-stretch     end    down: head shoulders hips             up: feet knees
            hamstring-strap-stretch both   down: head shoulders hips right-foot  up: left-foot hands
            hip-flexor-stretch      both   down: left-knee left-foot right-foot  up: hips right-knee head
            """;

    static Map<String, Figure> figures;

    @BeforeAll
    static void load() throws Exception {
        figures = new TreeMap<>();
        for (Exercise e : CatalogLoader.loadBundled().exercises()) {
            e.keyPoses().ifPresent(f -> figures.put(e.id(), f));
        }
    }

    @Test
    void everyBundledFigureHasItsContactsWrittenHere() {
        assertEquals(figures.keySet(), expected().keySet());
    }

    @Test
    void eachKeyPoseRestsOnTheFloorWhereItsExerciseSays() {
        List<String> wrong = new ArrayList<>();
        expected().forEach((id, lines) -> {
            for (String[] line : lines) {
                Figure f = figures.get(id);
                if (f == null) {
                    continue;
                }
                for (String which : line[0].equals("both") ? List.of("start", "end") : List.of(line[0])) {
                    Pose pose = which.equals("start") ? f.start() : f.end();
                    String name = id + " " + which;
                    check(name, Body.of(pose.seen(0, 0)), line[1], 0, wrong);
                    if (pose.above() != 0) {
                        // Turning the figure about the upright keeps every height; only a view from above changes them.
                        check(name + " as drawn", Body.of(pose), line[1], SEEN_FROM_ABOVE, wrong);
                    }
                }
            }
        });

        assertEquals(List.of(), wrong);
    }

    @Test
    void noFrameOfAnyBundledMovementSinksBelowTheFloor() {
        List<String> wrong = new ArrayList<>();
        figures.forEach((id, f) -> {
            for (Figure side : List.of(f, f.mirrored())) {
                for (int i = 0; i <= 20; i++) {
                    Body b = Body.of(side.at(i / 20.0));
                    for (Point p : Point.values()) {
                        if (gap(b, p) < -1e-9) {
                            wrong.add(id + " at " + i / 20.0 + ": " + p + " is " + -gap(b, p) + " below the floor");
                        }
                    }
                    // Seen from the side, the seat's top is level: what is above it must not reach into it.
                    Body level = Body.of(side.at(i / 20.0).seen(0, 0));
                    Body.Seat seat = level.seat().orElse(null);
                    for (Point p : seat == null ? new Point[0] : Point.values()) {
                        double top = seat.top(level.x(p));
                        if (overTheSeat(level, seat, p) && level.y(p) > top && gap(level, p) < top - 1e-9) {
                            wrong.add(id + " at " + i / 20.0 + ": " + p + " reaches into the seat");
                        }
                    }
                }
            }
        });

        assertEquals(List.of(), wrong);
    }

    @Test
    void theRulesTellLyingFromABridgeAndKneesTogetherFromApart() {
        Pose lying = Pose.of(Position.LYING_BACK).with(Joint.LEFT_SHOULDER, 90).with(Joint.RIGHT_SHOULDER, 90);
        Pose bridge = lying.with(Joint.LEFT_KNEE, 80).with(Joint.RIGHT_KNEE, 80);
        Pose hydrant = Pose.of(Position.ALL_FOURS).with(Joint.LEFT_HIP_OUT, 50);
        List<String> wrong = new ArrayList<>();

        check("lying", Body.of(lying), "down: head shoulders hips feet  up: hands", 0, wrong);
        check("bridge", Body.of(bridge), "down: hips feet  up: hands", 0, wrong);
        check("all fours", Body.of(Pose.of(Position.ALL_FOURS)), "together: knees  apart: knees", 0, wrong);
        check("hydrant", Body.of(hydrant), "apart: knees  up: knees", 0, wrong);
        check("chair", Body.of(Pose.of(Position.CHAIR_SITTING)), "seat: hips  down: heels toes  up: hips", 0, wrong);
        check("chair", Body.of(Pose.of(Position.CHAIR_SITTING)), "down: hips", 0, wrong);
        check("chair, legs out", Body.of(Pose.of(Position.CHAIR_SITTING).with(Joint.LEFT_KNEE, 0)),
                "seat: hips  down: left-heel", 0, wrong);
        check("on tiptoe", Body.of(Pose.of(Position.CHAIR_SITTING).with(Joint.LEFT_ANKLE, 80)
                .with(Joint.RIGHT_ANKLE, 80)), "seat: hips  down: toes", 0, wrong);
        check("floor", Body.of(Pose.of(Position.SITTING)), "seat: hips  down: hips", 0, wrong);

        assertEquals(List.of("bridge: hips should rest on the floor (0.11 above it)",
                "all fours: knees should be together (0.16 apart)",
                "all fours: knees should be apart across the body (0.16)",
                "hydrant: knees should be off the floor (only 0.00 above it)",
                "chair: hips should rest on the floor (0.20 above it)",
                "chair, legs out: left-heel should rest on the floor (0.23 above it)",
                "on tiptoe: hips should rest on a seat (0.08 above it)",
                "floor: hips should rest on a seat (there is none)"), wrong);
    }

    /**
     * Checks one body against a line's rules ({@code down: … up: … together: … apart: … aside: …}), noting
     * what fails; {@code slack} is how much higher than {@link #DOWN} a resting part may be.
     */
    static void check(String name, Body b, String rules, double slack, List<String> wrong) {
        String kind = null;
        for (String word : rules.trim().split("\\s+")) {
            if (word.endsWith(":")) {
                kind = word.substring(0, word.length() - 1);
                continue;
            }
            if (kind == null) {
                throw new IllegalArgumentException("rules start with down:, seat:, up:, together:, apart: or aside:,"
                        + " not " + rules);
            }
            switch (kind) {
                case "down" -> {
                    for (Part part : parts(word)) {
                        double gap = part.all ? max(b, part.points) : min(b, part.points);
                        if (gap > DOWN + slack) {
                            wrong.add(String.format("%s: %s should rest on the floor (%.2f above it)", name, word,
                                    gap));
                        }
                    }
                }
                case "up" -> {
                    for (Part part : parts(word)) {
                        double gap = min(b, part.points);
                        if (gap < UP) {
                            wrong.add(String.format("%s: %s should be off the floor (only %.2f above it)", name, word,
                                    Math.max(0, gap)));
                        }
                    }
                }
                case "seat" -> {
                    for (Part part : parts(word)) {
                        double gap = aboveTheSeat(b, part);
                        if (!(gap <= DOWN + slack)) {
                            wrong.add(String.format("%s: %s should rest on a seat (%s)", name, word,
                                    b.seat().isEmpty() ? "there is none" : Double.isInfinite(gap) ? "not over it"
                                            : String.format("%.2f above it", gap)));
                        }
                    }
                }
                case "together" -> {
                    Point[] pair = pair(word);
                    double d = distance(b, pair[0], pair[1]);
                    if (d > TOGETHER) {
                        wrong.add(String.format("%s: %s should be together (%.2f apart)", name, word, d));
                    }
                }
                case "apart" -> {
                    Point[] pair = pair(word);
                    double d = across(b, pair[0], pair[1]);
                    if (d < APART) {
                        wrong.add(String.format("%s: %s should be apart across the body (%.2f)", name, word, d));
                    }
                }
                case "aside" -> {
                    double d = aside(b, parts(word));
                    if (d < ASIDE) {
                        wrong.add(String.format("%s: %s should be to one side of the body (%.2f)", name, word, d));
                    }
                }
                default -> throw new IllegalArgumentException("unknown rule " + kind + " in " + rules);
            }
        }
    }

    /** A part of the body as the rules name it: its points, and whether all of them (or any) must rest. */
    record Part(List<Point> points, boolean all) {}

    /** The parts a word names: one, or both sides for a plural such as {@code knees}. */
    static List<Part> parts(String word) {
        Map<String, String> plurals = Map.of("hands", "hand", "elbows", "elbow", "forearms", "forearm", "knees",
                "knee", "shins", "shin", "feet", "foot", "ankles", "ankle", "heels", "heel", "toes", "toe");
        if (plurals.containsKey(word)) {
            return List.of(part("left-" + plurals.get(word)), part("right-" + plurals.get(word)));
        }
        return List.of(part(word));
    }

    private static Part part(String word) {
        Part trunk = switch (word) {
            case "head" -> new Part(List.of(Point.HEAD), true);
            case "shoulders" -> new Part(List.of(Point.NECK, Point.LEFT_SHOULDER, Point.RIGHT_SHOULDER), false);
            case "waist" -> new Part(List.of(Point.WAIST), true);
            case "hips" -> new Part(List.of(Point.PELVIS, Point.LEFT_HIP, Point.RIGHT_HIP), false);
            default -> null;
        };
        if (trunk != null) {
            return trunk;
        }
        int dash = word.indexOf('-');
        String side = dash < 0 ? "" : word.substring(0, dash).toUpperCase(Locale.ROOT);
        if (!side.equals("LEFT") && !side.equals("RIGHT")) {
            throw new IllegalArgumentException("unknown part " + word);
        }
        return switch (word.substring(dash + 1)) {
            case "forearm" -> new Part(List.of(point(side, "ELBOW"), point(side, "HAND")), true);
            case "shin" -> new Part(List.of(point(side, "KNEE"), point(side, "ANKLE")), true);
            case "foot" -> new Part(List.of(point(side, "ANKLE"), point(side, "HEEL"), point(side, "TOE")), false);
            default -> new Part(List.of(Point.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'))), true);
        };
    }

    private static Point point(String side, String name) {
        return Point.valueOf(side + "_" + name);
    }

    /** Two points: {@code a/b}, or a plural's left and right. */
    private static Point[] pair(String word) {
        if (word.contains("/")) {
            String[] two = word.split("/");
            return new Point[] {parts(two[0]).get(0).points.get(0), parts(two[1]).get(0).points.get(0)};
        }
        List<Part> both = parts(word);
        return new Point[] {both.get(0).points.get(0), both.get(1).points.get(0)};
    }

    /** How far the body's surface at a point is above the floor. */
    static double gap(Body b, Point p) {
        return b.y(p) - Body.radius(p);
    }

    /**
     * How far a part's surface is above the seat's top: the highest of its points for a part that rests whole, the
     * lowest for one that rests on any; counting only points over the seat, infinite when none is or there is no seat.
     */
    private static double aboveTheSeat(Body b, Part part) {
        return b.seat().map(seat -> {
            DoubleStream gaps = part.points.stream().filter(p -> overTheSeat(b, seat, p))
                    .mapToDouble(p -> gap(b, p) - seat.top(b.x(p)));
            return (part.all ? gaps.max() : gaps.min()).orElse(Double.POSITIVE_INFINITY);
        }).orElse(Double.POSITIVE_INFINITY);
    }

    private static boolean overTheSeat(Body b, Body.Seat seat, Point p) {
        double x = b.x(p);
        return x >= Math.min(seat.back().x(), seat.front().x()) && x <= Math.max(seat.back().x(), seat.front().x());
    }

    private static double min(Body b, List<Point> points) {
        return points.stream().mapToDouble(p -> gap(b, p)).min().orElseThrow();
    }

    private static double max(Body b, List<Point> points) {
        return points.stream().mapToDouble(p -> gap(b, p)).max().orElseThrow();
    }

    private static double distance(Body b, Point p, Point q) {
        return Math.sqrt(square(b.x(p) - b.x(q)) + square(b.y(p) - b.y(q)) + square(b.depth(p) - b.depth(q)));
    }

    /**
     * How far the middle of some points lies to one side of a lying body: from the upright plane along the body,
     * through the pelvis and the neck.
     */
    private static double aside(Body b, List<Part> parts) {
        double ax = b.x(Point.NECK) - b.x(Point.PELVIS);
        double az = b.depth(Point.NECK) - b.depth(Point.PELVIS);
        double length = Math.hypot(ax, az);
        double x = 0;
        double z = 0;
        for (Part part : parts) {
            x += b.x(part.points.get(0)) / parts.size();
            z += b.depth(part.points.get(0)) / parts.size();
        }
        return Math.abs((x - b.x(Point.PELVIS)) * az - (z - b.depth(Point.PELVIS)) * ax) / length;
    }

    /** How far apart two points are along the line through the hips: across the body, not along it. */
    private static double across(Body b, Point p, Point q) {
        double[] axis = {b.x(Point.RIGHT_HIP) - b.x(Point.LEFT_HIP), b.y(Point.RIGHT_HIP) - b.y(Point.LEFT_HIP),
                b.depth(Point.RIGHT_HIP) - b.depth(Point.LEFT_HIP)};
        double length = Math.sqrt(square(axis[0]) + square(axis[1]) + square(axis[2]));
        double d = (b.x(p) - b.x(q)) * axis[0] + (b.y(p) - b.y(q)) * axis[1] + (b.depth(p) - b.depth(q)) * axis[2];
        return Math.abs(d) / length;
    }

    private static double square(double v) {
        return v * v;
    }

    /** The table, by exercise: each line's pose ({@code start}, {@code end} or {@code both}) and its rules. */
    static Map<String, List<String[]>> expected() {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] words = line.strip().split("\\s+", 3);
            out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new String[] {words[1], words[2]});
        }
        return out;
    }
}
