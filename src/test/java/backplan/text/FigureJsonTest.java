package backplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.figure.Figure;
import backplan.figure.Joint;
import backplan.figure.Pose;
import backplan.figure.Position;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The figure in {@code show --json}: both poses in full, every joint named as the catalog names it. */
class FigureJsonTest {

    @Test
    void writesBothPosesWithTheirViewAndEveryAngle() {
        Pose start = Pose.of(Position.ALL_FOURS).seen(-45, 20);
        Figure f = new Figure(start, start.with(Joint.LEFT_HIP_OUT, 50).with(Joint.NECK, 12.5));
        StringWriter out = new StringWriter();

        Json.write(out, false, g -> FigureJson.figure(g, f));

        String json = out.toString();
        assertTrue(json.startsWith("{\"start\":{\"position\":\"all-fours\",\"facing\":\"right\",\"turn\":-45,"
                + "\"above\":20,\"angles\":{\"neck\":0,\"spine\":0,"), json);
        assertTrue(json.contains("\"end\":{\"position\":\"all-fours\""), json);
        assertTrue(json.contains("\"left-hip-out\":50,"), json);
        assertTrue(json.contains("\"neck\":12.5,"), json);
        for (Joint j : Joint.values()) {
            assertEquals(2, json.split("\"" + j.key() + "\":", -1).length - 1, j.key() + " in both poses");
        }
    }
}
