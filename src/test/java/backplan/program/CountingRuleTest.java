package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.history.Verdict;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule for a session that counts toward the plan, at its edges. */
class CountingRuleTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 0, 0, 0, ZoneId.of("Europe/Paris"));
    private static final List<String> CATEGORIES = List.of("mobility", "abs", "back", "obliques", "glutes", "stretch");

    /** One exercise per category, 2 sets of 50 s planned (100 s of work each, 600 s in all). */
    private static List<ExerciseResult> planned() {
        List<ExerciseResult> out = new ArrayList<>();
        for (String c : CATEGORIES) {
            out.add(new ExerciseResult(c + "-x", c, c, 2, 2, 100, 0, 100, null));
        }
        return out;
    }

    private static SessionResult session(List<ExerciseResult> exercises) {
        int active = exercises.stream().mapToInt(ExerciseResult::workSeconds).sum();
        return new SessionResult(T, T.plusMinutes(20), Ending.COMPLETED, exercises, 1200, active, 0);
    }

    private static ExerciseResult with(ExerciseResult e, int setsDone, int work) {
        return new ExerciseResult(e.id(), e.name(), e.category(), e.setsPlanned(), setsDone, work, 0,
                e.plannedWorkSeconds(), e.level());
    }

    @Test
    void aWholeSessionCounts() {
        Verdict v = judge(session(planned()));
        assertTrue(v.counts());
        assertEquals("yes", v.brief());
    }

    @Test
    void exactlyHalfThePlannedWorkCountsAndOneSecondLessDoesNot() {
        List<ExerciseResult> half = new ArrayList<>();
        for (ExerciseResult e : planned()) {
            half.add(with(e, 1, 50)); // one set of two each: 300 s of 600
        }
        assertTrue(judge(session(half)).counts(), "half is enough");
        half.set(0, with(half.get(0), 1, 49));
        Verdict v = judge(session(half));
        assertFalse(v.counts());
        assertEquals(Verdict.Reason.WORK, v.why());
        assertEquals("only 4 min 59 s of the 10 min of work the plan prescribes was done; at least half is needed", v.text());
        assertEquals("short", v.brief());
    }

    @Test
    void aCategoryWithoutASetDoesNotCountWhateverTheTime() {
        List<ExerciseResult> e = planned();
        e.set(2, with(e.get(2), 0, 99)); // back: 99 s of work, but no set finished
        Verdict v = judge(session(e));
        assertEquals(Verdict.Reason.CATEGORIES, v.why());
        assertEquals("only 5 of 6 categories had a set done (none in back)", v.text());
        e.set(5, with(e.get(5), 0, 0));
        assertEquals("only 4 of 6 categories had a set done (none in back, stretch)", judge(session(e)).text());
    }

    @Test
    void oneSetOfAnyOfACategorysExercisesCoversIt() {
        List<ExerciseResult> e = planned();
        e.add(3, new ExerciseResult("back-y", "Back Y", "back", 2, 0, 0, 2, 100, null)); // skipped
        e.set(2, with(e.get(2), 1, 50));
        assertTrue(judge(session(e)).counts(), "one of the two back exercises had a set; work is 550 of 700");
    }

    @Test
    void aSessionSkippedThroughHasNoSet() {
        List<ExerciseResult> e = new ArrayList<>();
        for (ExerciseResult x : planned()) {
            e.add(new ExerciseResult(x.id(), x.name(), x.category(), 2, 0, 0, 4, 100, null));
        }
        Verdict v = judge(session(e));
        assertEquals(Verdict.Reason.NO_SET, v.why());
        assertEquals("no set was done", v.text());
    }

    @Test
    void aFewNamedExercisesAreHistoryNotAPlanSession() {
        List<ExerciseResult> one = List.of(planned().get(1));
        Verdict v = judge(session(one));
        assertEquals("only 1 of 6 categories had a set done (none in mobility, back, obliques, glutes, stretch)",
                v.text());
    }

    @Test
    void repsTimedByThePersonPlanNoSecondsSoAnyTimeIsEnough() {
        List<ExerciseResult> e = new ArrayList<>();
        for (ExerciseResult x : planned()) {
            e.add(new ExerciseResult(x.id(), x.name(), x.category(), 2, 2, 3, 0, 0, null));
        }
        assertTrue(judge(session(e)).counts());
    }

    @Test
    void olderLinesHaveTheirPlannedWorkEstimatedFromTheirSets() {
        List<ExerciseResult> e = new ArrayList<>();
        for (String c : CATEGORIES) {
            // 1 of 3 sets done, 40 s: about 120 s planned
            e.add(new ExerciseResult(c + "-x", c, c, 3, 1, 40, 0));
        }
        SessionResult r = session(e);
        assertEquals(720, Verdict.plannedWork(r));
        assertEquals(Verdict.Reason.WORK, judge(r).why(), "a third of the work");
        List<ExerciseResult> two = new ArrayList<>();
        for (String c : CATEGORIES) {
            two.add(new ExerciseResult(c + "-x", c, c, 3, 2, 80, 0));
        }
        assertTrue(judge(session(two)).counts(), "two thirds");
        SessionResult capped = new SessionResult(T, T.plusMinutes(5), Ending.COMPLETED, e, 300, 240, 0);
        assertEquals(300, Verdict.plannedWork(capped), "never more than the session's planned length");
    }

    @Test
    void theRuleIsWordedOnceAndSaysWhatCounts() {
        assertTrue(CountingRule.RULE.contains("every category") && CountingRule.RULE.contains("at least one set")
                && CountingRule.RULE.contains("at least half of the work the plan prescribes")
                && CountingRule.RULE.contains("at most one a day"), CountingRule.RULE);
    }

    /** Judged as a session without overrides: the plan prescribes what the session planned. */
    private static Verdict judge(SessionResult r) {
        return CountingRule.judge(r, Verdict.plannedWork(r), false);
    }

    @Test
    void halfIsHalfOfWhatThePlanPrescribesNotOfWhatTheCommandLineAskedFor() {
        // --work 1 --sets 1: every category done, 9 s of work, all that was asked; the plan asks 800 s
        List<ExerciseResult> e = new ArrayList<>();
        for (String c : CATEGORIES) {
            e.add(new ExerciseResult(c + "-x", c, c, 1, 1, 1, 0, 1, null));
        }
        SessionResult shortened = session(e);
        Verdict v = CountingRule.judge(shortened, 800, false);
        assertEquals(Verdict.Reason.WORK, v.why());
        assertEquals("only 6 s of the 13 min 20 s of work the plan prescribes was done; at least half is needed",
                v.text());
        assertEquals(800L, v.prescribedWork(), "kept, so the history can say it again");
        assertTrue(CountingRule.judge(shortened, 12, false).counts(), "half of 12 s");
    }

    @Test
    void aSecondSessionTheSameDayIsRecordedButDoesNotCount() {
        SessionResult full = session(planned());
        Verdict v = CountingRule.judge(full, Verdict.plannedWork(full), true);
        assertEquals(Verdict.Reason.SAME_DAY, v.why());
        assertTrue(v.text().contains("rest days help, so the next one counts tomorrow"), v.text());
        assertEquals(Verdict.Reason.NO_SET, CountingRule.judge(session(List.of()), 0, true).why(),
                "nothing done says so first");
    }
}
