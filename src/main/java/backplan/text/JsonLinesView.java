package backplan.text;

import backplan.base.Jackson;
import backplan.base.Safety;
import backplan.session.RoutineExercise;
import backplan.session.SessionEvent;
import backplan.session.SessionState;
import backplan.session.SessionView;
import backplan.session.Side;
import backplan.session.Step;
import backplan.session.StepKind;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The plain-mode events as JSON Lines, one object per event, for other programs to follow a session. */
public final class JsonLinesView implements SessionView {

    private final PrintWriter out;

    public JsonLinesView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void show(SessionEvent event, SessionState s) {
        boolean wanted = event == SessionEvent.EXHALE || event == SessionEvent.END
                || !SessionText.lines(event, s).isEmpty();
        if (!wanted) {
            return;
        }
        try {
            JsonGenerator g = Jackson.FACTORY.createGenerator(out);
            g.writeStartObject();
            g.writeStringField("type", type(event));
            g.writeNumberField("time", s.elapsed());
            if (event == SessionEvent.START) {
                g.writeStringField("posture", s.routine().postureCue());
                g.writeStringField("safety", Safety.SHARP_PAIN);
            }
            if (!s.finished()) {
                Step step = s.step();
                RoutineExercise p = s.exercise();
                g.writeStringField("step", step.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeStringField("exercise", p.exercise().id());
                g.writeStringField("name", p.exercise().name());
                if (step.set() > 0) {
                    g.writeNumberField("set", step.set());
                    g.writeNumberField("sets", p.sets());
                }
                if (step.side() != Side.BOTH) {
                    g.writeStringField("side", step.side() == Side.LEFT ? "left" : "right");
                    g.writeStringField("sideMeans", p.sideLabel(step.side()));
                }
                g.writeNumberField("seconds", event == SessionEvent.STEP ? s.stepSeconds() : s.secondsLeft());
                if (step.reps() > 0) {
                    g.writeNumberField("reps", step.reps());
                }
                if (s.rep() > 0) {
                    g.writeNumberField("rep", s.rep());
                }
                if (event == SessionEvent.STEP) {
                    SessionText.stepCue(s.routine(), step).ifPresent(c -> field(g, "cue", c));
                    if (step.kind() == StepKind.GET_READY) {
                        p.exercise().cautionNote().ifPresent(c -> field(g, "caution", c));
                    }
                }
            }
            g.writeEndObject();
            g.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(SessionEvent event) {
        return switch (event) {
            case STEP -> "step";
            case TICK -> "mark";
            default -> event.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    private static void field(JsonGenerator g, String name, String value) {
        try {
            g.writeStringField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
