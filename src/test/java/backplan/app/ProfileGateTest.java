package backplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backplan.catalog.Condition;
import backplan.catalog.Profile;
import org.junit.jupiter.api.Test;

/** How the once-asked profile question reads what the person types. */
class ProfileGateTest {

    @Test
    void numbersKeysAndNoneAreAnswers() {
        assertEquals(Profile.of(Condition.OSTEOPOROSIS, Condition.SPINAL_STENOSIS), ProfileGate.answer("2 5"));
        assertEquals(Profile.of(Condition.SPINAL_STENOSIS, Condition.WRIST_TROUBLE),
                ProfileGate.answer(" Spinal-Stenosis, 6 "));
        assertEquals(Profile.NONE, ProfileGate.answer(""));
        assertEquals(Profile.NONE, ProfileGate.answer("none"));
        assertEquals(Profile.of(Condition.PREGNANCY), ProfileGate.answer("1,1"));
    }

    @Test
    void anythingElseSaysWhatWasMeant() {
        assertEquals("'9' is not one of the numbers 1 to 6",
                assertThrows(UsageException.class, () -> ProfileGate.answer("2 9")).getMessage());
        assertEquals("'99999999999' is not one of the numbers 1 to 6",
                assertThrows(UsageException.class, () -> ProfileGate.answer("99999999999")).getMessage());
        assertEquals("unknown condition 'wrist' (did you mean 'wrist-trouble'?); the conditions are pregnancy,"
                + " osteoporosis, hip-replacement, sciatica, spinal-stenosis, wrist-trouble",
                assertThrows(UsageException.class, () -> ProfileGate.answer("wrist")).getMessage());
    }
}
