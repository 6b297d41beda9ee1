package backplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pain chart of {@code progress}: every rating from 0 to 10 looks different from every other. */
class ProgressTextTest {

    @Test
    void everyRatingHasAHeightOfItsOwn() {
        List<Integer> all = IntStream.rangeClosed(0, 10).boxed().toList();
        List<String> rows = ProgressText.sparkRows(all);
        assertEquals(2, rows.size());
        Set<String> columns = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            columns.add("" + rows.get(0).charAt(i) + rows.get(1).charAt(i));
        }
        assertEquals(11, columns.size(), "3 and 4 (and every other pair) look different:\n" + String.join("\n", rows));
        for (int v = 0; v < 10; v++) {
            assertTrue(ProgressText.sparkEighths(v) < ProgressText.sparkEighths(v + 1), "higher pain, higher bar");
        }
        assertEquals('▁', rows.get(1).charAt(0), "0 still shows a mark");
        assertEquals("▆▇", rows.get(1).substring(3, 5), "3 and 4");
        assertEquals("      ▁▂▄▅▇█", " " + rows.get(0), "the top row starts at 5");
    }
}
