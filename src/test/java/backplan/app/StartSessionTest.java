package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the start flow that are plain functions. */
class StartSessionTest {

    @Test
    void theRatingsAreEchoedSoThePersonSeesWhatWasKept() {
        assertEquals(Optional.of("  back now:  3/10; before: 5/10"), StartSession.painLine(5, 3, true));
        assertEquals(Optional.of("  back now:  not rated (skipped)"), StartSession.painLine(null, null, true));
        assertEquals(Optional.of("  back now:  not rated; before: 4/10"), StartSession.painLine(4, null, false));
        assertEquals(Optional.empty(), StartSession.painLine(null, null, false), "nothing asked, nothing said");
    }
}
