package backplan.catalog;

import java.util.List;

/** The all-day posture habit: not a timed exercise, a reminder shown as each session starts. */
public record Posture(String summary, List<String> cues) {

    public Posture {
        cues = List.copyOf(cues);
    }
}
