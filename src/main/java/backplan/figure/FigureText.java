package backplan.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a figure as lines of text, a pure function of the pose and the size in character cells: Braille dots (2 × 4
 * a cell) where the terminal can show them, or ASCII strokes. The figure is scaled to fit, keeping its proportions,
 * standing on a floor line along the bottom, or sitting on its seat. Every line is exactly {@code width} characters;
 * a size too small to draw a recognisable figure gives blank lines rather than a smudge.
 */
public final class FigureText {

    /** The characters to draw with. */
    public enum Glyphs { BRAILLE, ASCII }

    /** Below these a figure would be a few dots of noise: fewer dots (or ASCII cells) than this per body height. */
    static final double MIN_BRAILLE_SCALE = 15;
    static final double MIN_ASCII_SCALE = 10;

    private FigureText() {}

    /** One pose, as large as fits. */
    public static List<String> render(Pose pose, int width, int height, Glyphs glyphs) {
        Body body = Body.of(pose);
        return render(body, Bounds.of(body), width, height, glyphs);
    }

    /**
     * One pose of a movement at the scale that fits the whole movement ({@link Bounds#of(Figure)}), so that the
     * figure neither grows nor slides as it moves.
     */
    public static List<String> render(Pose pose, Bounds fit, int width, int height, Glyphs glyphs) {
        return render(Body.of(pose), fit, width, height, glyphs);
    }

    /**
     * Both key poses side by side at one scale, an arrow between them: what {@code show} prints. Each pose gets
     * half of what is left after the arrow's columns.
     */
    public static List<String> sideBySide(Figure figure, int width, int height, Glyphs glyphs) {
        String arrow = glyphs == Glyphs.BRAILLE ? "  →  " : " --> ";
        int each = (width - arrow.length()) / 2;
        List<String> out = new ArrayList<>();
        if (height < 1) {
            return out;
        }
        if (each < 1) {
            return blank(width, height);
        }
        Bounds fit = Bounds.of(figure);
        List<String> left = render(figure.start(), fit, each, height, glyphs);
        List<String> right = render(figure.end(), fit, each, height, glyphs);
        boolean drawn = !left.stream().allMatch(String::isBlank);
        for (int row = 0; row < height; row++) {
            String middle = drawn && row == height / 2 ? arrow : " ".repeat(arrow.length());
            String line = left.get(row) + middle + right.get(row);
            out.add(line + " ".repeat(Math.max(0, width - line.length())));
        }
        return out;
    }

    static List<String> render(Body body, Bounds fit, int width, int height, Glyphs glyphs) {
        if (height < 1) {
            return List.of();
        }
        int w = Math.max(0, width);
        Raster raster = glyphs == Glyphs.BRAILLE ? new BrailleRaster(w, height) : new AsciiRaster(w, height);
        double scale = Math.min(raster.across() / Math.max(fit.width(), 1e-9),
                raster.up() / Math.max(fit.maxY(), 1e-9)) * 0.98;
        if (scale < (glyphs == Glyphs.BRAILLE ? MIN_BRAILLE_SCALE : MIN_ASCII_SCALE)) {
            return blank(w, height);
        }
        double centre = (fit.minX() + fit.maxX()) / 2;
        raster.floor();
        body.seat().ifPresent(seat -> {
            for (Body.Seat.Leg leg : List.of(seat.back(), seat.front())) {
                raster.line(raster.x(leg.x(), centre, scale), raster.y(leg.top(), scale),
                        raster.x(leg.x(), centre, scale), raster.y(leg.foot(), scale));
            }
            raster.line(raster.x(seat.back().x(), centre, scale), raster.y(seat.back().top(), scale),
                    raster.x(seat.front().x(), centre, scale), raster.y(seat.front().top(), scale));
        });
        for (Body.Bone bone : Body.BONES) {
            if (bone.to() == Body.Point.HEAD) {
                continue;
            }
            raster.line(raster.x(body.x(bone.from()), centre, scale), raster.y(body.y(bone.from()), scale),
                    raster.x(body.x(bone.to()), centre, scale), raster.y(body.y(bone.to()), scale));
        }
        raster.head(raster.x(body.x(Body.Point.HEAD), centre, scale), raster.y(body.y(Body.Point.HEAD), scale),
                Body.radius(Body.Point.HEAD) * scale,
                raster.x(body.x(Body.Point.NECK), centre, scale), raster.y(body.y(Body.Point.NECK), scale));
        return raster.lines();
    }

