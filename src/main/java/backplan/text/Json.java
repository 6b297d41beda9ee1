package backplan.text;

import backplan.base.Jackson;
import backplan.base.Safety;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Prescription;
import backplan.session.Routine;
import backplan.session.RoutineExercise;
import backplan.session.Step;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** JSON documents for scripts, written with Jackson's streaming generator (escaping is Jackson's job). */
public final class Json {

    /** Writes a body; so callers need not deal with checked exceptions for in-memory writers. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {}

    public static void write(Writer out, boolean pretty, Body body) {
        try (JsonGenerator g = Jackson.FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void exercises(JsonGenerator g, List<Exercise> exercises) throws IOException {
        g.writeStartArray();
        for (Exercise e : exercises) {
            exercise(g, e);
        }
        g.writeEndArray();
    }

    public static void exercise(JsonGenerator g, Exercise e) throws IOException {
        exercise(g, e, false);
    }

    /** One exercise; with its figure's two key poses written out when {@code withFigure} (for {@code show}). */
    public static void exercise(JsonGenerator g, Exercise e, boolean withFigure) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeStringField("category", e.category().key());
        g.writeStringField("part", e.category().part().key());
        g.writeStringField("source", e.source().key());
        g.writeFieldName("prescription");
        prescription(g, e.prescription());
        g.writeStringField("breathing", e.breathing());
        strings(g, "cues", e.cues());
        if (e.caution() != null) {
            g.writeStringField("caution", e.caution());
        }
        strings(g, "equipment", e.equipment());
        strings(g, "targets", e.targets());
        if (e.sides() != null) {
            g.writeObjectFieldStart("sides");
            g.writeStringField("left", e.sides().left());
            g.writeStringField("right", e.sides().right());
            g.writeStringField("switch", e.sides().change());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("levels");
        for (Level l : e.levels()) {
            g.writeStartObject();
            g.writeNumberField("level", l.number());
            g.writeStringField("name", l.name());
            g.writeStringField("description", l.description());
            g.writeFieldName("prescription");
            prescription(g, l.prescription());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (withFigure && e.keyPoses().isPresent()) {
            g.writeFieldName("figure");
            FigureJson.figure(g, e.keyPoses().get());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void prescription(JsonGenerator g, Prescription p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sets", p.sets());
        if (p.work() != null) {
            g.writeNumberField("workMin", p.work().min());
            g.writeNumberField("workMax", p.work().max());
        }
        if (p.hasReps()) {
            g.writeNumberField("reps", p.reps());
        }
        g.writeBooleanField("perSide", p.perSide());
        g.writeNumberField("rest", p.restSeconds());
        g.writeStringField("text", p.format());
        g.writeEndObject();
    }

    /** A dry run as one document: the exercises, every step with its start, and the total. */
    public static void routine(JsonGenerator g, Routine routine) throws IOException {
        g.writeStartObject();
        g.writeStringField("posture", routine.postureCue());
        g.writeStringField("safety", Safety.SHARP_PAIN);
        g.writeArrayFieldStart("exercises");
        for (RoutineExercise p : routine.exercises()) {
            g.writeStartObject();
            g.writeStringField("id", p.exercise().id());
            g.writeStringField("name", p.exercise().name());
            g.writeStringField("category", p.exercise().category().key());
            g.writeNumberField("sets", p.sets());
            if (p.byReps()) {
                g.writeNumberField("reps", p.reps());
            } else {
                g.writeNumberField("workSeconds", p.workSeconds());
            }
            g.writeBooleanField("perSide", p.perSide());
            g.writeNumberField("restSeconds", p.restSeconds());
            if (p.level() != null) {
                g.writeStringField("level", p.level().name());
                g.writeNumberField("levelNumber", p.level().number());
                if (p.level().description() != null) {
                    g.writeStringField("levelDescription", p.level().description());
                }
            }
            g.writeStringField("breathing", p.exercise().breathing());
            g.writeArrayFieldStart("cues");
            for (String cue : p.exercise().cues()) {
                g.writeString(cue);
            }
            g.writeEndArray();
            if (p.exercise().caution() != null) {
                g.writeStringField("caution", p.exercise().caution());
            }
            if (p.exercise().sides() != null) {
                g.writeObjectFieldStart("sides");
                g.writeStringField("left", p.exercise().sides().left());
                g.writeStringField("right", p.exercise().sides().right());
                g.writeStringField("switch", p.exercise().sides().change());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        long at = 0;
        for (Step s : routine.steps()) {
            g.writeStartObject();
            g.writeStringField("type", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            g.writeNumberField("start", at);
            g.writeNumberField("seconds", s.seconds());
            g.writeStringField("exercise", routine.exerciseOf(s).exercise().id());
            if (s.set() > 0) {
                g.writeNumberField("set", s.set());
            }
            g.writeStringField("side", s.side().name().toLowerCase(Locale.ROOT));
            if (s.reps() > 0) {
                g.writeNumberField("reps", s.reps());
            }
            if (s.manual()) {
                g.writeBooleanField("manual", true);
            }
            if (s.lengthened() > 0) {
                g.writeNumberField("lengthenedForWords", s.lengthened());
            }
            g.writeStringField("text", SessionText.stepTitle(routine, s));
            g.writeEndObject();
            at += s.seconds();
        }
        g.writeEndArray();
        g.writeNumberField("totalSeconds", routine.totalSeconds());
        g.writeEndObject();
    }

    /** The history as one array of the same objects the file keeps. */
    public static void history(JsonGenerator g, List<backplan.history.HistoryEntry> entries) throws IOException {
        g.writeStartArray();
        for (backplan.history.HistoryEntry e : entries) {
            g.writeRawValue(backplan.history.HistoryFile.toJson(e));
        }
        g.writeEndArray();
    }

    public static void progress(JsonGenerator g, backplan.program.Progress p) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("plan");
        g.writeBooleanField("set", p.planned());
        g.writeStringField("start", p.plan().start().toString());
        g.writeNumberField("perWeek", p.plan().perWeek());
        g.writeNumberField("weeks", p.plan().weeks());
        g.writeEndObject();
        g.writeStringField("today", p.today().toString());
        g.writeNumberField("currentWeek", p.currentWeek());
        g.writeNumberField("streak", p.streak());
        g.writeNumberField("sessions", p.sessions());
        g.writeNumberField("completed", p.completed());
        g.writeNumberField("counted", p.counted());
        g.writeArrayFieldStart("weeks");
        for (backplan.program.Progress.Week w : p.weeks()) {
            g.writeStartObject();
            g.writeNumberField("week", w.number());
            g.writeStringField("start", w.start().toString());
            g.writeNumberField("done", w.done());
            g.writeNumberField("partial", w.partial());
            g.writeNumberField("goal", w.goal());
            g.writeBooleanField("met", w.metGoal());
            g.writeArrayFieldStart("days");
            for (backplan.program.Progress.Day d : w.days()) {
                g.writeString(d.name().toLowerCase(Locale.ROOT));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("activeSeconds");
        for (var e : p.activeSecondsByCategory().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("pain");
        for (int v : p.pain()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        if (!p.pain().isEmpty()) {
            g.writeNumberField("painFirst", p.pain().get(0));
            g.writeNumberField("painLatest", p.pain().get(p.pain().size() - 1));
        }
        if (p.painAlert() != null) {
            g.writeStringField("painAlert", backplan.program.PainTrend.message(p.painAlert()));
        }
        g.writeObjectFieldStart("levels");
        for (var e : p.levels().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            for (var l : e.getValue().entrySet()) {
                g.writeNumberField(l.getKey().toString(), l.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
