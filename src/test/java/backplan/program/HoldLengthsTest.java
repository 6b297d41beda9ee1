package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Prescription;
import backplan.catalog.SecondsRange;
import backplan.catalog.Source;
import backplan.history.HistoryEntry;
import backplan.history.Verdict;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.Rating;
import backplan.session.SessionResult;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldLengthsTest {

    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneId.of("UTC"));
    private static final SecondsRange RANGE = new SecondsRange(30, 60);
    private static final Exercise BRIDGE = exercise("bridge", Category.GLUTES, RANGE, false);
    private static final Exercise PLANK = exercise("plank", Category.OBLIQUES, new SecondsRange(10, 20), true);
    private static final Exercise DOG = exercise("dog", Category.BACK, SecondsRange.of(30), false);

    private static Exercise exercise(String id, Category category, SecondsRange work, boolean perSide) {
        return new Exercise(id, id, category, Source.COMMON, new Prescription(3, work, 0, perSide, 15),
                "Breathe slowly.", List.of(), null, List.of(), List.of(), List.of(), null, null);
    }

    private final List<HistoryEntry> history = new ArrayList<>();
    private int day;

    /** A session on the next day that did every set of {@code e} at {@code seconds}, rated {@code rating}. */
    private void session(Exercise e, int seconds, Rating rating, Integer before, Integer after, Verdict verdict) {
        ZonedDateTime start = MONDAY.plusDays(day++);
        int sides = e.prescription().perSide() ? 2 : 1;
        ExerciseResult x = new ExerciseResult(e.id(), e.name(), e.category().key(), 3, 3, 3 * seconds * sides, 0,
                3 * seconds * sides, null, 0, rating);
        SessionResult r = new SessionResult(start, start.plusMinutes(10), Ending.COMPLETED, List.of(x), 600,
                3 * seconds * sides, 0);
        history.add(new HistoryEntry(r, before, after, 1, null, verdict));
    }

    private void good(Exercise e, int seconds) {
        session(e, seconds, Rating.FINE, 2, 2, Verdict.counted());
    }

    private HoldLengths holds() {
        Progress.Tally tally = new Progress.Tally();
        history.forEach(tally);
        return tally.holds();
    }

    private int now(Exercise e) {
        return holds().secondsFor(e, null, e.prescription().timed().orElseThrow());
    }

    @Test
    void threeGoodCountedSessionsEarnTheNextLength() {
        assertEquals(30, now(BRIDGE), "the low end first");
        good(BRIDGE, 30);
        good(BRIDGE, 30);
        assertEquals(30, now(BRIDGE));
        assertEquals("30 s holds; 1 more session without 'hard' or 'hurt' to 40 s",
                holds().hold(BRIDGE, null).orElseThrow().describe());
        good(BRIDGE, 30);
        assertEquals(40, now(BRIDGE));
        for (int i = 0; i < 9; i++) {
            good(BRIDGE, now(BRIDGE));
        }
        assertEquals(60, now(BRIDGE), "30 → 40 → 50 → 60");
        for (int i = 0; i < 6; i++) {
            good(BRIDGE, 60);
        }
        assertEquals(60, now(BRIDGE), "never above the top");
        assertEquals("60 s holds, the top of its range", holds().hold(BRIDGE, null).orElseThrow().describe());
    }

    @Test
    void hardOrAFlareStartsTheCountAgainAndSessionsThatDoNotCountAreNotCounted() {
        good(BRIDGE, 30);
        good(BRIDGE, 30);
        session(BRIDGE, 30, Rating.HARD, 2, 2, Verdict.counted());
        good(BRIDGE, 30);
        good(BRIDGE, 30);
        assertEquals(30, now(BRIDGE), "a 'hard' starts the count again");
        session(BRIDGE, 30, Rating.EASY, 0, 7, Verdict.counted());
        good(BRIDGE, 30);
        good(BRIDGE, 30);
        assertEquals(30, now(BRIDGE), "pain 0 → 7 is no session to build on");
        session(BRIDGE, 30, Rating.EASY, 2, 2, Verdict.sameDay());
        session(BRIDGE, 30, Rating.EASY, 2, 2, Verdict.sameDay());
        assertEquals(30, now(BRIDGE), "a second session that day does not count toward the hold");
        session(BRIDGE, 30, null, 2, 2, Verdict.counted());
        assertEquals(40, now(BRIDGE), "not rated is neither hard nor hurt");
    }

    @Test
    void aSessionHeldShorterThanTheLengthDoesNotEarnIt() {
        for (int i = 0; i < 3; i++) {
            good(BRIDGE, 30);
        }
        assertEquals(40, now(BRIDGE));
        for (int i = 0; i < 3; i++) {
            good(BRIDGE, 30); // --work 30: held less than the 40 s earned
        }
        assertEquals(40, now(BRIDGE));
    }

    @Test
    void aHurtStepsBackOneLengthEvenBelowTheLowEnd() {
        for (int i = 0; i < 3; i++) {
            good(BRIDGE, 30);
        }
        session(BRIDGE, 40, Rating.HURT, 2, 4, Verdict.counted());
        assertEquals(30, now(BRIDGE));
        session(DOG, 30, Rating.HURT, 2, 3, Verdict.counted());
        HoldLengths holds = holds();
        assertEquals(20, holds.secondsFor(DOG, null, SecondsRange.of(30)), "a fixed 30 s steps back to 20 s");
        assertTrue(holds.hurtLastTime("dog"));
        assertTrue(holds.hurtLastTime("bridge"));
        good(BRIDGE, 30);
        assertFalse(holds().hurtLastTime("bridge"), "a session since that did not hurt");
    }

    @Test
    void shortHoldsStepByFiveSecondsAndPerSideWorkIsReadPerSide() {
        for (int i = 0; i < 3; i++) {
            good(PLANK, 10);
        }
        assertEquals(15, now(PLANK), "10 → 15 → 20 for a side plank");
        session(PLANK, 15, Rating.HURT, 2, 2, Verdict.counted());
        session(PLANK, 10, Rating.HURT, 2, 2, Verdict.counted());
        assertEquals(5, now(PLANK), "two hurts: two steps back, never below one step");
    }

    @Test
    void missedWeeksNeverJumpAhead() {
        good(BRIDGE, 30);
        day += 21; // three weeks without a session
        good(BRIDGE, 30);
        assertEquals(30, now(BRIDGE), "the calendar earns nothing");
    }
}
