package backplan.figure;

import java.util.List;

/**
 * A figure ready to be drawn at any moment of its movement: the scale is worked out once for the whole movement, so
 * the figure neither grows nor slides from frame to frame.
 */
public final class Animation {

    private final Figure figure;
    private final Bounds fit;

    private Animation(Figure figure) {
        this.figure = figure;
        this.fit = Bounds.of(figure);
    }

    public static Animation of(Figure figure) {
        return new Animation(figure);
    }

    /** The same movement on the other side: for the right-side sets of a per-side exercise. */
    public Animation mirrored() {
        return new Animation(figure.mirrored());
    }

    public Figure figure() {
        return figure;
    }

    /**
     * The figure a fraction of the way from its start pose (0) to its end pose (1), such as
     * {@link Motion#hold(double)} or {@link Motion#rep(double, double, double)} gives; 0 for a still figure.
     */
    public List<String> frame(double fraction, int width, int height, FigureText.Glyphs glyphs) {
        double t = Double.isNaN(fraction) ? 0 : fraction;
        return FigureText.render(figure.at(t), fit, width, height, glyphs);
    }
}
