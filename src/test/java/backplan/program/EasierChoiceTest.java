package backplan.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import backplan.history.HistoryEntry;
import backplan.history.Verdict;
import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.Rating;
import backplan.session.SessionResult;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EasierChoiceTest {

    private static final Catalog CATALOG = load();

    private static Catalog load() {
        try {
            return CatalogLoader.load(Path.of("src/test/resources/catalogs/fixtures/picks.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The holds after one session that rated each exercise as given ({@code id}, rating, level). */
    private static HoldLengths after(Object... idRatingLevel) {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneId.of("UTC"));
        List<ExerciseResult> done = new java.util.ArrayList<>();
        for (int i = 0; i < idRatingLevel.length; i += 3) {
            Exercise e = CATALOG.find((String) idRatingLevel[i]).orElseThrow();
            done.add(new ExerciseResult(e.id(), e.name(), e.category().key(), 2, 2, 40, 0, 40,
                    (Integer) idRatingLevel[i + 2], 0, (Rating) idRatingLevel[i + 1]));
        }
        Progress.Tally tally = new Progress.Tally();
        tally.accept(new HistoryEntry(new SessionResult(start, start.plusMinutes(5), Ending.COMPLETED, done, 300, 80,
                0), 2, 2, 1, null, Verdict.counted()));
        return tally.holds();
    }

    private static Exercise exercise(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    @Test
    void anotherExerciseOfTheCategoryNotPickedAndNotHurtToo() {
        HoldLengths holds = after("bird-dog", Rating.HURT, null, "prone-y-t-raise", Rating.HURT, null);
        EasierChoice offer = EasierChoice.of(CATALOG, exercise("bird-dog"), 1, Profile.NONE, List.of(), holds)
                .orElseThrow();
        assertEquals("wall-angel", offer.instead().id(), "the Y-T raise hurt too");
        assertEquals(Optional.empty(), EasierChoice.of(CATALOG, exercise("bird-dog"), 1, Profile.NONE,
                List.of(exercise("wall-angel")), holds), "nothing else left to offer");
        assertEquals(Optional.empty(), EasierChoice.of(CATALOG, exercise("cat-cow"), 1, Profile.NONE, List.of(),
                holds), "no hurt, no offer");
        assertTrue(offer.advice("10 s").startsWith("Bird Dog hurt last time, so its holds step back to 10 s; Wall"
                + " Angel is another back exercise to try instead: 'backplan start --pick back=wall-angel'"),
                offer.advice("10 s"));
        assertEquals(Category.BACK, EasierChoice.offers(CATALOG, Profile.NONE, id -> 1, holds).keySet().iterator()
                .next());
    }

    @Test
    void aLevelAboveTheFirstStepsDownALevel() {
        HoldLengths holds = after("oblique-knee-drop", Rating.HURT, 2);
        EasierChoice offer = EasierChoice.of(CATALOG, exercise("oblique-knee-drop"), 2, Profile.NONE, List.of(),
                holds).orElseThrow();
        assertEquals("oblique-knee-drop", offer.instead().id());
        assertEquals(1, offer.level().number());
        assertEquals("Oblique Knee Drop hurt last time: its Level I is easier ('--level oblique-knee-drop=1').",
                offer.reason());
        assertTrue(offer.advice(null).contains("'backplan start --level oblique-knee-drop=1'"), offer.advice(null));
    }
}
