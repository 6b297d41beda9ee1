package backplan.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.session.Fixtures;
import backplan.session.Routine;
import backplan.session.SessionSettings;
import backplan.session.SessionState.Countdown;
import backplan.session.SessionState.RepPace;
import backplan.session.SessionState.Status;
import backplan.session.SessionState.Totals;
import backplan.session.SessionState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The live screen as pure text at several sizes, pinned by golden files (rerun with -Dgolden.update=true). */
class CountdownScreenTest {

    private static Routine routine;

    @BeforeAll
    static void setUp() throws Exception {
        routine = Fixtures.routine(SessionSettings.DEFAULTS.withSets(2).withReps(true), "dead-bug", "oblique-knee-drop");
    }

    /** A state {@code elapsed} seconds in, with as many planned seconds done. */
    private static SessionState state(int step, int left, int length, int elapsed, Status status, RepPace pace) {
        return new SessionState(routine, step, new Countdown(left, length), elapsed,
                new Totals(elapsed, routine.totalSeconds() - elapsed), status, pace);
    }

    /** Dead Bug, set 1 of 2, 12 s of 45 left. */
    private static SessionState working() {
        return state(1, 12, 45, 38, Status.RUNNING, RepPace.NONE);
    }

    private static String text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).map(String::stripTrailing)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest
    @CsvSource({"160, 50", "100, 30", "60, 20", "40, 10", "30, 12", "30, 3", "20, 5"})
    void matchesTheGoldenScreen(int width, int height) throws IOException {
        golden(working(), "screen-" + width + "x" + height, width, height);
    }

    /** The sizes people use, for the three screens a session is mostly made of: work, rest and get-ready. */
    @ParameterizedTest
    @CsvSource({"work, 40, 12", "work, 80, 24", "work, 100, 30", "work, 160, 50",
        "rest, 40, 12", "rest, 80, 24", "rest, 100, 30", "rest, 160, 50",
        "get-ready, 40, 12", "get-ready, 80, 24", "get-ready, 100, 30", "get-ready, 160, 50"})
    void matchesTheGoldenScreenAtCommonSizes(String kind, int width, int height) throws IOException {
        SessionState state = switch (kind) {
            case "work" -> working();
            case "rest" -> at(restStep(), 12);
            default -> at(0, 8);
        };
        golden(state, "common/" + kind + "-" + width + "x" + height, width, height);
    }

    private static int restStep() {
        return routine.steps().indexOf(routine.steps().stream()
                .filter(s -> s.kind() == backplan.session.StepKind.REST).findFirst().orElseThrow());
    }

    private static void golden(SessionState state, String name, int width, int height) throws IOException {
        List<AttributedString> lines = new CountdownScreen(true).render(state, width, height);

        assertTrue(lines.size() <= height, "more lines than rows");
        lines.forEach(l -> assertTrue(l.columnLength() < width, "line wider than the terminal: " + l));
        Path golden = Path.of("src/test/resources/golden/" + name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text(lines), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text(lines));
    }

    @Test
    void theDigitsTakeEveryFreeRow() {
        for (SessionState s : List.of(working(), at(restStep(), 12), at(0, 8))) {
            String screen = text(new CountdownScreen(false).render(s, 80, 24));
            assertTrue(blockRows(new CountdownScreen(false).render(s, 80, 24)) >= 9,
                    "at least 9 rows of digits at 80×24\n" + screen);
            assertEquals(java.util.OptionalInt.of(s.secondsLeft()), new backplan.e2e.Screen(screen).countdown(),
                    screen);
        }
        // 40×12, where five rows of digits fit beside the words that matter: no plain "12" on a line
        String small = text(new CountdownScreen(false).render(working(), 40, 12));
        assertEquals(5, blockRows(new CountdownScreen(false).render(working(), 40, 12)), small);
        assertEquals(java.util.OptionalInt.of(12), new backplan.e2e.Screen(small).countdown(), small);
        // 40×10: the three-row font
        String smaller = text(new CountdownScreen(false).render(at(restStep(), 3), 40, 10));
        assertTrue(smaller.contains("▀") || smaller.contains("▄"), smaller);
        assertEquals(java.util.OptionalInt.of(3), new backplan.e2e.Screen(smaller).countdown(), smaller);
    }

    @Test
    void theRestSaysWhichSetComesAfter() {
        String rest = text(new CountdownScreen(false).render(at(restStep(), 12), 80, 24));
        assertTrue(rest.contains("REST   after: set 2 of 2"), rest);
        assertFalse(rest.contains("REST   set 2/2"), rest);
        Routine curl = Fixtures.routine(SessionSettings.DEFAULTS.withSets(2), "crossed-ankle-curl-up");
        int r = curl.steps().indexOf(curl.steps().stream().filter(s -> s.kind() == backplan.session.StepKind.REST)
                .findFirst().orElseThrow());
        String sided = text(new CountdownScreen(false).render(new SessionState(curl, r, new Countdown(9, 15), 80,
                new Totals(80, 50), Status.RUNNING, RepPace.NONE), 80, 24));
        assertTrue(sided.contains("next: set 2 of 2 · left ankle crossed on top"), sided);
    }

    @Test
    void aGetReadyThatWaitsSaysSoInsteadOfCountingUp() {
        Routine waiting = Fixtures.routine(SessionSettings.DEFAULTS.withWaitToStart(true), "dead-bug");
        for (int[] size : new int[][] {{80, 24}, {40, 12}, {40, 10}, {30, 3}}) {
            String screen = text(new CountdownScreen(false).render(new SessionState(waiting, 0, new Countdown(7, 0),
                    7, new Totals(0, 100), Status.RUNNING, RepPace.NONE), size[0], size[1]));
            assertTrue(screen.toLowerCase(java.util.Locale.ROOT).contains("ready? press space")
                    || screen.contains("ready? space"), size[0] + "×" + size[1] + "\n" + screen);
            assertTrue(screen.contains("Dead Bug"), screen);
            assertEquals(java.util.OptionalInt.empty(), new backplan.e2e.Screen(screen).countdown(),
                    "no digits counting up\n" + screen);
        }
    }

    /** Under a locale with its own digits (Persian, Arabic) every number on screen is still ASCII, and readable. */
    @Test
    void aLocaleWithItsOwnDigitsStillGetsAsciiDigits() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            for (java.util.Locale l : List.of(new java.util.Locale("fa", "IR"), new java.util.Locale("ar", "EG"))) {
                java.util.Locale.setDefault(l);
                SessionState minute = state(1, 65, 90, 38, Status.RUNNING, RepPace.NONE);
                for (int[] size : new int[][] {{80, 24}, {40, 12}, {30, 3}}) {
                    String screen = text(new CountdownScreen(true).render(minute, size[0], size[1]));
                    assertEquals(java.util.OptionalInt.of(65), new backplan.e2e.Screen(screen).countdown(),
                            l + " " + size[0] + "×" + size[1] + "\n" + screen);
                    assertTrue(screen.codePoints().noneMatch(c -> Character.isDigit(c) && c > 127),
                            "ASCII digits only under " + l + "\n" + screen);
                }
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theBlockFontDrawsOnlyAsciiDigits() {
        assertEquals(BlockFont.inRows("  ", 1, 5), BlockFont.inRows("۱۲", 1, 5), "a locale's digit is a blank");
        assertEquals(3, BlockFont.inRows("12:30", 1, 3).size());
        assertEquals(3, BlockFont.inRows("12:30", 1, 4).size(), "four rows draw the three-row font");
        for (int rows = 5; rows <= 41; rows++) {
            assertEquals(rows, BlockFont.inRows("8", 2, rows).size());
        }
    }

    @Test
    void aFlashInvertsEveryCell() {
        List<AttributedString> lines = new CountdownScreen(true).render(working(), 80, 24);
        List<AttributedString> flashed = CountdownScreen.inverted(lines, 80, 24);
        assertEquals(24, flashed.size());
        java.util.regex.Pattern inverse = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?7(;[0-9;]*)?m");
        for (AttributedString l : flashed) {
            assertEquals(79, l.columnLength(), "the whole row, blank cells too");
            assertTrue(inverse.matcher(l.toAnsi()).find() || l.toString().isBlank(), l.toAnsi());
        }
    }

    @Test
    void showsNameSetCountdownAndBreathingCue() {
        String screen = text(new CountdownScreen(false).render(working(), 100, 30));
        assertTrue(screen.contains("Dead Bug"));
        assertTrue(screen.contains("set 1/2"));
        assertTrue(screen.contains("WORK"));
        assertTrue(screen.contains(routine.exercises().get(0).exercise().breathing()));
        assertTrue(screen.contains("██"), "block digits on a big terminal");
    }

    @Test
    void aTinyTerminalGetsOneLine() {
        List<AttributedString> lines = new CountdownScreen(false).render(working(), 30, 3);
        assertEquals(1, lines.size());
        assertEquals("12 Dead Bug 1/2", lines.get(0).toString());
        assertEquals(List.of(), new CountdownScreen(false).render(working(), 0, 0));
    }

    @Test
    void noColorMeansNoColorButKeepsEmphasis() {
        List<AttributedString> plain = new CountdownScreen(false).render(working(), 100, 30);
        java.util.regex.Pattern colorCode = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?(3|4|9|10)[0-9](;|m)");
        for (AttributedString line : plain) {
            assertFalse(colorCode.matcher(line.toAnsi()).find(), "colored cell in '" + line + "'");
        }
        java.util.regex.Pattern bold = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?1(;[0-9;]*)?m");
        java.util.regex.Pattern inverse = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?7(;[0-9;]*)?m");
        assertTrue(plain.stream().anyMatch(l -> bold.matcher(l.toAnsi()).find()), "bold stays");
        assertTrue(plain.stream().anyMatch(l -> inverse.matcher(l.toAnsi()).find()), "inverse stays");
        java.util.regex.Pattern green = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?32(;[0-9;]*)?m");
        assertTrue(new CountdownScreen(true).render(working(), 100, 30).stream()
                .anyMatch(l -> green.matcher(l.toAnsi()).find()), "work is green with color on");
    }

    @Test
    void pausedAndQuitPromptsReplaceTheKeysLine() {
        SessionState paused = state(1, 12, 45, 38, Status.PAUSED, RepPace.NONE);
        assertTrue(text(new CountdownScreen(false).render(paused, 100, 30)).contains("Paused · space resume"));
        SessionState asking = state(1, 12, 45, 38, Status.ASKING_TO_QUIT, RepPace.NONE);
        String s = text(new CountdownScreen(false).render(asking, 100, 30));
        assertTrue(s.contains("Quit the session? y = quit · n, Esc or Enter = go on"));
        assertFalse(s.contains("Paused ·"));
    }

    @Test
    void pacedRepsPulseOnTheExhale() {
        int repStep = routine.steps().size() - 1; // the knee drop's last set, by reps
        SessionState out = state(repStep, 30, 40, 300, Status.RUNNING, new RepPace(3, false));
        SessionState back = state(repStep, 28, 40, 302, Status.RUNNING, new RepPace(3, true));
        assertTrue(text(new CountdownScreen(false).render(out, 100, 30)).contains("rep 3/10"));
        assertFalse(text(new CountdownScreen(false).render(out, 100, 30)).contains("BREATHE OUT"));
        assertTrue(text(new CountdownScreen(false).render(back, 100, 30)).contains("BREATHE OUT"));
    }

    @Test
    void restsSayWhatComesNext() {
        int next = routine.steps().indexOf(routine.steps().stream()
                .filter(s -> s.kind() == backplan.session.StepKind.NEXT).findFirst().orElseThrow());
        SessionState rest = state(next, 20, 30, 100, Status.RUNNING, RepPace.NONE);
        assertTrue(text(new CountdownScreen(false).render(rest, 100, 30)).contains("next: Oblique Knee Drop"));
    }

    @Test
    void blockDigitsAreFiveRowsAndScale() {
        assertEquals(5, BlockFont.render("12:30", 1, 1).size());
        assertEquals(BlockFont.width("12:30", 2), BlockFont.render("12:30", 2, 1).get(0).length());
        assertEquals("███", BlockFont.render("7", 1, 1).get(0));
    }

    private static SessionState at(int step, int left) {
        return state(step, left, routine.steps().get(step).seconds(), 38, Status.RUNNING, RepPace.NONE);
    }

    private static long blockRows(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).filter(l -> l.contains("██") && !l.contains("░"))
                .count();
    }

    @Test
    void theDigitsGrowWithTheTerminalAndAreCentred() {
        List<AttributedString> small = new CountdownScreen(false).render(working(), 60, 20);
        List<AttributedString> big = new CountdownScreen(false).render(working(), 160, 50);
        assertTrue(blockRows(small) >= 5, text(small));
        assertTrue(blockRows(big) >= 10, "at least twice as tall at 160×50: " + blockRows(big));
        List<String> rows = big.stream().map(AttributedString::toString).filter(l -> l.contains("██")
                && !l.contains("░")).toList();
        int left = rows.stream().mapToInt(l -> l.indexOf('█')).min().orElseThrow();
        int right = 160 - rows.stream().mapToInt(l -> l.stripTrailing().length()).max().orElseThrow();
        assertTrue(Math.abs(left - right) <= 2, "centred: " + left + " columns left, " + right + " right");
        int first = big.indexOf(big.stream().filter(l -> l.toString().contains("██")).findFirst().orElseThrow());
        assertTrue(first > 3 && big.get(first - 1).toString().isBlank(),
                "the digits sit below the phase line, not against it");
    }

    @Test
    void theSecondsAreVisibleAtEverySizeDownToTwentyByFive() {
        for (int width = 20; width <= 200; width += 7) {
            for (int height = 5; height <= 60; height += 3) {
                String text = text(new CountdownScreen(false).render(working(), width, height));
                assertEquals(java.util.OptionalInt.of(12), new backplan.e2e.Screen(text).countdown(),
                        width + "×" + height + "\n" + text);
            }
        }
    }

    @Test
    void theLastThreeSecondsAreRedButNotWithoutColor() {
        java.util.regex.Pattern red = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?31(;[0-9;]*)?m");
        SessionState closing = state(1, 3, 45, 80, Status.RUNNING, RepPace.NONE);
        assertTrue(new CountdownScreen(true).render(closing, 100, 30).stream()
                .anyMatch(l -> red.matcher(l.toAnsi()).find()), "red at 3 s");
        assertFalse(new CountdownScreen(true).render(working(), 100, 30).stream()
                .anyMatch(l -> l.toString().contains("██") && red.matcher(l.toAnsi()).find()), "not at 12 s");
        assertFalse(new CountdownScreen(false).render(closing, 100, 30).stream()
                .anyMatch(l -> red.matcher(l.toAnsi()).find()), "never under NO_COLOR");
    }

    @Test
    void restsAndGetReadyAreNeverDarkBlue() {
        java.util.regex.Pattern blue = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*;)?34(;[0-9;]*)?m");
        for (int i = 0; i < routine.steps().size(); i++) {
            for (AttributedString l : new CountdownScreen(true).render(at(i, 12), 100, 30)) {
                assertFalse(blue.matcher(l.toAnsi()).find(), routine.steps().get(i) + ": " + l);
            }
        }
    }

    @Test
    void theFirstGetReadyCarriesTheSafetyLineThePostureCueAndTheLevel() {
        String first = text(new CountdownScreen(false).render(at(0, 8), 100, 40));
        assertTrue(first.contains("Stop at once if you feel sharp pain."), first);
        assertTrue(first.contains("Posture: " + routine.postureCue()), first);
        int knee = routine.steps().indexOf(routine.steps().stream().filter(st -> st.kind()
                == backplan.session.StepKind.GET_READY && st.exercise() == 1).findFirst().orElseThrow());
        String second = text(new CountdownScreen(false).render(at(knee, 8), 100, 40));
        assertFalse(second.contains("sharp pain"), "once a session");
        assertTrue(second.contains("Level I: Feet on the floor."), second);
    }

    @Test
    void sidesSayWhatTheyMean() {
        Routine curl = Fixtures.routine(SessionSettings.DEFAULTS, "crossed-ankle-curl-up", "clamshell");
        SessionState left = new SessionState(curl, 1, new Countdown(20, 30), 15, new Totals(15, 100),
                Status.RUNNING, RepPace.NONE);
        assertTrue(text(new CountdownScreen(false).render(left, 100, 30)).contains("left ankle crossed on top"));
        SessionState change = new SessionState(curl, 2, new Countdown(4, 5), 45, new Totals(45, 70),
                Status.RUNNING, RepPace.NONE);
        assertTrue(text(new CountdownScreen(false).render(change, 100, 30))
                .contains("Switch: cross the other leg on top."));
    }

    @Test
    void theFigureMovesBesideTheDigitsWhereThereIsRoomAndNeverCostsTheCountdown() {
        Routine bridge = Fixtures.routine(SessionSettings.DEFAULTS.withSets(1).withWork(30), "glute-bridge");
        SessionState work = new SessionState(bridge, 1, new Countdown(30, 30), 10, new Totals(10, 30),
                Status.RUNNING, RepPace.NONE);
        CountdownScreen screen = new CountdownScreen(false, false, true);
        String still = text(screen.render(work, 120, 40, 0));
        String moved = text(screen.render(work, 120, 40, 1.0));
        assertTrue(still.chars().anyMatch(c -> c > 0x2800 && c <= 0x28ff), "a Braille figure\n" + still);
        assertFalse(still.equals(moved), "a second into the hold the figure has moved");
        assertEquals(java.util.OptionalInt.of(30), new backplan.e2e.Screen(still).countdown(), still);
        assertTrue(screen.moves(work));
        SessionState paused = new SessionState(bridge, 1, new Countdown(20, 30), 20, new Totals(20, 20),
                Status.PAUSED, RepPace.NONE);
        assertFalse(screen.moves(paused), "still while paused");
        String none = text(new CountdownScreen(false, false, false).render(work, 120, 40, 0));
        assertFalse(none.chars().anyMatch(c -> c > 0x2800 && c <= 0x28ff), "--no-figure\n" + none);
        for (int width = 44; width <= 160; width += 4) {
            for (AttributedString l : screen.render(work, width, 30, 0.5)) {
                assertTrue(l.columnLength() < width, width + ": " + l);
            }
            assertEquals(java.util.OptionalInt.of(30),
                    new backplan.e2e.Screen(text(screen.render(work, width, 30, 0.5))).countdown(), "width " + width);
        }
    }

    @Test
    void onATinyTerminalTheNameGivesWayWithAMarkAndTheSetStays() {
        String tiny = text(new CountdownScreen(false).render(working(), 14, 5));
        assertEquals("12 Dead\u2026 1/2", tiny.strip(), tiny);
        String ascii = text(new CountdownScreen(false, true, false).render(working(), 14, 5));
        assertEquals("12 Dead~ 1/2", ascii.strip(), ascii);
        assertEquals("12 Dead Bug 1/2", text(new CountdownScreen(false).render(working(), 20, 5)).strip());
    }
}
