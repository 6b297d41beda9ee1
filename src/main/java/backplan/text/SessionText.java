package backplan.text;

import backplan.base.Safety;
import backplan.catalog.Seconds;
import backplan.session.ExerciseResult;
import backplan.session.Routine;
import backplan.session.RoutineExercise;
import backplan.session.SessionEvent;
import backplan.session.SessionResult;
import backplan.session.SessionState;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words backplan uses for a session, shared by the plain lines, the live screen and the summary. */
public final class SessionText {

    static final String DASH = " — ";

    private SessionText() {}

    /** What the step asks, without the time: {@code Dead Bug — set 1/3 — left side — work 45 s}. */
    public static String stepTitle(Routine routine, Step step) {
        RoutineExercise p = routine.exerciseOf(step);
        String side = step.side() == Side.BOTH ? "" : DASH + p.sideLabel(step.side());
        return switch (step.kind()) {
            case GET_READY -> "Get ready: " + p.exercise().name() + side + DASH
                    + (step.manual() ? "press Enter when you are in position" : Seconds.format(step.seconds()));
            case SWITCH -> "Switch sides" + DASH + Seconds.format(step.seconds());
            case REST -> "Rest " + Seconds.format(step.seconds()) + DASH + "next: set " + step.set() + "/" + p.sets()
                    + (p.perSide() ? DASH + p.sideLabel(Side.LEFT) : ""); // back to the first side
            case NEXT -> "Rest " + Seconds.format(step.seconds()) + DASH + "next: " + p.exercise().name()
                    + " (" + p.format() + ")";
            case WORK -> {
                StringBuilder sb = new StringBuilder(p.exercise().name());
                sb.append(DASH).append("set ").append(step.set()).append('/').append(p.sets()).append(side);
                sb.append(DASH);
                if (step.manual()) {
                    sb.append(step.reps()).append(" reps, press Enter when done");
                } else if (step.reps() > 0) {
                    sb.append(step.reps()).append(" reps").append(" (").append(Seconds.format(step.seconds()))
                            .append(')');
                } else {
                    sb.append("work ").append(Seconds.format(step.seconds()));
                }
                yield sb.toString();
            }
        };
    }

    /**
     * The cue worth hearing during the step: the breathing cue while working, how to get into position (the level,
     * then the first form cue) to get ready, what to change at a switch.
     */
    public static Optional<String> stepCue(Routine routine, Step step) {
        RoutineExercise p = routine.exerciseOf(step);
        return switch (step.kind()) {
            case WORK -> Optional.of(p.exercise().breathing());
            case GET_READY -> Optional.of(String.join(DASH, positionCues(p)));
            case NEXT -> p.exercise().cues().stream().findFirst();
            case SWITCH -> Optional.of(p.switchCue());
            case REST -> Optional.of("breathe easy");
        };
    }

    /** How to get into position: the level done today ("Level I: feet down"), then the first form cue. */
    public static List<String> positionCues(RoutineExercise p) {
        List<String> out = new ArrayList<>();
        if (p.levelLine() != null) {
            out.add(p.levelLine());
        }
        p.exercise().cues().stream().findFirst().ifPresent(out::add);
        return out;
    }

    /** Whether this step is the session's first get-ready, which carries the safety line and the posture cue. */
    public static boolean opensTheSession(Routine routine, int stepIndex) {
        return stepIndex == 0 && routine.steps().get(0).kind() == StepKind.GET_READY;
    }

    /** Plain-mode lines for an event (most events have one, some none, the start of an exercise a few). */
    public static List<String> lines(SessionEvent event, SessionState s) {
        String t = Seconds.clock(s.elapsed()) + " ";
        return switch (event) {
            case START -> List.of(t + "backplan: " + s.routine().exercises().size()
                    + (s.routine().exercises().size() == 1 ? " exercise, " : " exercises, ")
                    + Seconds.format(s.routine().totalSeconds()) + DASH + "posture: " + s.routine().postureCue(),
                    t + Safety.SHARP_PAIN);
            case STEP -> {
                Step step = s.step();
                String cue = stepCue(s.routine(), step).map(c -> DASH + lowerFirst(c)).orElse("");
                List<String> out = new ArrayList<>();
                out.add(t + stepTitle(s.routine(), step) + cue);
                if (step.kind() == StepKind.GET_READY) {
                    s.exercise().exercise().cautionNote().ifPresent(c -> out.add(t + "Caution: " + c));
                }
                yield out;
            }
            case TICK -> s.step().manual() ? List.of()
                    : s.secondsLeft() == 10 && s.stepSeconds() > 15 ? List.of(t + "10 s left")
                    : s.secondsLeft() >= 1 && s.secondsLeft() <= 3 && s.step().isWork() && s.step().reps() == 0
                    ? List.of(t + s.secondsLeft()) : List.of();
            case REP -> List.of(t + "rep " + s.rep() + "/" + s.step().reps());
            case EXHALE, CLOCK, REDRAW -> List.of();
            case PAUSE -> List.of(t + "paused");
            case RESUME -> List.of(t + "resumed");
            case SKIP -> List.of(t + "skipped");
            case TIME -> List.of(t + "now " + Seconds.format(s.stepSeconds()));
            case ASK_QUIT -> List.of(t + "quit? (y/n)");
            case RATED -> List.of(t + s.routine().exercises().get(s.ratedExercise()).exercise().name() + ": "
                    + s.ratingOf(s.ratedExercise()).key());
            case END -> List.of(t + "end"); // the moment it ended, for logs; the summary follows
        };
    }

