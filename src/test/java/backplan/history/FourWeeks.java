package backplan.history;

import backplan.session.Ending;
import backplan.session.ExerciseResult;
import backplan.session.SessionResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A seeded four-week history for report tests: a plan of 3 sessions a week (Mon/Wed/Fri) from Monday
 * 2026-11-02, in Paris, and 11 sessions: 10 that count and one that does not (only three categories had a set
 * done), one quit early, one with an exercise skipped, pain rated before and after each but one. The counts the
 * report must show are constants here.
 */
public final class FourWeeks {

    public static final LocalDate START = LocalDate.of(2026, 11, 2);
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** The day after the plan's last session, when the report is made. */
    public static final ZonedDateTime AFTER = START.plusWeeks(4).atTime(9, 0).atZone(ZONE);

    /** Sessions counted per plan week, those that did not count, and the sessions in all. */
    public static final int[] COUNTED = {3, 2, 3, 2};
    public static final int[] NOT_COUNTED = {0, 1, 0, 0};
    public static final int SESSIONS = 11;
    /** Sessions with a rating before, and after. */
    public static final int RATED_BEFORE = 10;
    public static final int RATED_AFTER = 11;

    private FourWeeks() {}

    /** The entries, oldest first; {@code name} names the abs exercise (a test's hostile text goes there). */
    public static List<HistoryEntry> entries(String name) {
        return entries(START, name);
    }

    /** The same four weeks from another Monday. */
    public static List<HistoryEntry> entries(LocalDate monday, String name) {
        List<HistoryEntry> out = new ArrayList<>();
        // day offset from START, pain before (null: not rated), pain after, how it went
        Object[][] plan = {
            {0, 4, 3, "full"}, {2, 4, 3, "full"}, {4, 3, 3, "full"},
            {7, 3, 2, "full"}, {9, 3, 3, "partial"}, {11, 3, 2, "full"},
            {14, 2, 2, "full"}, {16, 2, 2, "skip-one"}, {18, 2, 1, "full"},
            {21, null, 2, "full"}, {23, 2, 1, "quit-late"},
        };
        for (Object[] s : plan) {
            ZonedDateTime start = monday.plusDays((Integer) s[0]).atTime(LocalTime.of(18, 0)).atZone(ZONE);
            SessionResult r = result(start, (String) s[3], name);
            int week = (Integer) s[0] / 7 + 1;
            out.add(new HistoryEntry(r, (Integer) s[1], (Integer) s[2], week));
        }
        return out;
    }

    /** Appends the entries to a history file. */
    public static void write(Path history, String name) throws IOException {
        write(history, START, name);
    }

    /** Appends the four weeks from {@code monday} to a history file. */
    public static void write(Path history, LocalDate monday, String name) throws IOException {
        HistoryFile file = new HistoryFile(history);
        for (HistoryEntry e : entries(monday, name)) {
            file.append(e);
        }
    }

    private static SessionResult result(ZonedDateTime start, String how, String absName) {
        List<ExerciseResult> x = new ArrayList<>();
        boolean partial = how.equals("partial");
        x.add(new ExerciseResult("cat-cow", "Cat to Cow", "mobility", 1, 1, 60, 0, 60, null));
        x.add(new ExerciseResult("dead-bug", absName, "abs", 3, 3, 135, 0, 135, 1));
        x.add(new ExerciseResult("bird-dog", "Bird Dog", "back", 3, partial ? 0 : 3, partial ? 0 : 90,
                partial ? 6 : 0, 90, 2));
        x.add(new ExerciseResult("oblique-knee-drop", "Oblique Knee Drop", "obliques", 3, partial ? 0 : 3,
                partial ? 0 : 90, partial ? 6 : 0, 90, 1));
        boolean skipOne = how.equals("skip-one");
        x.add(new ExerciseResult("glute-bridge", "Glute Bridge", "glutes", 3, skipOne ? 2 : 3, skipOne ? 60 : 90,
                skipOne ? 1 : 0, 90, null));
        boolean quit = how.equals("quit-late");
        // quit during the last set of the stretch: one of its two sets done
        x.add(new ExerciseResult("knee-to-chest", "Knee to Chest", "stretch", 2, partial ? 0 : quit ? 1 : 2,
                partial ? 0 : quit ? 60 : 120, partial ? 2 : quit ? 1 : 0, 120, null));
        int active = x.stream().mapToInt(ExerciseResult::workSeconds).sum();
        Ending ending = quit ? Ending.QUIT : partial ? Ending.QUIT : Ending.COMPLETED;
        return new SessionResult(start, start.plusSeconds(active + 240L), ending, x, 585 + 240, active, 0);
    }
}
