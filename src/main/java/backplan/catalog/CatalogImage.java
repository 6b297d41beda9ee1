package backplan.catalog;

import backplan.figure.Facing;
import backplan.figure.Figure;
import backplan.figure.Joint;
import backplan.figure.Pose;
import backplan.figure.Position;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled catalog as the build leaves it in the jar: validated from exercises.yaml once, at build time, and
 * written in a plain binary form that loads without a YAML parser, so that every command skips SnakeYAML's start-up
 * (about 90 ms of `list`). A catalog of the user's own always goes through the validating loader; a test proves
 * both forms of the bundled one are equal.
 */
public final class CatalogImage {

    /** The image in the jar, beside exercises.yaml. */
    static final String RESOURCE = "/backplan/exercises.bin";
    private static final int MAGIC = 0x42504332; // "BPC2": with conditions and replaced ids

    private CatalogImage() {}

    /**
     * Builds the image at build time: {@code CatalogImage exercises.yaml OUT}. A broken catalog fails the build
     * with every problem listed.
     */
    public static void main(String[] args) throws IOException {
        Catalog catalog;
        try {
            catalog = CatalogLoader.parse(CatalogLoader.BUNDLED, Files.readAllBytes(Path.of(args[0])));
        } catch (InvalidFileException e) {
            e.problems().forEach(System.err::println);
            throw new IllegalStateException("the bundled catalog is invalid", e);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(catalog, o);
        }
    }

    /** The image in the jar, or null when there is none (a build that skipped it): then the YAML is read. */
    static Catalog readBundled() {
        try (InputStream in = CatalogImage.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged image costs only the start-up it was meant to save
        }
    }

    static void write(Catalog catalog, OutputStream sink) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink));
        out.writeInt(MAGIC);
        out.writeUTF(catalog.origin());
        out.writeUTF(catalog.posture().summary());
        strings(out, catalog.posture().cues());
        out.writeInt(catalog.exercises().size());
        for (Exercise e : catalog.exercises()) {
            out.writeUTF(e.id());
            out.writeUTF(e.name());
            out.writeUTF(e.category().name());
            out.writeUTF(e.source().name());
            prescription(out, e.prescription());
            out.writeUTF(e.breathing());
            strings(out, e.cues());
            nullable(out, e.caution());
            out.writeInt(e.levels().size());
            for (Level l : e.levels()) {
                out.writeInt(l.number());
                out.writeUTF(l.name());
                nullable(out, l.description());
                prescription(out, l.prescription());
                nullable(out, l.replaces());
            }
            strings(out, e.equipment());
            strings(out, e.targets());
            out.writeBoolean(e.sides() != null);
            if (e.sides() != null) {
                out.writeUTF(e.sides().left());
                out.writeUTF(e.sides().right());
                out.writeUTF(e.sides().change());
            }
            out.writeBoolean(e.figure() != null);
            if (e.figure() != null) {
                pose(out, e.figure().start());
                pose(out, e.figure().end());
            }
            conditions(out, e.avoidWith());
            conditions(out, e.careWith());
        }
        out.flush();
    }

    static Catalog read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a catalog image");
        }
        String origin = in.readUTF();
        Posture posture = new Posture(in.readUTF(), strings(in));
        int count = in.readInt();
        List<Exercise> exercises = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            String name = in.readUTF();
            Category category = Category.valueOf(in.readUTF());
            Source source1 = Source.valueOf(in.readUTF());
            Prescription prescription = prescription(in);
            String breathing = in.readUTF();
            List<String> cues = strings(in);
            String caution = nullable(in);
            int levelCount = in.readInt();
            List<Level> levels = new ArrayList<>(levelCount);
            for (int l = 0; l < levelCount; l++) {
                levels.add(new Level(in.readInt(), in.readUTF(), nullable(in), prescription(in), nullable(in)));
            }
            List<String> equipment = strings(in);
            List<String> targets = strings(in);
            Sides sides = in.readBoolean() ? new Sides(in.readUTF(), in.readUTF(), in.readUTF()) : null;
            Figure figure = in.readBoolean() ? new Figure(pose(in), pose(in)) : null;
            Set<Condition> avoidWith = conditions(in);
            Set<Condition> careWith = conditions(in);
            exercises.add(new Exercise(id, name, category, source1, prescription, breathing, cues, caution, levels,
                    equipment, targets, sides, figure, avoidWith, careWith));
        }
        return new Catalog(origin, posture, exercises);
    }

    private static void prescription(DataOutputStream out, Prescription p) throws IOException {
        out.writeInt(p.sets());
        out.writeBoolean(p.work() != null);
        if (p.work() != null) {
            out.writeInt(p.work().min());
            out.writeInt(p.work().max());
        }
        out.writeInt(p.reps());
        out.writeBoolean(p.perSide());
        out.writeInt(p.restSeconds());
    }

    private static Prescription prescription(DataInputStream in) throws IOException {
        int sets = in.readInt();
        SecondsRange work = in.readBoolean() ? new SecondsRange(in.readInt(), in.readInt()) : null;
        return new Prescription(sets, work, in.readInt(), in.readBoolean(), in.readInt());
    }

    private static void pose(DataOutputStream out, Pose pose) throws IOException {
        out.writeUTF(pose.position().name());
        out.writeUTF(pose.facing().name());
        out.writeInt(pose.turn());
        out.writeInt(pose.above());
        for (Joint j : Joint.values()) {
            out.writeDouble(pose.angle(j));
        }
    }

    private static Pose pose(DataInputStream in) throws IOException {
        Position position = Position.valueOf(in.readUTF());
        Facing facing = Facing.valueOf(in.readUTF());
        int turn = in.readInt();
        int above = in.readInt();
        double[] angles = new double[Joint.values().length];
        for (int j = 0; j < angles.length; j++) {
            angles[j] = in.readDouble();
        }
        return Pose.of(position, facing, turn, above, angles);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static void conditions(DataOutputStream out, Set<Condition> conditions) throws IOException {
        strings(out, conditions.stream().map(Condition::name).toList());
    }

    private static Set<Condition> conditions(DataInputStream in) throws IOException {
        Set<Condition> out = EnumSet.noneOf(Condition.class);
        for (String name : strings(in)) {
            out.add(Condition.valueOf(name));
        }
        return out;
    }

    private static void nullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