    private static List<String> blank(int width, int height) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            lines.add(" ".repeat(Math.max(0, width)));
        }
        return lines;
    }

    /**
     * A drawing surface in its own units: x grows to the right, y grows downward, the floor along the bottom.
     * One unit across is as long on screen as one unit up.
     */
    private abstract static class Raster {
        final int width;
        final int height;

        Raster(int width, int height) {
            this.width = width;
            this.height = height;
        }

        /** Units across the drawing. */
        abstract double across();

        /** Units from the floor to the top. */
        abstract double up();

        abstract double x(double figureX, double centre, double scale);

        abstract double y(double figureY, double scale);

        abstract void floor();

        abstract void line(double x0, double y0, double x1, double y1);

        abstract void head(double x, double y, double radius, double neckX, double neckY);

        abstract List<String> lines();
    }

    /** Dots: two across and four down a cell, each about square on a terminal. */
    private static final class BrailleRaster extends Raster {
        private final boolean[][] dots;

        BrailleRaster(int width, int height) {
            super(width, height);
            dots = new boolean[height * 4][width * 2];
        }

        @Override
        double across() {
            return width * 2 - 1;
        }

        @Override
        double up() {
            return height * 4 - 1.5;
        }

        @Override
        double x(double figureX, double centre, double scale) {
            return width + (figureX - centre) * scale;
        }

        @Override
        double y(double figureY, double scale) {
            return height * 4 - 1 - figureY * scale;
        }

        private void set(double x, double y) {
            int col = (int) Math.floor(x);
            int row = (int) Math.floor(y);
            if (row >= 0 && row < dots.length && col >= 0 && col < dots[0].length) {
                dots[row][col] = true;
            }
        }

        @Override
        void floor() {
            for (int col = 0; col < width * 2; col++) {
                dots[height * 4 - 1][col] = true;
            }
        }

        @Override
        void line(double x0, double y0, double x1, double y1) {
            int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
            for (int i = 0; i <= steps; i++) {
                double t = steps == 0 ? 0 : (double) i / steps;
                set(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
            }
        }

        @Override
        void head(double x, double y, double radius, double neckX, double neckY) {
            // A small head reads best filled; a larger one as a ring.
            double r = Math.max(radius, 1.2);
            for (int row = (int) Math.floor(y - r); row <= (int) Math.floor(y + r); row++) {
                for (int col = (int) Math.floor(x - r); col <= (int) Math.floor(x + r); col++) {
                    double d = Math.hypot(col + 0.5 - x, row + 0.5 - y);
                    if (d <= r && (r < 2.6 || d >= r - 1.1)) {
                        set(col + 0.5, row + 0.5);
                    }
                }
            }
        }

        @Override
        List<String> lines() {
            List<String> out = new ArrayList<>(height);
            for (int cellRow = 0; cellRow < height; cellRow++) {
                StringBuilder sb = new StringBuilder(width);
                for (int cellCol = 0; cellCol < width; cellCol++) {
                    int bits = 0;
                    for (int dy = 0; dy < 4; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            if (dots[cellRow * 4 + dy][cellCol * 2 + dx]) {
                                bits |= BIT[dy][dx];
                            }
                        }
                    }
                    sb.append(bits == 0 ? ' ' : (char) (0x2800 + bits));
                }
                out.add(sb.toString());
            }
            return out;
        }

        /** Unicode's numbering of the eight dots of a Braille cell. */
        private static final int[][] BIT = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
    }

    /** Whole cells, each twice as tall as it is wide, drawn with slashes, bars and dashes. */
    private static final class AsciiRaster extends Raster {
        private final char[][] cells;

        AsciiRaster(int width, int height) {
            super(width, height);
            cells = new char[height][width];
            for (char[] row : cells) {
                java.util.Arrays.fill(row, ' ');
            }
        }

        // Units are half a cell, so that one unit is as long across as it is up.

        @Override
        double across() {
            return width - 1;
        }

        @Override
        double up() {
            return (height - 1) * 2;
        }

        @Override
        double x(double figureX, double centre, double scale) {
            return width / 2.0 + (figureX - centre) * scale;
        }

        @Override
        double y(double figureY, double scale) {
            return (height - 1) * 2 - figureY * scale;
        }

        @Override
        void floor() {
            for (int col = 0; col < width; col++) {
                cells[height - 1][col] = '_';
            }
        }

        @Override
        void line(double x0, double y0, double x1, double y1) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            char c = stroke(dx, dy);
            int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy) / 2) * 2);
            for (int i = 0; i <= steps; i++) {
                double t = steps == 0 ? 0 : (double) i / steps;
                put(x0 + dx * t, (y0 + dy * t) / 2, c);
            }
        }

        private void put(double x, double row, char c) {
            int col = (int) Math.floor(x);
            int r = (int) Math.floor(row);
            if (r >= 0 && r < height - 1 && col >= 0 && col < width && cells[r][col] != 'O' && cells[r][col] != 'o') {
                cells[r][col] = c;
            }
        }

        /** The character whose stroke best follows a line of this slope (y grows downward). */
        private static char stroke(double dx, double dy) {
            double angle = Math.toDegrees(Math.atan2(-dy, dx));
            angle = ((angle % 180) + 180) % 180;
            if (angle < 25 || angle > 155) {
                return '-';
            }
            if (angle < 65) {
                return '/';
            }
            return angle <= 115 ? '|' : '\\';
        }

        @Override
        void head(double x, double y, double radius, double neckX, double neckY) {
            put(x, y / 2, ' ');
            int col = (int) Math.floor(x);
            int r = (int) Math.floor(y / 2);
            if (r >= 0 && r < height - 1 && col >= 0 && col < width) {
                cells[r][col] = radius >= 1.5 ? 'O' : 'o';
            }
        }

        @Override
        List<String> lines() {
            List<String> out = new ArrayList<>(height);
            for (char[] row : cells) {
                out.add(new String(row));
            }
            return out;
        }
    }
}
