package backplan.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pose placed in space: forward kinematics from the joint angles to points, then the body settles onto the floor
 * the way a resting body would (on the two lowest contacts that its weight sits between), feet or back or hands and
 * knees down, or, in a seated position, sits on a seat. Units are the figure's standing height; the floor is
 * {@code y = 0}.
 */
public final class Body {

    /** The points of the figure: joints, the head's centre and the tip of its nose. */
    public enum Point {
        HEAD(0.065, 0.081), NOSE(0, 0), NECK(0.05, 0), WAIST(0.07, 0), PELVIS(0.07, 0),
        LEFT_SHOULDER(0.045, 0), LEFT_ELBOW(0.03, 0), LEFT_HAND(0.01, 0),
        RIGHT_SHOULDER(0.045, 0), RIGHT_ELBOW(0.03, 0), RIGHT_HAND(0.01, 0),
        LEFT_HIP(0.06, 0), LEFT_KNEE(0.05, 0), LEFT_ANKLE(0.03, 0), LEFT_HEEL(0.005, 0), LEFT_TOE(0.005, 0),
        RIGHT_HIP(0.06, 0), RIGHT_KNEE(0.05, 0), RIGHT_ANKLE(0.03, 0), RIGHT_HEEL(0.005, 0), RIGHT_TOE(0.005, 0);

        /** How far the body's surface is from the point: what touches the floor. */
        final double radius;
        /** Share of the body's weight that sits at the point itself (the rest sits mid-segment). */
        final double mass;

        Point(double radius, double mass) {
            this.radius = radius;
            this.mass = mass;
        }

        /** The same point on the other side of the body; itself for the head, nose and spine. */
        public Point mirror() {
            String n = name();
            return n.startsWith("LEFT_") ? valueOf("RIGHT_" + n.substring(5))
                    : n.startsWith("RIGHT_") ? valueOf("LEFT_" + n.substring(6)) : this;
        }
    }

    /** What a seated body sits on, as seen: a seat whose top runs from the top of its back leg to its front leg's. */
    public record Seat(Leg back, Leg front) {

        /** A leg straight down from the seat's top at {@code x} to its foot on the floor. */
        public record Leg(double x, double top, double foot) {}

        /** The height of the seat's top at {@code x}; only meaningful between the legs. */
        public double top(double x) {
            if (front.x == back.x) {
                // Seen end on, from straight in front or behind.
                return Math.max(back.top, front.top);
            }
            double t = (x - back.x) / (front.x - back.x);
            return back.top + (front.top - back.top) * t;
        }
    }

    /** A straight part of the figure between two points, with its share of the body's weight. */
    public record Bone(Point from, Point to, double mass) {}

    /** The bones in drawing order; the head is drawn as a circle around {@link Point#HEAD}. */
    public static final List<Bone> BONES = List.of(
            new Bone(Point.PELVIS, Point.WAIST, 0.2),
            new Bone(Point.WAIST, Point.NECK, 0.3),
            new Bone(Point.LEFT_HIP, Point.LEFT_KNEE, 0.1),
            new Bone(Point.LEFT_KNEE, Point.LEFT_ANKLE, 0.047),
            new Bone(Point.LEFT_ANKLE, Point.LEFT_TOE, 0.015),
            new Bone(Point.RIGHT_HIP, Point.RIGHT_KNEE, 0.1),
            new Bone(Point.RIGHT_KNEE, Point.RIGHT_ANKLE, 0.047),
            new Bone(Point.RIGHT_ANKLE, Point.RIGHT_TOE, 0.015),
            new Bone(Point.LEFT_SHOULDER, Point.LEFT_ELBOW, 0.028),
            new Bone(Point.LEFT_ELBOW, Point.LEFT_HAND, 0.022),
            new Bone(Point.RIGHT_SHOULDER, Point.RIGHT_ELBOW, 0.028),
            new Bone(Point.RIGHT_ELBOW, Point.RIGHT_HAND, 0.022),
            new Bone(Point.NECK, Point.LEFT_SHOULDER, 0),
            new Bone(Point.NECK, Point.RIGHT_SHOULDER, 0),
            new Bone(Point.PELVIS, Point.LEFT_HIP, 0),
            new Bone(Point.PELVIS, Point.RIGHT_HIP, 0),
            new Bone(Point.NECK, Point.HEAD, 0));

