package backplan.text;

import backplan.figure.Figure;
import backplan.figure.Joint;
import backplan.figure.Pose;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An exercise's figure for {@code show --json}: both key poses written out in full (every joint's angle, not only
 * the ones the catalog changes), so a script needs no knowledge of the base positions.
 */
public final class FigureJson {

    private FigureJson() {}

    /** {@code {"start": {...}, "end": {...}}}; for a second side, pass the mirrored figure. */
    public static void figure(JsonGenerator g, Figure figure) throws IOException {
        g.writeStartObject();
        g.writeFieldName("start");
        pose(g, figure.start());
        g.writeFieldName("end");
        pose(g, figure.end());
        g.writeEndObject();
    }

    public static void pose(JsonGenerator g, Pose pose) throws IOException {
        g.writeStartObject();
        g.writeStringField("position", pose.position().key());
        g.writeStringField("facing", pose.facing().key());
        g.writeNumberField("turn", pose.turn());
        g.writeNumberField("above", pose.above());
        g.writeObjectFieldStart("angles");
        for (Joint j : Joint.values()) {
            double v = pose.angle(j);
            if (v == Math.rint(v)) {
                g.writeNumberField(j.key(), (long) v);
            } else {
                g.writeNumberField(j.key(), v);
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
