package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations as people type them, and as backplan prints them. */
class SecondsTest {

    @ParameterizedTest(name = "''{0}'' = {1} s")
    @CsvSource({
        "45, 45",
        "45s, 45",
        "' 45 s ', 45",
        "45sec, 45",
        "1m30s, 90",
        "1m 30s, 90",
        "2m, 120",
        "2min, 120",
        "1h, 3600",
        "99h, 356400",
        "0, 0",
    })
    void parses(String text, int seconds) {
        assertEquals(OptionalInt.of(seconds), Seconds.parse(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "abc", "-5", "4.5", "1m30x", "m", "s", "30 seconds please",
        "999999h",  // 3.6e9 s: more than an int holds
        "9999999999"})
    void rejects(String text) {
        assertEquals(OptionalInt.empty(), Seconds.parse(text));
    }

    @Test
    void parsesRanges() {
        assertArrayEquals(new long[] {30, 60}, Seconds.parseRange("30-60"));
        assertArrayEquals(new long[] {30, 60}, Seconds.parseRange("30s–60s"));
        assertArrayEquals(new long[] {60, 30}, Seconds.parseRange(" 60 - 30 "), "unchecked: the loader says why");
        assertNull(Seconds.parseRange("30"));
        assertNull(Seconds.parseRange("30-"));
        assertNull(Seconds.parseRange("-30"));
    }

    @ParameterizedTest(name = "{0} s = ''{1}''")
    @CsvSource({"0, 0 s", "45, 45 s", "59, 59 s", "60, 1 min", "90, 1 min 30 s", "600, 10 min", "3601, 60 min 1 s"})
    void formats(long seconds, String text) {
        assertEquals(text, Seconds.format(seconds));
    }

    @ParameterizedTest(name = "{0} s = {1}")
    @CsvSource({"0, 00:00", "5, 00:05", "750, 12:30", "3599, 59:59", "3600, 1:00:00", "3723, 1:02:03"})
    void clock(long seconds, String text) {
        assertEquals(text, Seconds.clock(seconds));
    }
}
