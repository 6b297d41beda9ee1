package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.figure.Facing;
import backplan.figure.Figure;
import backplan.figure.Joint;
import backplan.figure.Position;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A figure as a catalog writes it: read into key poses, or every mistake reported where it is. */
class FigureReaderTest {

    record Read(Optional<Figure> figure, List<String> problems) {}

    static Read read(String yaml) {
        YamlReader reader = new YamlReader("f.yaml");
        Optional<Figure> figure = reader.parse(yaml).flatMap(node -> new FigureReader(reader).figure(node));
        return new Read(figure, reader.problems().stream().map(Problem::toString).toList());
    }

    static List<String> problems(String yaml) {
        Read r = read(yaml);
        assertTrue(r.figure().isEmpty(), "no figure from a broken one");
        return r.problems();
    }

    @Test
    void theEndTakesTheStartAndChangesOnlyWhatItLists() {
        Read r = read("""
                start: {position: lying-back, facing: left, turn: -30, above: 10, knees: 90, left-knee: 45}
                end: {knees: 0}
                """);

        Figure f = r.figure().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(Position.LYING_BACK, f.start().position());
        assertEquals(Facing.LEFT, f.end().facing());
        assertEquals(-30, f.end().turn());
        assertEquals(10, f.end().above());
        assertEquals(45, f.start().angle(Joint.LEFT_KNEE), "a one-sided key overrides the plural one");
        assertEquals(90, f.start().angle(Joint.RIGHT_KNEE));
        assertEquals(0, f.end().angle(Joint.LEFT_KNEE));
        assertEquals(0, f.start().angle(Joint.LEFT_HIP), "what the position gives");
    }

    @Test
    void aPositionGivesItsOwnAnglesUnlessThePoseChangesThem() {
        Figure f = read("start: {position: all-fours}\nend: {right-hip: 0}\n").figure().orElseThrow();

        assertEquals(90, f.start().angle(Joint.RIGHT_HIP));
        assertEquals(0, f.end().angle(Joint.RIGHT_HIP));
        assertEquals(90, f.end().angle(Joint.LEFT_HIP));

        Figure chair = read("start: {position: chair-sitting}\nend: {hips: 75}\n").figure().orElseThrow();
        assertEquals(Position.CHAIR_SITTING, chair.start().position());
        assertEquals(90, chair.start().angle(Joint.LEFT_KNEE), "on a chair the knees bend to a right angle");
        assertEquals(75, chair.end().angle(Joint.RIGHT_HIP));
    }

    @Test
    void eachMistakeIsReportedWhereItIs() {
        assertEquals(List.of(
                "f.yaml:1:8: the start pose needs a 'position': standing, sitting, chair-sitting, kneeling,"
                        + " half-kneeling, all-fours, lying-back, lying-front, side-lying"),
                problems("start: {knees: 90}\nend: {}\n"));
        assertEquals(List.of("f.yaml:1:19: unknown position 'lying' (did you mean 'lying-back', 'side-lying' or"
                        + " 'lying-front'?); positions are standing, sitting, chair-sitting, kneeling, half-kneeling,"
                        + " all-fours, lying-back, lying-front, side-lying"),
                problems("start: {position: lying}\nend: {}\n"));
        assertEquals(List.of("f.yaml:1:31: unknown key 'kneee' in the start pose (did you mean 'knees'?)"),
                problems("start: {position: lying-back, kneee: 90}\nend: {}\n"));
        assertEquals(List.of("f.yaml:2:18: left-knee must be between 0 and 165, not 170"),
                problems("start: {position: lying-back}\nend: {left-knee: 170}\n"));
        assertEquals(List.of("f.yaml:1:37: hips must be a whole number, not 12.5"),
                problems("start: {position: lying-back, hips: 12.5}\nend: {}\n"));
        assertEquals(List.of("f.yaml:1:39: facing must be 'left' or 'right', not 'up'"),
                problems("start: {position: lying-back, facing: up}\nend: {}\n"));
        assertEquals(List.of("f.yaml:1:37: turn must be between -180 and 180, not 270"),
                problems("start: {position: lying-back, turn: 270}\nend: {}\n"));
        assertEquals(List.of("f.yaml:2:17: 'position' belongs in the start pose only; the end pose lists just the"
                        + " angles that move"),
                problems("start: {position: lying-back}\nend: {position: standing}\n"));
        assertEquals(List.of("f.yaml:1:1: figure needs an 'end' pose (the angles that move; {} if none do)"),
                problems("start: {position: lying-back}\n"));
        assertEquals(List.of("f.yaml:1:1: figure must be a mapping of keys to values, not 'lying-back'"),
                problems("lying-back\n"));
        assertEquals(List.of("f.yaml:2:1: unknown key 'ned' in figure (did you mean 'end'?)"),
                problems("start: {position: lying-back}\nned: {}\n"));
    }
}
