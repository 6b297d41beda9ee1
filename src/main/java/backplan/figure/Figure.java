package backplan.figure;

import java.util.Objects;

/** An exercise's movement: two key poses seen the same way, the figure moving from {@code start} to {@code end}. */
public record Figure(Pose start, Pose end) {

    public Figure {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!start.sameView(end)) {
            throw new IllegalArgumentException("start and end must share position and view");
        }
    }

    /** The pose a fraction {@code t} (0 to 1) of the way from start to end. */
    public Pose at(double t) {
        return Pose.between(start, end, Math.max(0, Math.min(1, t)));
    }

    /** The movement done with the other side. */
    public Figure mirrored() {
        return new Figure(start.mirrored(), end.mirrored());
    }
}