    // Proportions of a standing adult, as fractions of height (after Drillis and Contini's segment table).
    static final double LOWER_TRUNK = 0.15;
    static final double UPPER_TRUNK = 0.15;
    static final double NECK_LENGTH = 0.035;
    static final double HALF_SHOULDERS = 0.11;
    static final double SHOULDER_DROP = 0.0;
    static final double HALF_HIPS = 0.08;
    static final double UPPER_ARM = 0.16;
    static final double FOREARM = 0.15;
    static final double THIGH = 0.265;
    static final double SHIN = 0.225;
    static final double ANKLE_HEIGHT = 0.04;
    static final double TOE_LENGTH = 0.11;
    static final double HEEL_LENGTH = 0.035;
    /**
     * A chair's seat is as high as the figure's knee with the foot flat (from the sole to the thigh's underside), so
     * that sitting with level thighs and knees at a right angle puts the feet on the floor.
     */
    static final double SEAT_HEIGHT = SHIN + ANKLE_HEIGHT + Point.LEFT_HEEL.radius - Point.PELVIS.radius;
    /** How far the seat reaches behind the hips and in front of them, short of the knees. */
    static final double SEAT_BEHIND = 0.1;
    static final double SEAT_AHEAD = 0.18;

    /**
     * How far (in body heights) the centre of weight may lie beyond what the body rests on: a person holds a pose
     * with muscle and by shifting a little, which a stick figure's point feet would not show.
     */
    static final double BALANCE = 0.06;

    private final Map<Point, Vec> points;
    /** The seat's back and front top corners, then the feet of its back and front legs; empty on the floor. */
    private final List<Vec> seat;

    private Body(Map<Point, Vec> points, List<Vec> seat) {
        this.points = points;
        this.seat = seat;
    }

    /**
     * The pose's body resting on the floor, or sitting on its seat, seen from the viewer (x right, y up, z toward the
     * viewer).
     */
    public static Body of(Pose pose) {
        if (pose.facing() == Facing.LEFT) {
            // Facing left is, by definition, the mirror image of the other side's movement facing right.
            return of(pose.mirrored()).flipped();
        }
        Map<Point, Vec> p = limbs(pose);
        List<Vec> seat = new ArrayList<>();
        if (pose.position().seated()) {
            seat.addAll(sit(p, pose));
        } else {
            settle(p);
        }
        if (pose.turn() != 0) {
            // About the vertical through the middle of what the body rests on, so the turn keeps it in place.
            p.replaceAll((k, v) -> v.rotate(Vec.Y, -pose.turn()));
            seat.replaceAll(v -> v.rotate(Vec.Y, -pose.turn()));
        }
        if (pose.above() != 0) {
            // Seen from above, what is nearer sits lower in the picture: the floor's front edge is the lowest.
            p.replaceAll((k, v) -> v.rotate(Vec.X, pose.above()));
            seat.replaceAll(v -> v.rotate(Vec.X, pose.above()));
            double floor = seat.stream().mapToDouble(Vec::y).reduce(lowest(p), Math::min);
            p.replaceAll((k, v) -> v.minus(new Vec(0, floor, 0)));
            seat.replaceAll(v -> v.minus(new Vec(0, floor, 0)));
        }
        return new Body(p, List.copyOf(seat));
    }

    public double x(Point p) {
        return points.get(p).x();
    }

    public double y(Point p) {
        return points.get(p).y();
    }

    /** Toward the viewer: positive is nearer. */
    public double depth(Point p) {
        return points.get(p).z();
    }

    public static double radius(Point p) {
        return p.radius;
    }

    /** The seat the body sits on, as seen; none for a body on the floor. */
    public Optional<Seat> seat() {
        if (seat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Seat(new Seat.Leg(seat.get(0).x(), seat.get(0).y(), seat.get(2).y()),
                new Seat.Leg(seat.get(1).x(), seat.get(1).y(), seat.get(3).y())));
    }

    /** The mirror image: what was the left side is now the right, and the other way round. */
    private Body flipped() {
        Map<Point, Vec> p = new EnumMap<>(Point.class);
        points.forEach((k, v) -> p.put(k.mirror(), new Vec(-v.x(), v.y(), v.z())));
        return new Body(p, seat.stream().map(v -> new Vec(-v.x(), v.y(), v.z())).toList());
    }

