package backplan.sound;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Posture;
import backplan.catalog.Prescription;
import backplan.catalog.SecondsRange;
import backplan.catalog.Sides;
import backplan.catalog.Source;
import backplan.session.Routine;
import backplan.session.SessionBuilder;
import backplan.session.SessionSettings;
import java.util.Arrays;
import java.util.List;

/** A small catalog of its own, so no edit to the bundled exercises.yaml changes what these tests hear. */
final class Fixtures {

    private Fixtures() {}

    static final Exercise HOLD = new Exercise("dead-bug", "Dead Bug", Category.ABS, Source.COMMON,
            new Prescription(2, SecondsRange.of(40), 0, false, 15),
            "Exhale as the arm and leg come home.",
            List.of("Lie on your back with knees over hips.", "Keep the low back heavy."), null, List.of(), List.of(),
            List.of(), null, null);

    static final Exercise PER_SIDE = new Exercise("curl-up", "Crossed-Ankle Curl-Up", Category.OBLIQUES,
            Source.COMMON, new Prescription(1, SecondsRange.of(30), 0, true, 0),
            "Exhale on the way up.", List.of("Lie down with one ankle over the other."), null, List.of(), List.of(),
            List.of(), new Sides("left ankle crossed on top", "right ankle crossed on top",
                    "cross the other leg on top"), null);

    /** Per side, with no word from the catalog on what a side means. */
    static final Exercise UNSAID_SIDES = new Exercise("side-plank", "Side Plank", Category.OBLIQUES, Source.COMMON,
            new Prescription(1, SecondsRange.of(20), 0, true, 0), "Keep breathing.", List.of("Lie on one side."),
            null, List.of(), List.of(), List.of(), null, null);

    static final Exercise REPS = new Exercise("knee-drop", "Oblique Knee Drop", Category.OBLIQUES, Source.COMMON,
            new Prescription(2, SecondsRange.of(30), 4, false, 10),
            "Exhale as the knees come back to the middle.", List.of("Lie on your back, knees bent."), null,
            List.of(new Level(1, "Level I", "Feet on the floor.", new Prescription(2, SecondsRange.of(30), 4, false,
                    10)), new Level(2, "Level II", "Feet lifted.", new Prescription(2, SecondsRange.of(30), 4,
                    false, 10))), List.of(), List.of(), null, null);

    static final Exercise SLASHED = new Exercise("lean-back", "Seated Lean-Back with Arm Open/Close", Category.ABS,
            Source.COMMON, new Prescription(1, SecondsRange.of(20), 0, false, 0), "Exhale at the hardest part.",
            List.of("Sit tall."), null, List.of(), List.of(), List.of(), null, null);

    /** With a caution, said once with its get-ready. */
    static final Exercise CAREFUL = new Exercise("bridge", "Glute Bridge", Category.GLUTES, Source.COMMON,
            new Prescription(1, SecondsRange.of(20), 0, false, 0), "Exhale as you lift.",
            List.of("Lie on your back, feet flat."), "Lift only as far as feels easy.", List.of(), List.of(),
            List.of(), null, null);

    static final Catalog CATALOG = new Catalog("fixture", new Posture("Stand tall.", List.of()),
            List.of(HOLD, PER_SIDE, UNSAID_SIDES, REPS, SLASHED, CAREFUL));

    /** Lead-in, switch pause and rest between exercises as given; everything else from the exercises. */
    static SessionSettings settings(int leadIn, int switchPause, int restBetween) {
        return SessionSettings.DEFAULTS.withLeadIn(leadIn).withSwitchPause(switchPause).withRestBetween(restBetween);
    }

    static Routine routine(SessionSettings settings, Exercise... exercises) {
        return SessionBuilder.build(CATALOG, Arrays.asList(exercises), settings);
    }

    /** As the voice has it built: get-readies and switches long enough for their words at the normal pace. */
    static Routine spoken(SessionSettings settings, Exercise... exercises) {
        return routine(settings.withStepWords(CueScript.words(SpokenLength.NORMAL)), exercises);
    }
}
