package backplan.figure;

/** The part of the picture a figure (or a whole movement) takes, from the floor up, head and seat included. */
public record Bounds(double minX, double maxX, double maxY) {

    public static Bounds of(Body body) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = 0;
        for (Body.Point p : Body.Point.values()) {
            double r = p == Body.Point.HEAD ? Body.radius(p) : 0;
            minX = Math.min(minX, body.x(p) - r);
            maxX = Math.max(maxX, body.x(p) + r);
            maxY = Math.max(maxY, body.y(p) + r);
        }
        Bounds figure = new Bounds(minX, maxX, maxY);
        return body.seat().map(s -> figure.union(new Bounds(Math.min(s.back().x(), s.front().x()),
                Math.max(s.back().x(), s.front().x()), Math.max(s.back().top(), s.front().top())))).orElse(figure);
    }

    /** Every pose of the movement, sampled finely enough that a sweeping arm stays inside. */
    public static Bounds of(Figure figure) {
        Bounds b = of(Body.of(figure.start()));
        for (int i = 1; i <= 8; i++) {
            b = b.union(of(Body.of(figure.at(i / 8.0))));
        }
        return b;
    }

    public Bounds union(Bounds o) {
        return new Bounds(Math.min(minX, o.minX), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
    }

    public double width() {
        return maxX - minX;
    }
}