    /** Forward kinematics, from the pelvis out, in the position's orientation (facing right, not yet settled). */
    private static Map<Point, Vec> limbs(Pose pose) {
        Map<Point, Vec> p = new EnumMap<>(Point.class);
        Frame lower = pose.position().frame();
        Vec pelvis = Vec.ZERO;
        Vec waist = pelvis.plus(lower.u().times(LOWER_TRUNK));
        Frame upper = lower.rotate(lower.u(), -pose.angle(Joint.SPINE_TWIST));
        upper = upper.rotate(upper.f(), pose.angle(Joint.SPINE_SIDE));
        upper = upper.rotate(upper.r(), -pose.angle(Joint.SPINE));
        Vec neck = waist.plus(upper.u().times(UPPER_TRUNK));
        Frame head = upper.rotate(upper.r(), -pose.angle(Joint.NECK));
        Vec headCentre = neck.plus(head.u().times(NECK_LENGTH + Point.HEAD.radius));
        p.put(Point.PELVIS, pelvis);
        p.put(Point.WAIST, waist);
        p.put(Point.NECK, neck);
        p.put(Point.HEAD, headCentre);
        p.put(Point.NOSE, headCentre.plus(head.f().times(Point.HEAD.radius * 1.45)));
        arm(p, upper, neck, pose, 1);
        arm(p, upper, neck, pose, -1);
        leg(p, lower, pelvis, pose, 1);
        leg(p, lower, pelvis, pose, -1);
        return p;
    }

    /** @param side +1 for the right arm, -1 for the left */
    private static void arm(Map<Point, Vec> p, Frame trunk, Vec neck, Pose pose, int side) {
        boolean right = side > 0;
        Vec shoulder = neck.plus(trunk.r().times(side * HALF_SHOULDERS)).minus(trunk.u().times(SHOULDER_DROP));
        Frame limb = raise(trunk, side, pose.angle(right ? Joint.RIGHT_SHOULDER : Joint.LEFT_SHOULDER),
                pose.angle(right ? Joint.RIGHT_SHOULDER_OUT : Joint.LEFT_SHOULDER_OUT),
                pose.angle(right ? Joint.RIGHT_SHOULDER_SWEEP : Joint.LEFT_SHOULDER_SWEEP));
        limb = limb.rotate(limb.u(), -side * pose.angle(right ? Joint.RIGHT_SHOULDER_TURN : Joint.LEFT_SHOULDER_TURN));
        Vec elbow = shoulder.minus(limb.u().times(UPPER_ARM));
        Frame forearm = limb.rotate(limb.r(), pose.angle(right ? Joint.RIGHT_ELBOW : Joint.LEFT_ELBOW));
        Vec hand = elbow.minus(forearm.u().times(FOREARM));
        p.put(right ? Point.RIGHT_SHOULDER : Point.LEFT_SHOULDER, shoulder);
        p.put(right ? Point.RIGHT_ELBOW : Point.LEFT_ELBOW, elbow);
        p.put(right ? Point.RIGHT_HAND : Point.LEFT_HAND, hand);
    }

    private static void leg(Map<Point, Vec> p, Frame pelvisFrame, Vec pelvis, Pose pose, int side) {
        boolean right = side > 0;
        Vec hip = pelvis.plus(pelvisFrame.r().times(side * HALF_HIPS));
        Frame thigh = raise(pelvisFrame, side, pose.angle(right ? Joint.RIGHT_HIP : Joint.LEFT_HIP),
                pose.angle(right ? Joint.RIGHT_HIP_OUT : Joint.LEFT_HIP_OUT), 0);
        thigh = thigh.rotate(thigh.u(), -side * pose.angle(right ? Joint.RIGHT_HIP_TURN : Joint.LEFT_HIP_TURN));
        Vec knee = hip.minus(thigh.u().times(THIGH));
        Frame shin = thigh.rotate(thigh.r(), -pose.angle(right ? Joint.RIGHT_KNEE : Joint.LEFT_KNEE));
        Vec ankle = knee.minus(shin.u().times(SHIN));
        Frame foot = shin.rotate(shin.r(), -pose.angle(right ? Joint.RIGHT_ANKLE : Joint.LEFT_ANKLE));
        Vec sole = ankle.minus(foot.u().times(ANKLE_HEIGHT));
        p.put(right ? Point.RIGHT_HIP : Point.LEFT_HIP, hip);
        p.put(right ? Point.RIGHT_KNEE : Point.LEFT_KNEE, knee);
        p.put(right ? Point.RIGHT_ANKLE : Point.LEFT_ANKLE, ankle);
        p.put(right ? Point.RIGHT_TOE : Point.LEFT_TOE, sole.plus(foot.f().times(TOE_LENGTH)));
        p.put(right ? Point.RIGHT_HEEL : Point.LEFT_HEEL, sole.minus(foot.f().times(HEEL_LENGTH)));
    }

