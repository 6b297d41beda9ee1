package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;


import backplan.catalog.SecondsRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressionTest {

    @Test
    void progressionGoesFromTheLowEndToTheHighEndInFiveSecondSteps() {
        SecondsRange r = new SecondsRange(30, 60);
        assertEquals(List.of(30, 40, 50, 60),
                List.of(1, 2, 3, 4).stream().map(w -> new Progression(w, 4).workFor(r)).toList());
        SecondsRange odd = new SecondsRange(30, 50);
        assertEquals(List.of(30, 35, 45, 50),
                List.of(1, 2, 3, 4).stream().map(w -> new Progression(w, 4).workFor(odd)).toList());
        assertEquals(60, new Progression(7, 4).workFor(r)); // past the plan: stay at the top
        assertEquals(45, new Progression(3, 4).workFor(SecondsRange.of(45)));
    }
}
