package backplan.figure;

/** A point or direction in the figure's space: x to the right of the picture, y up, z toward the viewer. */
record Vec(double x, double y, double z) {

    static final Vec ZERO = new Vec(0, 0, 0);
    static final Vec X = new Vec(1, 0, 0);
    static final Vec Y = new Vec(0, 1, 0);
    static final Vec Z = new Vec(0, 0, 1);

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    Vec negate() {
        return new Vec(-x, -y, -z);
    }

    double dot(Vec o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec cross(Vec o) {
        return new Vec(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    /** Rotated by {@code degrees} about the unit vector {@code axis}, counter-clockwise seen from its tip. */
    Vec rotate(Vec axis, double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        return times(cos).plus(axis.cross(this).times(sin)).plus(axis.times(axis.dot(this) * (1 - cos)));
    }
}
