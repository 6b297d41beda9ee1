package backplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Display width, wrapping, shortening and tables, at their edges. */
class TextLayoutTest {

    @Test
    void widthCountsWideCharactersTwiceAndCombiningMarksNotAtAll() {
        assertEquals(8, TextLayout.width("Dead Bug"));
        assertEquals(8, TextLayout.width("3 × 45 s"));
        assertEquals(6, TextLayout.width("肩回し"));
        assertEquals(2, TextLayout.width("🙂"));
        assertEquals(4, TextLayout.width("cafe\u0301"), "e + combining acute is one column");
        assertEquals(1, TextLayout.width("…"));
    }

    @Test
    void padAndShortenCountColumnsNotCharacters() {
        assertEquals("肩回し    ", TextLayout.pad("肩回し", 10));
        assertEquals("Seated Lean-Back…", TextLayout.shorten("Seated Lean-Back with Arm Open/Close", 17));
        assertEquals("Seated Lean-Back…", TextLayout.shorten("Seated Lean-Back with Arm Open/Close", 18),
                "no space before the ellipsis");
        assertEquals("肩回…", TextLayout.shorten("肩回し Roll", 6), "a wide character is never split in half");
        assertEquals("肩…", TextLayout.shorten("肩回し Roll", 4));
        assertEquals("cafe\u0301…", TextLayout.shorten("cafe\u0301 kick", 5), "the accent stays with its letter");
        assertEquals("Dead Bug", TextLayout.shorten("Dead Bug", 8));
        assertEquals("Dead Bug", TextLayout.shorten("Dead Bug", TextLayout.UNLIMITED));
    }

    @Test
    void wrapBreaksBetweenWordsWithAHangingIndent() {
        List<String> lines = TextLayout.wrap("  form: ", "        ",
                "Lower both knees to one side, only partway, then back to centre.", 30);
        assertEquals(List.of(
                "  form: Lower both knees to",
                "        one side, only",
                "        partway, then back to",
                "        centre."), lines);
        lines.forEach(l -> assertTrue(TextLayout.width(l) <= 30, l));
    }

    @Test
    void wideCharactersWrapByTheirWidth() {
        List<String> lines = TextLayout.wrap("肩回し 肩回し 肩回し", 13);
        assertEquals(List.of("肩回し 肩回し", "肩回し"), lines);
    }

    @Test
    void onlyAWordWiderThanTheLineIsCut() {
        assertEquals(List.of("a", "hamstring-", "strap-stre", "tch b"),
                TextLayout.wrap("a hamstring-strap-stretch b", 10));
        assertEquals(List.of("  x", "  肩回", "  し"), TextLayout.wrap("  ", "  ", "x 肩回し", 6),
                "a wide character moves whole to the next line");
    }

    @Test
    void aFirstWordThatFitsOnlyTheNextLineStartsThere() {
        assertEquals(List.of("  hamstring-strap-stretch", "    Lying Hamstring"),
                TextLayout.wrap("  hamstring-strap-stretch  ", "    ", "Lying Hamstring", 20));
    }

    @Test
    void numbersKeepTheirTimesAndUnits() {
        assertEquals(List.of("3 × 30 s /", "side or", "3 × 10", "reps / side"),
                TextLayout.wrap("3 × 30 s / side or 3 × 10 reps / side", 11));
        assertEquals(List.of("1 min 30 s", "rest"), TextLayout.wrap("1 min 30 s rest", 10));
    }

    @Test
    void spacesInsideALineAreKept() {
        assertEquals(List.of("--level 1  Level I: Feet", "down"), TextLayout.wrap("--level 1  Level I: Feet down", 24));
    }

    @Test
    void anUnlimitedWidthNeverWraps() {
        String cue = "Keep breathing the whole time; don't hold your breath, even on the hardest part of the set.";
        assertEquals(List.of("  - " + cue), TextLayout.wrap("  - ", "    ", cue, TextLayout.UNLIMITED));
        assertEquals(List.of("a · b · c"), TextLayout.flow("", "", List.of("a", "b", "c"), " · ",
                TextLayout.UNLIMITED));
    }

    @Test
    void flowBreaksOnlyBetweenItems() {
        assertEquals(List.of("  15:00 · 6/6 exercises", "  18/18 sets · pain 5→3"), TextLayout.flow("  ", "  ",
                List.of("15:00", "6/6 exercises", "18/18 sets", "pain 5→3"), " · ", 24));
    }

    @Test
    void theWidestColumnGivesWayFirst() {
        TextLayout.Table table = new TextLayout.Table("", " ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap(), TextLayout.Column.wrap()));
        table.row("id", "one two three four", "five six");
        // natural: 2 + 1 + 18 + 1 + 8 = 30; at 24 the middle column loses 6 and stays wider than the last
        assertEquals(Optional.of(List.of("id one two three five six", "   four")), table.lines(25));
        assertEquals(Optional.of(List.of("id one two    five six", "   three four")), table.lines(22));
        // both down to 9: neither is wider
        assertEquals(Optional.of(List.of("id one two five six", "   three", "   four")), table.lines(19));
    }

    @Test
    void aTableThatCannotFitWithoutCuttingAWordSaysSo() {
        TextLayout.Table table = new TextLayout.Table("  ", "  ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap()));
        table.row("crossed-ankle-curl-up", "Crossed-Ankle Curl-Up");
        assertEquals(Optional.empty(), table.lines(30));
        assertTrue(table.lines(38).isPresent());
    }

    @Test
    void shortenedColumnsStayOneLineAndWideCellsLineUp() {
        TextLayout.Table table = new TextLayout.Table(" ", "  ", List.of(TextLayout.Column.shorten(6),
                TextLayout.Column.keep()));
        table.row("Seated Lean-Back with Arm Open/Close", "3 × 30 s");
        table.row("肩回し Roll", "2 × 20 s");
        assertEquals(Optional.of(List.of(" Seated Lean…  3 × 30 s", " 肩回し Roll   2 × 20 s")), table.lines(23));
    }

    @Test
    void colorIsAddedAfterLayoutAndNeverToThePadding() {
        TextLayout.Table table = new TextLayout.Table("", " ", List.of(TextLayout.Column.keep().paint(s -> "<" + s
                + ">"), TextLayout.Column.keep()));
        table.row("a", "x");
        table.row("bbb", "y");
        assertEquals(Optional.of(List.of("<a>   x", "<bbb> y")), table.lines(TextLayout.UNLIMITED));
    }
}
