package backplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundled exercise has two valid key poses that move, and its start pose reads as its base position (lying,
 * kneeling, side-lying and standing told apart by their points alone).
 */
class BundledFiguresTest {

    static Map<String, Figure> figures;

    @BeforeAll
    static void load() throws Exception {
        figures = new TreeMap<>();
        for (Exercise e : CatalogLoader.loadBundled().exercises()) {
            e.keyPoses().ifPresent(f -> figures.put(e.id(), f));
        }
    }

    @Test
    void everyBundledExerciseHasAFigure() throws Exception {
        Set<String> exercises = new TreeSet<>(CatalogLoader.loadBundled().exercises().stream().map(Exercise::id)
                .toList());

        assertEquals(exercises, figures.keySet());
    }

    @Test
    void eachStartPoseReadsAsItsPositionAndTheEndPoseDiffers() {
        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            Figure f = e.getValue();
            Pose plain = f.start().facing(Facing.RIGHT).seen(0, 0);
            assertEquals(BodyTest.expected(plain.position()), BodyTest.silhouette(Body.of(plain)), e.getKey());
            assertNotEquals(f.start(), f.end(), e.getKey() + " moves");
        }
    }

    @Test
    void everyFrameOfEveryMovementFitsItsBoundsAndStaysOnTheFloor() {
        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            Figure f = e.getValue();
            Bounds fit = Bounds.of(f);
            for (Figure side : List.of(f, f.mirrored())) {
                for (int i = 0; i <= 20; i++) {
                    Body b = Body.of(side.at(i / 20.0));
                    Bounds one = Bounds.of(b);
                    assertTrue(one.maxY() <= fit.maxY() + 0.02 && one.width() <= fit.width() + 0.04,
                            e.getKey() + " at " + i / 20.0);
                }
            }
        }
    }
}