    /**
     * A limb's frame after raising it from hanging along the body: out to the side first, then forward, then swept
     * around the body's long axis, each about the trunk's own (fixed) axes. Its {@code -u} points along the limb.
     */
    private static Frame raise(Frame trunk, int side, double forward, double out, double sweep) {
        Frame limb = trunk.rotate(trunk.f(), -side * out);
        limb = limb.rotate(trunk.r(), forward);
        return limb.rotate(trunk.u(), -side * sweep);
    }

    /**
     * Lets the body come to rest in the picture's plane the way a rigid body does: from the position's own
     * orientation it stands on its lowest point and rolls toward its centre of weight, over its outline (the convex
     * hull of its surface), until it rests on two contacts with that centre between them. Then it is set on the
     * floor with the middle of what it rests on at {@code x = 0}.
     */
    @SuppressWarnings("EnumOrdinal") // the part a hull point is on, kept as a number in the point's array
    private static void settle(Map<Point, Vec> p) {
        List<double[]> outline = new ArrayList<>();
        for (Point k : Point.values()) {
            Vec v = p.get(k);
            if (k.radius == 0) {
                // The tip of the nose has no thickness, but it is the body's too: a face down rests on it.
                outline.add(new double[] {v.x(), v.y(), k.ordinal()});
                continue;
            }
            for (int i = 0; i < 16; i++) {
                double a = Math.PI * 2 * i / 16;
                outline.add(new double[] {v.x() + k.radius * Math.cos(a), v.y() + k.radius * Math.sin(a),
                        k.ordinal()});
            }
        }
        List<double[]> hull = hull(outline);
        double[][] pts = new double[hull.size()][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = hull.get(i).clone();
        }
        double[] com = centreOfMass(p);
        int pivot = 0;
        for (int i = 1; i < pts.length; i++) {
            if (pts[i][1] < pts[pivot][1] - 1e-12) {
                pivot = i;
            }
        }
        int other = -1;
        double total = 0;
        for (int step = 0; step < 200; step++) {
            if (other >= 0) {
                double near = pts[pivot][0];
                double far = pts[other][0];
                // A body rests on two things with muscle to spare, but not on a sliver of one round part.
                double slack = pts[pivot][2] == pts[other][2] ? 0 : BALANCE;
                if (Math.abs(com[0] - near) <= Math.abs(far - near) + slack) {
                    break;
                }
                pivot = other;
            }
            int dir = com[0] >= pts[pivot][0] ? 1 : -1;
            double best = Double.MAX_VALUE;
            int next = -1;
            for (int i = 0; i < pts.length; i++) {
                double vx = (pts[i][0] - pts[pivot][0]) * dir;
                double vy = pts[i][1] - pts[pivot][1];
                if (i == pivot || vx <= 1e-12) {
                    continue;
                }
                double angle = Math.atan2(vy, vx);
                if (angle < best - 1e-9 || (angle < best + 1e-9 && vx > (pts[next][0] - pts[pivot][0]) * dir)) {
                    best = angle;
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            double turn = -dir * best;
            rotate(pts, com, pts[pivot][0], pts[pivot][1], turn);
            total += turn;
            other = next;
        }
        // The same turn for the whole body: find where it took one outline point, and move everything alike.
        double cos = Math.cos(total);
        double sin = Math.sin(total);
        double tx = pts[0][0] - (hull.get(0)[0] * cos - hull.get(0)[1] * sin);
        double ty = pts[0][1] - (hull.get(0)[0] * sin + hull.get(0)[1] * cos);
        double mid = other < 0 ? pts[pivot][0] : (pts[pivot][0] + pts[other][0]) / 2;
        p.replaceAll((k, v) -> new Vec(v.x() * cos - v.y() * sin + tx - mid, v.x() * sin + v.y() * cos + ty,
                v.z()));
        double floor = lowest(p);
        p.replaceAll((k, v) -> v.minus(new Vec(0, floor, 0)));
    }

    /**
     * Sits the body on a chair: turned in the picture's plane until its thighs (raised forward as far as the two
     * hips' angles say, on average) lie level, so a hip angle under 90 leans the trunk back; the hips' underside on a
     * seat {@link #SEAT_HEIGHT} high, the middle between hips and feet at {@code x = 0}. Legs posed as a person sits
     * put the feet flat on the floor; a body that would sink into the floor rises off the seat instead.
     *
     * @return the seat's corners, as {@link #seat} keeps them
     */
    private static List<Vec> sit(Map<Point, Vec> p, Pose pose) {
        double lean = 90 - (pose.angle(Joint.LEFT_HIP) + pose.angle(Joint.RIGHT_HIP)) / 2;
        p.replaceAll((k, v) -> v.rotate(Vec.Z, lean));
        double under = Math.min(p.get(Point.PELVIS).y() - Point.PELVIS.radius,
                Math.min(p.get(Point.LEFT_HIP).y(), p.get(Point.RIGHT_HIP).y()) - Point.LEFT_HIP.radius);
        double feet = (p.get(Point.LEFT_ANKLE).x() + p.get(Point.RIGHT_ANKLE).x()) / 2;
        Vec onSeat = new Vec(-(p.get(Point.PELVIS).x() + feet) / 2, SEAT_HEIGHT - under, 0);
        p.replaceAll((k, v) -> v.plus(onSeat));
        double sink = Math.min(0, lowest(p));
        p.replaceAll((k, v) -> v.minus(new Vec(0, sink, 0)));
        double back = p.get(Point.PELVIS).x() - SEAT_BEHIND;
        double front = p.get(Point.PELVIS).x() + SEAT_AHEAD;
        return List.of(new Vec(back, SEAT_HEIGHT, 0), new Vec(front, SEAT_HEIGHT, 0), new Vec(back, 0, 0),
                new Vec(front, 0, 0));
    }

    /** Turns points (and the centre of weight) by {@code radians} about {@code (cx, cy)}. */
    private static void rotate(double[][] pts, double[] com, double cx, double cy, double radians) {
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        for (double[] q : pts) {
            double x = q[0] - cx;
            double y = q[1] - cy;
            q[0] = cx + x * cos - y * sin;
            q[1] = cy + x * sin + y * cos;
        }
        double x = com[0] - cx;
        double y = com[1] - cy;
        com[0] = cx + x * cos - y * sin;
        com[1] = cy + x * sin + y * cos;
    }

    /** The height of the lowest point of the body's surface. */
    private static double lowest(Map<Point, Vec> p) {
        return p.entrySet().stream().mapToDouble(e -> e.getValue().y() - e.getKey().radius).min().orElse(0);
    }

    private static double[] centreOfMass(Map<Point, Vec> p) {
        double x = 0;
        double y = 0;
        double total = 0;
        for (Point k : Point.values()) {
            x += p.get(k).x() * k.mass;
            y += p.get(k).y() * k.mass;
            total += k.mass;
        }
        for (Bone b : BONES) {
            Vec mid = p.get(b.from()).plus(p.get(b.to())).times(0.5);
            x += mid.x() * b.mass();
            y += mid.y() * b.mass();
            total += b.mass();
        }
        return new double[] {x / total, y / total};
    }

    /** Andrew's monotone chain: the convex hull, counter-clockwise. */
    private static List<double[]> hull(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(q -> q[0]).thenComparingDouble(q -> q[1]));
        int n = sorted.size();
        double[][] h = new double[2 * n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], sorted.get(i)) <= 0) {
                k--;
            }
            h[k++] = sorted.get(i);
        }
        for (int i = n - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(h[k - 2], h[k - 1], sorted.get(i)) <= 0) {
                k--;
            }
            h[k++] = sorted.get(i);
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < k - 1; i++) {
            out.add(h[i]);
        }
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