    /** No set, and no side of one, was done. */
    private static boolean nothingDone(SessionResult r) {
        return r.exercises().stream().noneMatch(ExerciseResult::setOrSideDone);
    }

    /**
     * The closing summary (exercises done and skipped, sets, active time, total time) laid out for {@code width} columns ({@link TextLayout#UNLIMITED}: whole lines): one line
     * per exercise, its name shortened with "…" when the sets and times would not fit beside it.
     */
    public static List<String> summary(SessionResult r, int width) {
        List<String> out = new ArrayList<>();
        String how = switch (r.ending()) {
            // every set skipped: it ran to its end, but "complete" would say the sets were done
            case COMPLETED -> nothingDone(r) ? "Session ended: no set was done." : "Session complete.";
            case QUIT -> "Session stopped early.";
            case INTERRUPTED -> "Session interrupted.";
        };
        out.addAll(TextLayout.wrap("", "", how, width));
        long done = r.exercises().stream().filter(ExerciseResult::completed).count();
        long skipped = r.exercises().stream().filter(ExerciseResult::skipped).count();
        labelled(out, "exercises:", done + " of " + r.exercises().size() + " done"
                + (skipped > 0 ? ", " + skipped + " skipped" : ""), width);
        labelled(out, "sets:", r.setsDone() + " of " + r.setsPlanned(), width);
        labelled(out, "active:", Seconds.format(r.activeSeconds()), width);
        labelled(out, "total:", Seconds.format(r.totalSeconds())
                + (r.pausedSeconds() > 0 ? " (" + Seconds.format(r.pausedSeconds()) + " paused)" : ""), width);
        TextLayout.Table table = new TextLayout.Table("  ", " ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.shorten(12), TextLayout.Column.keep()));
        for (ExerciseResult e : r.exercises()) {
            table.row(mark(e), e.name(), sets(e));
        }
        out.addAll(table.lines(width).orElseGet(() -> r.exercises().stream()
                .flatMap(e -> {
                    List<String> lines = new ArrayList<>(List.of(TextLayout.shorten("  " + mark(e) + " " + e.name(),
                            width)));
                    lines.addAll(TextLayout.wrap("    ", "    ", sets(e), width));
                    return lines.stream();
                })
                .toList()));
        return out;
    }

    private static String mark(ExerciseResult e) {
        return e.completed() ? "✓" : e.skipped() ? "–" : "…";
    }

    private static String sets(ExerciseResult e) {
        return e.setsDone() + "/" + e.setsPlanned() + " sets, " + Seconds.format(e.workSeconds());
    }

    /** {@code   sets:      3 of 3}: the values start in one column and wrap under themselves. */
    private static void labelled(List<String> out, String label, String value, int width) {
        out.addAll(TextLayout.wrap("  " + TextLayout.pad(label, 10) + " ", " ".repeat(13), value, width));
    }

    /**
     * A dry run (every step with its start time and length, then the total) laid out for {@code width} columns
     * ({@link TextLayout#UNLIMITED}: whole lines).
     */
    public static List<String> dryRun(Routine routine, int width) {
        List<String> out = new ArrayList<>(TextLayout.wrap("Posture: ", "  ", routine.postureCue(), width));
        TextLayout.Table table = new TextLayout.Table("  ", " ", List.of(TextLayout.Column.keep(),
                TextLayout.Column.wrap(), TextLayout.Column.wrap()));
        for (RoutineExercise p : routine.exercises()) {
            table.row(TextLayout.pad(p.exercise().category().key(), 9), p.exercise().name(),
                    p.format() + (p.level() == null ? "" : " (" + p.levelName() + ")"));
        }
        out.addAll(table.lines(width).orElseGet(() -> routine.exercises().stream()
                .flatMap(p -> TextLayout.wrap("  " + p.exercise().category().key() + ": ", "    ",
                        p.exercise().name() + DASH + p.format() + (p.level() == null ? "" : " (" + p.levelName() + ")"),
                        width).stream())
                .toList()));
        out.add("");
        long at = 0;
        for (Step step : routine.steps()) {
            out.addAll(TextLayout.wrap(Seconds.clock(at) + "  ", "       ", stepTitle(routine, step)
                    + lengthened(step), width));
            at += step.seconds();
        }
        out.add(Seconds.clock(at) + "  end");
        out.add("");
        long manual = routine.steps().stream().filter(Step::manual).count();
        out.addAll(TextLayout.wrap("", "  ", "Total: " + Seconds.format(routine.totalSeconds()) + " in "
                + routine.steps().size() + " steps" + (manual > 0 ? " (plus " + manual + " reps sets timed by you)" : ""),
                width));
        return out;
    }

    /** " (4 s added so its words fit)" for a get-ready or a switch the voice made longer, else "". */
    static String lengthened(Step step) {
        return step.lengthened() > 0 ? " (" + Seconds.format(step.lengthened()) + " added so its words fit)" : "";
    }

    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
