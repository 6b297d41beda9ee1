package backplan.text;

import backplan.base.Jackson;
import backplan.base.Safety;
import backplan.catalog.Catalog;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Prescription;
import backplan.catalog.Profile;
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
import java.util.Map;

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
        strings(g, "avoidWith", keys(e.avoidWith()));
        strings(g, "careWith", keys(e.careWith()));
        g.writeArrayFieldStart("levels");
        for (Level l : e.levels()) {
            g.writeStartObject();
            g.writeNumberField("level", l.number());
            g.writeStringField("name", l.name());
            g.writeStringField("description", l.description());
            g.writeFieldName("prescription");
            prescription(g, l.prescription());
            if (l.replaces() != null) {
                g.writeStringField("replaces", l.replaces());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (withFigure && e.keyPoses().isPresent()) {
            g.writeFieldName("figure");
            FigureJson.figure(g, e.keyPoses().get());
        }
        g.writeEndObject();
    }

    /**
     * {@code profile --json}: the conditions (none when the person has not said, with {@code saved} false), and the
     * catalog's exercises the profile leaves out and marks, each with the conditions why.
     */
    public static void profile(JsonGenerator g, Profile profile, Catalog catalog) throws IOException {
        Profile p = profile == null ? Profile.NONE : profile;
        g.writeStartObject();
        g.writeBooleanField("saved", profile != null);
        strings(g, "conditions", keys(p.conditions()));
        g.writeArrayFieldStart("avoid");
        for (Exercise e : catalog.exercises()) {
            if (!p.suits(e)) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                strings(g, "conditions", keys(p.avoids(e)));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("care");
        for (Exercise e : catalog.exercises()) {
            if (p.suits(e) && !p.care(e).isEmpty()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                strings(g, "conditions", keys(p.care(e)));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static List<String> keys(java.util.Collection<Condition> conditions) {
        return conditions.stream().map(Condition::key).toList();
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
        routine(g, routine, Map.of());
    }

    /**
     * As {@link #routine(JsonGenerator, Routine)}, with where each hold stands by exercise id ("40 s holds; 2 more
     * sessions without 'hard' or 'hurt' to 50 s") as its {@code "hold"}.
     */
    public static void routine(JsonGenerator g, Routine routine, Map<String, String> holds) throws IOException {
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
            if (holds.containsKey(p.exercise().id())) {
                g.writeStringField("hold", holds.get(p.exercise().id()));
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
            g.writeRawValue(backplan.history.HistoryJson.toJson(e));
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
        g.writeObjectFieldStart("standing");
        g.writeStringField("state", p.standing().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (!p.standing().ready()) {
            g.writeStringField("message", p.standing().message());
        }
        g.writeEndObject();
        if (p.painAlert() != null) {
            g.writeStringField("painAlert", backplan.program.PainTrend.message(p.painAlert()));
        }
        g.writeObjectFieldStart("ratings");
        for (var e : p.ratings().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            for (var r : e.getValue().entrySet()) {
                g.writeNumberField(r.getKey().key(), r.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        holds(g, p);
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

    /** Where today stands: {@code due}'s answer, the plan week and the status line ({@code status}, {@code due}). */
    public static void today(JsonGenerator g, backplan.program.Today t) throws IOException {
        backplan.program.Progress p = t.progress();
        g.writeStartObject();
        g.writeBooleanField("due", t.due().due());
        g.writeStringField("reason", t.due().reason());
        g.writeStringField("status", StatusText.line(t));
        g.writeStringField("today", p.today().toString());
        g.writeBooleanField("planned", p.planned());
        g.writeBooleanField("doneToday", t.doneToday());
        backplan.program.Progress.Week week = t.week();
        if (week != null) {
            g.writeNumberField("week", week.number());
            g.writeNumberField("done", week.done());
            g.writeNumberField("goal", week.goal());
        }
        if (p.planned()) {
            g.writeNumberField("weeks", p.plan().weeks());
            g.writeBooleanField("ended", p.ended());
        }
        if (t.lastRecorded() != null) {
            g.writeStringField("lastRecorded", t.lastRecorded().toString());
        }
        if (p.painAlert() != null) {
            g.writeStringField("painAlert", backplan.program.PainTrend.message(p.painAlert()));
        }
        g.writeEndObject();
    }

    /**
     * {@code plan --json}: the plan's dates, days and picks (each at its level, with what it prescribes), where
     * this week stands, the next session's day, any pain alert and the levels worth trying.
     *
     * @param next  the next day a session is due, or null when none is left
     * @param ready exercises that went well at Level I three sessions running
     */
    public static void plan(JsonGenerator g, backplan.program.Plan plan, List<Exercise> exercises,
            backplan.program.Progress progress, java.time.LocalDate next, List<Exercise> ready) throws IOException {
        g.writeStartObject();
        g.writeStringField("start", plan.start().toString());
        g.writeStringField("end", plan.end().minusDays(1).toString());
        g.writeNumberField("perWeek", plan.perWeek());
        g.writeNumberField("weeks", plan.weeks());
        g.writeArrayFieldStart("days");
        for (java.time.DayOfWeek d : plan.days()) {
            g.writeString(d.name().substring(0, 3).toLowerCase(Locale.ROOT));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exercises");
        for (Exercise e : exercises) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("name", e.name());
            g.writeStringField("category", e.category().key());
            if (!e.levels().isEmpty()) {
                int level = Math.max(1, Math.min(plan.levelOf(e.id()), e.levels().size()));
                g.writeNumberField("level", level);
                g.writeStringField("levelName", e.levels().get(level - 1).name());
                g.writeFieldName("prescription");
                prescription(g, e.levels().get(level - 1).prescription());
            } else {
                g.writeFieldName("prescription");
                prescription(g, e.prescription());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("currentWeek", progress.currentWeek());
        g.writeBooleanField("ended", progress.ended());
        g.writeArrayFieldStart("weekTotals");
        for (backplan.program.Progress.Week week : progress.weeks()) {
            g.writeStartObject();
            g.writeNumberField("week", week.number());
            g.writeStringField("start", week.start().toString());
            g.writeNumberField("done", week.done());
            g.writeNumberField("goal", week.goal());
            g.writeBooleanField("met", week.metGoal());
            g.writeEndObject();
        }
        g.writeEndArray();
        int w = progress.currentWeek();
        if (w >= 1 && w <= progress.weeks().size()) {
            g.writeNumberField("doneThisWeek", progress.weeks().get(w - 1).done());
        }
        g.writeStringField("standing", ProgressText.standing(progress));
        if (next != null) {
            g.writeStringField("next", next.toString());
        }
        if (progress.painAlert() != null) {
            g.writeStringField("painAlert", backplan.program.PainTrend.message(progress.painAlert()));
        }
        g.writeArrayFieldStart("readyForNextLevel");
        for (Exercise e : ready) {
            g.writeString(e.id());
        }
        g.writeEndArray();
        holds(g, progress);
        g.writeEndObject();
    }

    /** Where each hold stands, in words: {@code "holds": ["Bird Dog: 30 s holds; ..."]}. */
    private static void holds(JsonGenerator g, backplan.program.Progress p) throws IOException {
        g.writeArrayFieldStart("holds");
        for (String line : p.holds()) {
            g.writeString(line);
        }
        g.writeEndArray();
    }

    /** {@code config --json}: every setting with its value, whether that is the default, and what it does. */
    public static void settings(JsonGenerator g, backplan.settings.Settings saved, String file, boolean exists)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeBooleanField("saved", exists);
        g.writeObjectFieldStart("settings");
        for (backplan.settings.Setting s : backplan.settings.Setting.values()) {
            g.writeObjectFieldStart(s.key());
            Object value = saved.get(s).orElse(s.defaultValue());
            Object plain = value == null ? null : s.yaml(value);
            if (plain == null) {
                g.writeNullField("value");
            } else if (plain instanceof Boolean b) {
                g.writeBooleanField("value", b);
            } else if (plain instanceof Number n) {
                g.writeNumberField("value", n.longValue());
            } else {
                g.writeStringField("value", plain.toString());
            }
            g.writeBooleanField("default", saved.get(s).isEmpty());
            g.writeStringField("description", s.description());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
