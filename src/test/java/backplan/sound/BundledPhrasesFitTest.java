package backplan.sound;

import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import backplan.session.FakeClock;
import backplan.session.Routine;
import backplan.session.ScriptedControls;
import backplan.session.SessionBuilder;
import backplan.session.SessionEngine;
import backplan.session.SessionEvent;
import backplan.session.SessionSettings;
import backplan.session.SessionState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every step of every bundled exercise at default settings, with the voice on: each phrase is said in full before
 * the next one is due. Each exercise opens a session (the safety line and the posture cue come first) and is
 * followed by the next in the catalog (so the rest between exercises is heard too), timed and by reps.
 */
class BundledPhrasesFitTest {

    /** One phrase: when it was asked for, in session seconds, and what it says. */
    record Said(double at, String phrase) {}

    static List<Said> heard(Routine routine, CueScript script) {
        FakeClock clock = new FakeClock();
        List<Said> said = new ArrayList<>();
        new SessionEngine(routine, clock, new ScriptedControls(clock), (SessionEvent e, SessionState s) -> {
            // tones off, as in the eyes-closed run: the voice would count the last seconds itself
            Cue cue = script.next(e, s, false);
            if (cue.phrase() != null) {
                said.add(new Said(clock.seconds(), cue.phrase()));
            }
        }).run();
        return said;
    }

    /** The sessions checked: each bundled exercise, then the next, timed and by reps, at default settings. */
    static List<Routine> routines() throws Exception {
        Catalog catalog = CatalogLoader.loadBundled();
        List<Exercise> all = catalog.exercises();
        List<Routine> out = new ArrayList<>();
        for (boolean reps : new boolean[] {false, true}) {
            SessionSettings settings = SessionSettings.DEFAULTS.withReps(reps)
                    .withStepWords(CueScript.words(SpokenLength.NORMAL));
            for (int i = 0; i < all.size(); i++) {
                out.add(SessionBuilder.build(catalog, List.of(all.get(i), all.get((i + 1) % all.size())), settings));
            }
        }
        return out;
    }

    @Test
    void everyPhraseEndsBeforeTheNextBegins() throws Exception {
        List<String> cut = new ArrayList<>();
        Set<String> every = new LinkedHashSet<>();
        for (Routine routine : routines()) {
            List<Said> said = heard(routine, new CueScript(SpokenLength.NORMAL, true));
            for (int i = 0; i + 1 < said.size(); i++) {
                Said now = said.get(i);
                Said next = said.get(i + 1);
                double ends = now.at() + SpokenLength.NORMAL.seconds(now.phrase());
                if (ends > next.at() + 1e-9) {
                    cut.add(String.format(java.util.Locale.ROOT, "'%s' (%.1f s from %.0f) cut at %.0f by '%s'",
                            now.phrase(), ends - now.at(), now.at(), next.at(), next.phrase()));
                }
            }
            said.forEach(s -> every.add(s.phrase()));
        }
        String dump = System.getProperty("phrases.dump");
        if (dump != null) {
            Files.write(Path.of(dump), every, StandardCharsets.UTF_8);
        }
        assertTrue(cut.isEmpty(), cut.size() + " phrases cut off:\n" + String.join("\n", cut));
    }
}
