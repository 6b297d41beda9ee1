package backplan.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws every exercise's two key poses on one PNG with Java2D, from the same pose model the terminal draws, so that a
 * person can review all the figures at a glance: {@code mvn -Pfigures test} writes {@code docs/figures.png}.
 */
final class ContactSheet {

    /** One exercise on the sheet. */
    record Entry(String id, String name, String note, Figure figure) {}

    static final int COLUMNS = 3;
    static final int POSE_WIDTH = 230;
    static final int POSE_HEIGHT = 150;
    static final int CAPTION = 40;
    static final int GAP = 24;
    static final int CELL_WIDTH = POSE_WIDTH * 2 + GAP;
    static final int CELL_HEIGHT = CAPTION + POSE_HEIGHT + 30;
    /** Pixels per body height at most, so that every figure is drawn at about one size. */
    static final double MAX_SCALE = 120;

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color FAR = new Color(0x9a, 0xa4, 0xb0);
    private static final Color FLOOR = new Color(0xb0, 0x90, 0x60);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);

    private ContactSheet() {}

    static BufferedImage draw(List<Entry> entries) {
        return draw(entries, COLUMNS);
    }

    static BufferedImage draw(List<Entry> entries, int columns) {
        int rows = (entries.size() + columns - 1) / columns;
        int width = columns * CELL_WIDTH + GAP;
        int height = rows * CELL_HEIGHT + 70;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("backplan: the key poses of every bundled exercise", GAP, 34);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(MUTED);
        g.drawString("start → end; grey limbs are on the far side. Per-side exercises show the first side and are"
                + " mirrored for the second.", GAP, 56);
        for (int i = 0; i < entries.size(); i++) {
            int x = GAP + (i % columns) * CELL_WIDTH;
            int y = 70 + (i / columns) * CELL_HEIGHT;
            cell(g, entries.get(i), x, y);
        }
        g.dispose();
        return image;
    }

    private static void cell(Graphics2D g, Entry e, int x, int y) {
        // A long caption stops at its own cell rather than running into the next one.
        java.awt.Shape clip = g.getClip();
        g.clipRect(x, y, CELL_WIDTH - GAP / 2, CELL_HEIGHT);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(e.name(), x, y + 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(MUTED);
        g.drawString(e.id() + " · " + e.figure().start().position().key() + (e.note().isEmpty() ? ""
                : " · " + e.note()), x, y + 34);
        Bounds fit = Bounds.of(e.figure());
        double scale = Math.min(MAX_SCALE, Math.min((POSE_WIDTH - 20) / fit.width(), (POSE_HEIGHT - 10) / fit.maxY()));
        int top = y + CAPTION;
        pose(g, Body.of(e.figure().start()), fit, scale, x, top);
        pose(g, Body.of(e.figure().end()), fit, scale, x + POSE_WIDTH + GAP, top);
        g.setColor(MUTED);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("start", x + POSE_WIDTH / 2 - 12, top + POSE_HEIGHT + 18);
        g.drawString("end", x + POSE_WIDTH + GAP + POSE_WIDTH / 2 - 10, top + POSE_HEIGHT + 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("→", x + POSE_WIDTH + 3, top + POSE_HEIGHT / 2);
        g.setClip(clip);
    }

    private static void pose(Graphics2D g, Body body, Bounds fit, double scale, int left, int top) {
        double floorY = top + POSE_HEIGHT;
        double centre = (fit.minX() + fit.maxX()) / 2;
        double mid = left + POSE_WIDTH / 2.0;
        g.setColor(FLOOR);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(left, floorY + 1.5, left + POSE_WIDTH, floorY + 1.5));
        body.seat().ifPresent(seat -> {
            // Drawn like the floor: furniture, not body.
            double bx = mid + (seat.back().x() - centre) * scale;
            double fx = mid + (seat.front().x() - centre) * scale;
            double back = floorY - seat.back().top() * scale;
            double front = floorY - seat.front().top() * scale;
            g.draw(new Line2D.Double(bx, back, fx, front));
            g.draw(new Line2D.Double(bx, back, bx, floorY - seat.back().foot() * scale));
            g.draw(new Line2D.Double(fx, front, fx, floorY - seat.front().foot() * scale));
        });
        double pelvis = body.depth(Body.Point.PELVIS);
        List<Body.Bone> bones = new ArrayList<>(Body.BONES);
        bones.sort(Comparator.comparingDouble(b -> body.depth(b.from()) + body.depth(b.to())));
        float width = (float) (0.035 * scale);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Body.Bone b : bones) {
            if (b.to() == Body.Point.HEAD) {
                continue;
            }
            double depth = (body.depth(b.from()) + body.depth(b.to())) / 2;
            g.setColor(depth < pelvis - 0.03 ? FAR : INK);
            g.draw(new Line2D.Double(mid + (body.x(b.from()) - centre) * scale, floorY - body.y(b.from()) * scale,
                    mid + (body.x(b.to()) - centre) * scale, floorY - body.y(b.to()) * scale));
        }
        double r = Body.radius(Body.Point.HEAD) * scale;
        double hx = mid + (body.x(Body.Point.HEAD) - centre) * scale;
        double hy = floorY - body.y(Body.Point.HEAD) * scale;
        g.setColor(INK);
        g.fill(new Ellipse2D.Double(hx - r, hy - r, 2 * r, 2 * r));
        // The nose shows which way the face looks: up, down, or toward you.
        double nx = mid + (body.x(Body.Point.NOSE) - centre) * scale;
        double ny = floorY - body.y(Body.Point.NOSE) * scale;
        double nr = r * 0.35;
        g.fill(new Ellipse2D.Double(nx - nr, ny - nr, 2 * nr, 2 * nr));
    }

    static void write(List<Entry> entries, Path to) throws IOException {
        write(draw(entries), to);
    }

    static void write(BufferedImage image, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        ImageIO.write(image, "png", to.toFile());
    }
}
