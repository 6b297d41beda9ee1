package backplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The amendment merge on its own: ratings into their sessions, the file's order kept, nothing held for ever. */
class AmendmentMergeTest {

    private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, ZoneId.of("Europe/Paris"));

    private final List<HistoryEntry> out = new ArrayList<>();
    private final AmendmentMerge merge = new AmendmentMerge(out::add);

    private static HistoryJson.Session waiting(String id, int hour) {
        return new HistoryJson.Session(Sessions.at(T.plusHours(hour), true, null).withId(id), true);
    }

    private static HistoryJson.Session whole(String id, int hour, Integer pain) {
        return new HistoryJson.Session(Sessions.at(T.plusHours(hour), true, pain).withId(id), false);
    }

    private List<Integer> hours() {
        return out.stream().map(e -> e.result().start().getHour() - T.getHour()).toList();
    }

    @Test
    void aSessionWithNothingAwaitedPassesStraightThrough() {
        merge.session(whole("a", 0, 2));

        assertEquals(1, out.size(), "nothing is held back");
        assertEquals(2, out.get(0).painAfter());
    }

    @Test
    void aWaitingSessionHoldsBackTheOnesAfterItUntilItsAnswerComes() {
        merge.session(waiting("a", 0));
        merge.session(whole("b", 1, 7)); // another terminal finished meanwhile
        merge.session(waiting("c", 2));
        assertTrue(merge.amend(new HistoryJson.Amendment("c", 5)));
        assertEquals(List.of(), out, "c is answered, but a still waits before it");
        merge.session(whole("d", 3, 1));
        assertTrue(merge.amend(new HistoryJson.Amendment("a", 4)));
        assertEquals(List.of(0, 1, 2, 3), hours());
        merge.session(waiting("e", 4)); // never answered
        assertEquals(4, out.size());

        merge.finish();

        assertEquals(List.of(0, 1, 2, 3, 4), hours());
        assertEquals(Arrays.asList(4, 7, 5, 1, null), out.stream().map(HistoryEntry::painAfter).toList());
        assertEquals("e", out.get(4).id());
    }

    @Test
    void anAnswerWithoutARatingClosesTheSession() {
        merge.session(waiting("a", 0));
        assertTrue(merge.amend(new HistoryJson.Amendment("a", null)));

        assertEquals(1, out.size());
        assertEquals(null, out.get(0).painAfter());
    }

    @Test
    void anAmendmentWithNothingWaitingIsRefused() {
        merge.session(waiting("a", 0));
        merge.session(whole("b", 1, null));

        assertFalse(merge.amend(new HistoryJson.Amendment("zzz", 2)), "no such session");
        assertFalse(merge.amend(new HistoryJson.Amendment("b", 5)), "recorded whole: nothing awaits");
        assertTrue(merge.amend(new HistoryJson.Amendment("a", 3)));
        assertFalse(merge.amend(new HistoryJson.Amendment("a", 4)), "answered already");
        merge.finish();
        assertEquals(Arrays.asList(3, null), out.stream().map(HistoryEntry::painAfter).toList());
    }

    @Test
    void aRepeatedIdAnswersTheEarliestSessionWaitingUnderIt() {
        merge.session(waiting("a", 0));
        merge.session(waiting("a", 1));
        merge.amend(new HistoryJson.Amendment("a", 6));
        merge.amend(new HistoryJson.Amendment("a", 8));
        merge.finish();

        assertEquals(List.of(6, 8), out.stream().map(HistoryEntry::painAfter).toList());
    }

    @Test
    void aWaitingLineWithoutAnIdCannotBeAnsweredSoWaitsForNothing() {
        merge.session(new HistoryJson.Session(Sessions.at(T, true, null), true));
        merge.session(whole("b", 1, 2));

        assertEquals(2, out.size(), "held back by nothing");
    }
}
