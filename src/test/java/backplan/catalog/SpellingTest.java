package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edit distance behind "did you mean", and how the hint reads. */
class SpellingTest {

    private static final List<String> EXERCISE_KEYS = List.of(
            "id", "name", "category", "source", "prescription", "breathing", "cues", "caution", "levels");

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource({
        "prescriptoin, prescription, 1",  // neighbours swapped: one edit, not two
        "breathng, breathing, 1",
        "glute, glutes, 1",
        "kitten, sitting, 3",
        "'', abc, 3",
        "abc, '', 3",
        "same, same, 0",
        "ca, abc, 3",  // optimal string alignment: no edits of a swapped pair
    })
    void distance(String a, String b, int expected) {
        assertEquals(expected, Spelling.distance(a, b));
        assertEquals(expected, Spelling.distance(b, a));
    }

    @Test
    void hintForOneCloseName() {
        assertEquals(" (did you mean 'prescription'?)", Spelling.hint("prescriptoin", EXERCISE_KEYS));
        assertEquals(" (did you mean 'breathing'?)", Spelling.hint("breathng", EXERCISE_KEYS));
    }

    @Test
    void hintForTwoOrThreeNamesBestFirst() {
        assertEquals(" (did you mean 'cat-cow' or 'bat-cow'?)",
                Spelling.hint("cat-cov", List.of("bat-cow", "cat-cow", "dead-bug")));
        assertEquals(" (did you mean 'abc', 'abd' or 'abe'?)",
                Spelling.hint("abx", List.of("abe", "abd", "abc", "abf", "zzz")));
    }

    @Test
    void aPartOfALongerNameIsEnough() {
        assertEquals(" (did you mean 'dead-bug'?)", Spelling.hint("bug", List.of("dead-bug", "bird-dog")));
    }

    @Test
    void noHintWhenNothingIsClose() {
        assertEquals("", Spelling.hint("abdominals", List.of("mobility", "abs", "back")));
        assertEquals("", Spelling.hint("x".repeat(10_000), EXERCISE_KEYS));
    }

    @Test
    void closestIsSortedByDistanceThenByName() {
        assertEquals(List.of("bard", "birds", "a-bird"), Spelling.closest("bird", List.of("a-bird", "birds", "bard")));
    }
}
