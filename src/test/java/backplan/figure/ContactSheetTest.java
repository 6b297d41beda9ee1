package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Draws the contact sheet of every bundled exercise's poses: to {@code target/figures.png} on every run, and to the
 * path in the system property {@code backplan.figures} when set (the {@code figures} profile sets
 * {@code docs/figures.png}).
 */
class ContactSheetTest {

    /**
     * Every exercise of the bundled catalog that has a figure, or of the catalog in the system property
     * {@code backplan.figures.catalog} (to review your own).
     */
    static List<ContactSheet.Entry> entries() throws Exception {
        String file = System.getProperty("backplan.figures.catalog");
        Catalog catalog = file == null || file.isBlank() ? CatalogLoader.loadBundled()
                : CatalogLoader.load(Path.of(file));
        List<ContactSheet.Entry> out = new ArrayList<>();
        for (Exercise e : catalog.exercises()) {
            e.keyPoses().ifPresent(f -> out.add(new ContactSheet.Entry(e.id(), e.name(), note(e), f)));
        }
        return out;
    }

    private static String note(Exercise e) {
        if (!e.prescription().perSide()) {
            return "";
        }
        return e.sidesNote().map(s -> "left side: " + s.left()).orElse("per side");
    }

    @Test
    void drawsEveryExerciseWithInkInBothPoseBoxes() throws Exception {
        List<ContactSheet.Entry> entries = entries();
        BufferedImage sheet = ContactSheet.draw(entries);

        for (int i = 0; i < entries.size(); i++) {
            int x = ContactSheet.GAP + (i % ContactSheet.COLUMNS) * ContactSheet.CELL_WIDTH;
            int y = 70 + (i / ContactSheet.COLUMNS) * ContactSheet.CELL_HEIGHT + ContactSheet.CAPTION;
            assertTrue(inked(sheet, x, y), entries.get(i).id() + ": start pose drawn");
            assertTrue(inked(sheet, x + ContactSheet.POSE_WIDTH + ContactSheet.GAP, y), entries.get(i).id()
                    + ": end pose drawn");
        }
        ContactSheet.write(entries, Path.of("target", "figures.png"));
        String to = System.getProperty("backplan.figures");
        if (to != null && !to.isBlank()) {
            ContactSheet.write(entries, Path.of(to));
        }
        assertEquals(sheet.getWidth(), ContactSheet.COLUMNS * ContactSheet.CELL_WIDTH + ContactSheet.GAP);
    }

    /** Whether the pose box holds dark figure pixels (the floor line is light brown, so it does not count). */
    private static boolean inked(BufferedImage image, int left, int top) {
        for (int y = top; y < top + ContactSheet.POSE_HEIGHT - 2; y++) {
            for (int x = left; x < left + ContactSheet.POSE_WIDTH; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == 0x222222) {
                    return true;
                }
            }
        }
        return false;
    }
}
