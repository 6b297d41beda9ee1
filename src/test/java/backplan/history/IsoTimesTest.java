package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path for the history's timestamps agrees with {@code OffsetDateTime.parse} on any text and never throws. */
class IsoTimesTest {

    /** What the general parser says: the time, or null where it refuses the text. */
    private static OffsetDateTime reference(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T07:30:", "2026-11-24T07:30:0", "2026-11-24T07:30:05.", "2026-11-24T07:30:05.1",
        "2026-11-24T07:30+01:6", "2026-11-24T07:30+01:", "2026-11-24T07:30+19:00", "2026-11-24T07:30+18:30",
        "2026-11-24T07:30+01:60", "2026-11-24T07:30-", "2026-11-24T07:3", "2026-11-24T07:30:60Z",
        "2026-02-30T07:30Z", "2026-11-24T24:00Z", "2026-11-24t07:30z", "", " ", "2026", "T", "2026-11-24T07:30Zjunk",
        "2026-11-24T07:30:05.1234567891Z", "-999999999-01-01T00:00Z", "+999999999-12-31T23:59:59.999999999+14:00",
        "2026-11-24T07:30:05.123+01:00", "2026-11-24T07:30Z", "0000-01-01T00:00Z"})
    void agreesWithTheGeneralParser(String text) {
        assertEquals(reference(text), IsoTimes.parse(text), text);
    }

    @Test
    void nullIsNoTime() {
        assertNull(IsoTimes.parse(null));
    }

    @Test
    void agreesOnRandomCutsAndChangesOfRealTimestamps() {
        Random r = new Random(13);
        String alphabet = "0123456789-+:.TZtz ";
        for (int i = 0; i < 40_000; i++) {
            OffsetDateTime t = OffsetDateTime.of(1900 + r.nextInt(300), 1 + r.nextInt(12), 1 + r.nextInt(28),
                    r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000),
                    ZoneOffset.ofTotalSeconds((r.nextInt(145) - 72) * 900)); // any quarter hour within ±18:00
            StringBuilder s = new StringBuilder(t.toString());
            switch (r.nextInt(4)) {
                case 0 -> s.setLength(r.nextInt(s.length() + 1));
                case 1 -> s.setCharAt(r.nextInt(s.length()), alphabet.charAt(r.nextInt(alphabet.length())));
                case 2 -> s.insert(r.nextInt(s.length() + 1), alphabet.charAt(r.nextInt(alphabet.length())));
                default -> { } // unchanged: the fast path's own form
            }
            String text = s.toString();
            assertEquals(reference(text), IsoTimes.parse(text), text);
        }
    }
}
