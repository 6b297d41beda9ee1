package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When rising pain ratings call for a pause, at the rule's edges. */
class PainTrendTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 24);
    private static final Plan PLAN = new Plan(START, 3, 4, Map.of());

    /** Ratings before and after, one session a day from the plan's start. */
    private static PainTrend sessions(int[][] ratings) {
        PainTrend t = new PainTrend();
        for (int i = 0; i < ratings.length; i++) {
            t.add(START.plusDays(i), ratings[i][0] < 0 ? null : ratings[i][0], ratings[i][1] < 0 ? null
                    : ratings[i][1]);
        }
        return t;
    }

    @Test
    void twoRisesInTheLastThreeCallForAPause() {
        Optional<String> why = sessions(new int[][] {{3, 4}, {3, 3}, {3, 4}}).alert(PLAN, START.plusDays(2));
        assertEquals(Optional.of("your back hurt more after the session than before it in 2 of your last 3 rated"
                + " sessions"), why);
        assertTrue(PainTrend.message(why.get()).endsWith(Standing.ADVICE));
    }

    @Test
    void oneRiseInThreeDoesNot() {
        assertEquals(Optional.empty(), sessions(new int[][] {{3, 4}, {3, 3}, {3, 2}}).alert(PLAN, START.plusDays(2)));
    }

    @Test
    void onlyTheLastThreeRatedSessionsCount() {
        // two early rises, then three sessions with at most one
        PainTrend t = sessions(new int[][] {{3, 5}, {3, 5}, {4, 4}, {4, 3}, {4, 5}});
        assertEquals(Optional.empty(), t.alert(PLAN, START.plusDays(4)));
        // a session without a rating after says nothing and keeps the window
        t.add(START.plusDays(5), 4, null);
        t.add(START.plusDays(6), 3, 4);
        assertTrue(t.alert(PLAN, START.plusDays(6)).isPresent(), "4>3 and 5>4 in the last three rated");
    }

    @Test
    void twoRisesOfTwoRatedSessionsAreAlreadyTwo() {
        assertTrue(sessions(new int[][] {{2, 3}, {2, 3}}).alert(PLAN, START.plusDays(1)).isPresent());
    }

    @Test
    void withoutARatingBeforeNothingRisesWithinASession() {
        assertEquals(Optional.empty(), sessions(new int[][] {{-1, 4}, {-1, 6}, {-1, 8}}).alert(PLAN,
                START.plusDays(2)).filter(w -> w.contains("in 2 of")));
    }

    @Test
    void theWeeksAverageTwoPointsAboveTheFirstWeeksCallsForAPause() {
        PainTrend t = new PainTrend();
        t.add(START, null, 2);
        t.add(START.plusDays(2), null, 4); // first week: 3.0
        t.add(START.plusDays(20), null, 5);
        t.add(START.plusDays(22), null, 5); // last 7 days: 5.0, exactly 2 above
        assertEquals(Optional.of("your ratings of the last 7 days average 5.0 out of 10, 2 or more above the 3.0 of"
                + " your plan's first week"), t.alert(PLAN, START.plusDays(22)));
    }

    @Test
    void lessThanTwoPointsAboveDoesNot() {
        PainTrend t = new PainTrend();
        t.add(START, null, 2);
        t.add(START.plusDays(2), null, 4); // 3.0
        t.add(START.plusDays(20), null, 5);
        t.add(START.plusDays(21), null, 5);
        t.add(START.plusDays(22), null, 4); // 4.67: 1.67 above
        assertEquals(Optional.empty(), t.alert(PLAN, START.plusDays(22)));
        assertTrue(t.alert(PLAN, START.plusDays(29)).isEmpty(), "nothing rated in the last 7 days");
    }

    @Test
    void theWindowIsTodayAndTheSixDaysBefore() {
        PainTrend t = new PainTrend();
        t.add(START, null, 1); // first week: 1.0
        t.add(START.plusDays(14), null, 6);
        t.add(START.plusDays(21), null, 2); // today: 2.0, and day 14 is 7 days back: out
        assertEquals(Optional.empty(), t.alert(PLAN, START.plusDays(21)));
        assertTrue(t.alert(PLAN, START.plusDays(20)).isPresent(), "on day 20 day 14 is inside: 6.0");
    }

    @Test
    void withoutAPlanTheFirstWeekIsTheFirstSessionsWeek() {
        PainTrend t = new PainTrend();
        t.add(START.plusDays(3), null, null); // the first session, unrated, starts the first week
        t.add(START.plusDays(4), null, 1);
        t.add(START.plusDays(30), null, 3);
        assertTrue(t.alert(null, START.plusDays(30)).orElseThrow().endsWith("the 1.0 of your first week"));
    }

    @Test
    void theMessageNeverDiagnosesOrPromises() {
        String m = PainTrend.message("x");
        for (String word : List.of("cause", "because", "will", "cure", "injur", "damage")) {
            assertTrue(!m.toLowerCase(Locale.ROOT).contains(word), word + " in: " + m);
        }
    }
}
