package backplan.term;

import backplan.figure.Animation;
import backplan.figure.FigureText;
import backplan.figure.Motion;
import backplan.session.RoutineExercise;
import backplan.session.SessionState;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exercise's figure on the live screen: the start pose to get ready and during rests, moving from start to
 * end and back during work (in time with the tempo for paced reps, so it comes back on the exhale; one slow cycle
 * a breath for holds), still while paused, mirrored for the right side.
 */
final class FigurePanel {

    /** Narrower than this a figure is a smudge: none is drawn. */
    static final int NARROWEST = 16;
    static final int WIDEST = 40;
    /** Frames a movement is drawn in; more would not look smoother in character cells. */
    private static final int STEPS = 32;
    private static final int CACHE = 512;

    private final FigureText.Glyphs glyphs;
    private final Map<String, Animation> animations = new HashMap<>();
    /** Rendered frames, so redrawing a moving figure costs a lookup, not a drawing. */
    private final Map<String, List<String>> frames = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > CACHE;
        }
    };

    FigurePanel(boolean ascii) {
        this.glyphs = ascii ? FigureText.Glyphs.ASCII : FigureText.Glyphs.BRAILLE;
    }

    /** Whole seconds into the step, from the state's countdown. */
    static double secondsIn(SessionState s) {
        if (s.finished()) {
            return 0;
        }
        return s.step().manual() ? s.secondsLeft() : Math.max(0, s.stepSeconds() - s.secondsLeft());
    }

    /** Whether the figure moves at this state: work, not paused, and an exercise with a figure. */
    boolean moves(SessionState s) {
        return !s.finished() && s.step().isWork() && !s.paused() && s.exercise().exercise().keyPoses().isPresent();
    }

    /** The figure's lines, each {@code width} wide, or none when the exercise has no figure. */
    synchronized List<String> frame(SessionState s, double secondsIn, int width, int height) {
        if (s.finished()) {
            return List.of();
        }
        RoutineExercise p = s.exercise();
        if (p.exercise().keyPoses().isEmpty()) {
            return List.of();
        }
        Step step = s.step();
        boolean mirrored = step.side() == Side.RIGHT;
        int at = (int) Math.round(fraction(s, step, secondsIn) * STEPS);
        String key = p.exercise().id() + '|' + mirrored + '|' + width + '|' + height + '|' + at;
        return frames.computeIfAbsent(key, k -> animation(p, mirrored).frame(at / (double) STEPS, width, height,
                glyphs));
    }

    private Animation animation(RoutineExercise p, boolean mirrored) {
        String key = p.exercise().id() + '|' + mirrored;
        return animations.computeIfAbsent(key, k -> {
            Animation a = Animation.of(p.exercise().keyPoses().orElseThrow());
            return mirrored ? a.mirrored() : a;
        });
    }

    /** How far from the start pose: 0 outside work; in time with the tempo for paced reps; a breath for holds. */
    private static double fraction(SessionState s, Step step, double secondsIn) {
        if (step.kind() != StepKind.WORK) {
            return 0;
        }
        if (step.reps() > 0 && !step.manual()) {
            return Motion.rep(secondsIn, s.routine().tempo().outSeconds(), s.routine().tempo().backSeconds());
        }
        return Motion.hold(secondsIn);
    }
}
