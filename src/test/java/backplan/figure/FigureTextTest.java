package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.figure.FigureText.Glyphs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figure as text: pinned by golden files (rerun with {@code -Dgolden.update=true}, then look at them), always
 * exactly the size asked for, blank when too small, and a mirror image for the other side.
 */
class FigureTextTest {

    static String text(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            // The bar keeps trailing blanks visible and safe from editors.
            sb.append(l).append("|\n");
        }
        return sb.toString();
    }

    static void golden(String name, List<String> lines) throws IOException {
        Path golden = Path.of("src/test/resources/golden/figures/" + name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text(lines), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text(lines), name);
    }

    /** The dots of Braille lines, row by row: what a test can measure without a font. */
    static boolean[][] dots(List<String> lines) {
        int width = lines.isEmpty() ? 0 : lines.get(0).length();
        boolean[][] d = new boolean[lines.size() * 4][width * 2];
        int[][] bit = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
        for (int row = 0; row < lines.size(); row++) {
            for (int col = 0; col < width; col++) {
                char c = lines.get(row).charAt(col);
                int bits = c == ' ' ? 0 : c - 0x2800;
                assertTrue(bits >= 0 && bits <= 0xff, "a Braille cell or a blank: " + c);
                for (int y = 0; y < 4; y++) {
                    for (int x = 0; x < 2; x++) {
                        d[row * 4 + y][col * 2 + x] = (bits & bit[y][x]) != 0;
                    }
                }
            }
        }
        return d;
    }

    @Test
    void deadBugOnItsBackArmsAndKneesUpInBraille() throws IOException {
        golden("dead-bug-start-24x8", FigureText.render(Poses.DEAD_BUG_START, Bounds.of(Poses.DEAD_BUG), 24, 8,
                Glyphs.BRAILLE));
    }

    @Test
    void deadBugBothKeyPosesSideBySide() throws IOException {
        golden("dead-bug-side-by-side-53x8", FigureText.sideBySide(Poses.DEAD_BUG, 53, 8, Glyphs.BRAILLE));
        golden("dead-bug-side-by-side-ascii-53x8", FigureText.sideBySide(Poses.DEAD_BUG, 53, 8, Glyphs.ASCII));
    }

    @Test
    void birdDogAndASideBendInAscii() throws IOException {
        golden("bird-dog-end-ascii-24x8", FigureText.render(Poses.BIRD_DOG_END, 24, 8, Glyphs.ASCII));
        golden("side-bend-ascii-16x10", FigureText.render(Poses.SIDE_BEND, 16, 10, Glyphs.ASCII));
        golden("side-bend-12x6", FigureText.render(Poses.SIDE_BEND, 12, 6, Glyphs.BRAILLE));
    }

    @Test
    void onAChairTheSeatIsDrawnUnderTheHipsWithItsLegsOnTheFloor() throws IOException {
        Pose chair = Pose.of(Position.CHAIR_SITTING).with(Joint.LEFT_SHOULDER, 90).with(Joint.RIGHT_SHOULDER, 90);
        golden("chair-sitting-16x8", FigureText.render(chair, 16, 8, Glyphs.BRAILLE));
        golden("chair-sitting-ascii-20x10", FigureText.render(chair, 20, 10, Glyphs.ASCII));
    }

    @Test
    void asciiUsesOnlyPrintableAsciiAndBrailleOnlyBrailleCells() {
        for (String line : FigureText.render(Poses.BIRD_DOG_END, 30, 9, Glyphs.ASCII)) {
            assertTrue(line.chars().allMatch(c -> c >= 32 && c < 127), line);
        }
        dots(FigureText.render(Poses.BIRD_DOG_END, 30, 9, Glyphs.BRAILLE));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"24,8", "80,30", "7,3", "3,20", "200,2", "1,1"})
    void everyLineIsExactlyTheWidthAskedAndThereAreExactlyTheLinesAsked(int width, int height) {
        for (Glyphs g : Glyphs.values()) {
            List<String> lines = FigureText.render(Poses.DEAD_BUG_END, width, height, g);
            assertEquals(height, lines.size(), g.toString());
            lines.forEach(l -> assertEquals(width, l.length(), g + ": " + l));
            List<String> both = FigureText.sideBySide(Poses.DEAD_BUG, width, height, g);
            assertEquals(height, both.size(), g.toString());
            both.forEach(l -> assertEquals(width, l.length(), g + ": " + l));
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"2,8", "24,2", "8,4", "1,1", "0,5", "-3,4", "12,3"})
    void aSizeTooSmallForARecognisableFigureGivesBlankLinesNotASmudge(int width, int height) {
        for (Glyphs g : Glyphs.values()) {
            List<String> lines = FigureText.render(Poses.SIDE_BEND, width, height, g);
            assertEquals(height, lines.size());
            assertTrue(lines.stream().allMatch(String::isBlank), g + " " + lines);
        }
        assertEquals(List.of(), FigureText.render(Poses.SIDE_BEND, 24, 0, Glyphs.BRAILLE));
        assertEquals(List.of(), FigureText.render(Poses.SIDE_BEND, 24, -1, Glyphs.ASCII));
    }

    @Test
    void justLargeEnoughIsDrawn() {
        assertFalse(FigureText.render(Poses.SIDE_BEND, 8, 5, Glyphs.BRAILLE).stream().allMatch(String::isBlank));
        assertFalse(FigureText.render(Poses.SIDE_BEND, 8, 7, Glyphs.ASCII).stream().allMatch(String::isBlank));
    }

    @Test
    void theFloorRunsAlongTheBottomAndTheFigureStandsOnIt() {
        boolean[][] d = dots(FigureText.render(Poses.BIRD_DOG_END, 24, 8, Glyphs.BRAILLE));
        int bottom = d.length - 1;
        for (boolean dot : d[bottom]) {
            assertTrue(dot, "a full floor line");
        }
        boolean onFloor = false;
        for (int x = 0; x < d[0].length; x++) {
            onFloor |= d[bottom - 1][x];
        }
        assertTrue(onFloor, "hands and knees drawn just above the floor");
        List<String> ascii = FigureText.render(Poses.BIRD_DOG_END, 24, 8, Glyphs.ASCII);
        assertEquals("_".repeat(24), ascii.get(7));
    }

    @Test
    void theFigureKeepsItsProportionsWhateverTheBoxShape() {
        // Standing is taller than wide: a wide box centres it, and its height fills the box either way.
        boolean[][] wide = dots(FigureText.render(Pose.of(Position.STANDING), 40, 8, Glyphs.BRAILLE));
        boolean[][] narrow = dots(FigureText.render(Pose.of(Position.STANDING), 10, 8, Glyphs.BRAILLE));
        assertEquals(inkRows(wide), inkRows(narrow));
        assertEquals(inkColumns(wide), inkColumns(narrow));
        assertTrue(inkRows(wide) >= 28, "fills the height: " + inkRows(wide));
    }

    private static int inkRows(boolean[][] d) {
        int rows = 0;
        for (int y = 0; y < d.length - 1; y++) {
            for (boolean b : d[y]) {
                if (b) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    private static int inkColumns(boolean[][] d) {
        int cols = 0;
        for (int x = 0; x < d[0].length; x++) {
            for (int y = 0; y < d.length - 1; y++) {
                if (d[y][x]) {
                    cols++;
                    break;
                }
            }
        }
        return cols;
    }

    @Test
    void theOtherSideIsDrawnAsTheMirrorImage() {
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            Pose pose = Poses.random(random);
            boolean[][] d = dots(FigureText.render(pose, 30, 10, Glyphs.BRAILLE));
            boolean[][] m = dots(FigureText.render(pose.mirrored(), 30, 10, Glyphs.BRAILLE));
            int width = d[0].length;
            int differ = 0;
            int ink = 0;
            for (int y = 0; y < d.length; y++) {
                for (int x = 0; x < width; x++) {
                    ink += d[y][x] ? 1 : 0;
                    // A dot may land one column off where a line crosses a dot boundary exactly.
                    boolean near = m[y][width - 1 - x] || (x > 0 && m[y][width - x])
                            || (x < width - 1 && m[y][width - 2 - x]);
                    differ += d[y][x] && !near ? 1 : 0;
                }
            }
            assertEquals(0, differ, pose + ": " + differ + " of " + ink + " dots have no mirror");
        }
    }

    @Test
    void aMovementIsDrawnAtOneScaleSoTheFigureDoesNotZoomAsItMoves() {
        Bounds fit = Bounds.of(Poses.DEAD_BUG);
        boolean[][] start = dots(FigureText.render(Poses.DEAD_BUG_START, fit, 24, 8, Glyphs.BRAILLE));
        boolean[][] alone = dots(FigureText.render(Poses.DEAD_BUG_START, 24, 8, Glyphs.BRAILLE));
        assertTrue(inkColumns(start) < inkColumns(alone), "fitted to the whole movement, the start pose is smaller");
        for (int i = 0; i <= 10; i++) {
            Bounds b = Bounds.of(Body.of(Poses.DEAD_BUG.at(i / 10.0)));
            assertTrue(b.minX() >= fit.minX() - 1e-9 && b.maxX() <= fit.maxX() + 1e-9 && b.maxY() <= fit.maxY()
                    + 1e-9, "every frame fits");
        }
    }
}
