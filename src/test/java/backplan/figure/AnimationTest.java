package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;


import backplan.figure.FigureText.Glyphs;
import org.junit.jupiter.api.Test;

/** Frames of a movement: the key poses at the ends, the mirror image for the other side. */
class AnimationTest {

    @Test
    void theEndsOfTheMovementAreTheKeyPosesAtTheMovementsScale() {
        Animation a = Animation.of(Poses.DEAD_BUG);
        Bounds fit = Bounds.of(Poses.DEAD_BUG);

        assertEquals(FigureText.render(Poses.DEAD_BUG_START, fit, 24, 8, Glyphs.BRAILLE),
                a.frame(0, 24, 8, Glyphs.BRAILLE));
        assertEquals(FigureText.render(Poses.DEAD_BUG_END, fit, 24, 8, Glyphs.BRAILLE),
                a.frame(1, 24, 8, Glyphs.BRAILLE));
        assertEquals(a.frame(0, 24, 8, Glyphs.ASCII), a.frame(Double.NaN, 24, 8, Glyphs.ASCII));
        assertNotEquals(a.frame(0, 24, 8, Glyphs.BRAILLE), a.frame(Motion.hold(2), 24, 8, Glyphs.BRAILLE));
    }

    @Test
    void theOtherSideIsTheMirroredFigure() {
        Animation right = Animation.of(Poses.DEAD_BUG).mirrored();

        assertEquals(Poses.DEAD_BUG.mirrored(), right.figure());
        assertEquals(FigureText.render(Poses.DEAD_BUG_END.mirrored(), Bounds.of(Poses.DEAD_BUG.mirrored()), 30, 9,
                Glyphs.BRAILLE), right.frame(1, 30, 9, Glyphs.BRAILLE));
    }
}
