package backplan.sound;

import static backplan.sound.Fixtures.HOLD;
import static backplan.sound.Fixtures.PER_SIDE;
import static backplan.sound.Fixtures.REPS;
import static backplan.sound.Fixtures.SLASHED;
import static backplan.sound.Fixtures.UNSAID_SIDES;
import static backplan.sound.Fixtures.routine;
import static backplan.sound.Fixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.session.Command;
import backplan.session.FakeClock;
import backplan.session.Routine;
import backplan.session.ScriptedControls;
import backplan.session.SessionEngine;
import backplan.session.SessionEvent;
import backplan.session.SessionSettings;
import backplan.session.SessionState;
import backplan.session.SessionView;
import backplan.session.Tempo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole sessions under the fake clock, heard through the cue script: every tone and phrase, at its second. */
class CueScriptTest {

    private final FakeClock clock = new FakeClock();
    private final ScriptedControls controls = new ScriptedControls(clock);

    /** Runs the plan and returns "second TONE phrase" for every event that sounds. */
    private List<String> heard(Routine routine, boolean tonesAudible) {
        CueScript script = new CueScript();
        List<String> out = new ArrayList<>();
        SessionView ear = (SessionEvent event, SessionState state) -> {
            Cue cue = script.next(event, state, tonesAudible);
            if (cue.tone() != null || cue.phrase() != null || cue.hush()) {
                out.add(Math.round(clock.seconds()) + " " + (cue.tone() == null ? "-" : cue.tone())
                        + (cue.phrase() == null ? "" : " " + cue.phrase()) + (cue.hush() ? " (hush)" : ""));
            }
        };
        new SessionEngine(routine, clock, controls, ear).run();
        return out;
    }

    @Test
    void aTimedExerciseFromGetReadyToTheEnd() {
        List<String> heard = heard(routine(settings(5, 5, 30), HOLD), true);
        assertEquals(List.of(
                "0 GET_READY get ready: Dead Bug. Lie on your back with knees over hips.",
                "2 PIP", "3 PIP", "4 PIP_LAST",
                "5 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "25 HALFWAY halfway",
                "42 PIP", "43 PIP", "44 PIP_LAST",
                "45 REST rest 15 seconds, next: set 2 of 2",
                "57 PIP", "58 PIP", "59 PIP_LAST",
                "60 WORK Dead Bug, set 2 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "80 HALFWAY halfway",
                "97 PIP", "98 PIP", "99 PIP_LAST",
                "100 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void withoutTonesTheVoiceCountsTheLastThreeSeconds() {
        List<String> heard = heard(routine(settings(5, 5, 30), HOLD), false);
        assertEquals(List.of("2 PIP 3", "3 PIP 2", "4 PIP_LAST 1"), heard.subList(1, 4));
    }

    @Test
    void perSideWorkSaysTheSideAndTheSwitch() {
        List<String> heard = heard(routine(settings(0, 5, 30), PER_SIDE), true);
        assertEquals(List.of(
                "0 WORK Crossed-Ankle Curl-Up, left ankle crossed on top, 30 seconds. Exhale on the way up.",
                "15 HALFWAY halfway",
                "27 PIP", "28 PIP", "29 PIP_LAST",
                "30 SWITCH switch: cross the other leg on top",
                "32 PIP", "33 PIP", "34 PIP_LAST",
                "35 WORK right ankle crossed on top, 30 seconds. Exhale on the way up.",
                "50 HALFWAY halfway",
                "62 PIP", "63 PIP", "64 PIP_LAST",
                "65 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void getReadySaysTheSideToStartOn() {
        List<String> heard = heard(routine(settings(10, 5, 30), PER_SIDE), true);
        assertEquals("0 GET_READY get ready: Crossed-Ankle Curl-Up, left ankle crossed on top. Lie down with one ankle"
                + " over the other.", heard.get(0));
    }

    @Test
    void aGetReadyThatWaitsSaysHowToStart() {
        controls.at(3, Command.DONE);
        List<String> heard = heard(routine(settings(10, 5, 30).withWaitToStart(true), HOLD), true);
        assertEquals(List.of("0 GET_READY get ready: Dead Bug. Lie on your back with knees over hips. Press Enter"
                + " when you are in position.",
                "3 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home."), heard.subList(0, 2));
    }

    @Test
    void withoutASwitchPauseTheSecondSideSaysTheSwitchItself() {
        List<String> heard = heard(routine(settings(0, 0, 30), PER_SIDE), true);
        assertTrue(heard.contains("30 WORK switch: cross the other leg on top. right ankle crossed on top, 30 seconds."
                + " Exhale on the way up."), heard.toString());
    }

    @Test
    void whereTheCatalogDoesNotSayWhatASideMeansThePlainSideIsSaid() {
        List<String> heard = heard(routine(settings(0, 5, 30), UNSAID_SIDES), true);
        assertEquals("0 WORK Side Plank, left side, 20 seconds. Keep breathing.", heard.get(0));
        assertTrue(heard.contains("20 SWITCH switch: change to the right side"), heard.toString());
        assertTrue(heard.contains("25 WORK right side, 20 seconds. Keep breathing."), heard.toString());
    }

    @Test
    void pacedRepsTickOutAndSighOnTheExhaleWithTheVoiceInTime() {
        SessionSettings s = settings(0, 5, 30).withLevels(Map.of("knee-drop", 2)).withReps(true);
        List<String> heard = heard(routine(s, REPS), true);
        assertEquals(List.of(
                // the opening words are still being said at the first exhale: the tone alone carries it
                "0 WORK Oblique Knee Drop, set 1 of 2, 4 reps.",
                "2 EXHALE",
                "4 REP_OUT out", "6 EXHALE breathe out",
                "8 REP_OUT out", "10 EXHALE breathe out",
                "12 REP_OUT out", "14 EXHALE breathe out",
                "16 REST rest 10 seconds, next: set 2 of 2",
                "23 PIP", "24 PIP", "25 PIP_LAST",
                "26 WORK Oblique Knee Drop, set 2 of 2, 4 reps."), heard.subList(0, 13));
        assertEquals("42 END session complete, 1 of 1 exercise", heard.get(heard.size() - 1));
    }

    @Test
    void whereSpeechIsTooSlowForTheTempoTheTonesCarryTheRepsAndTheVoiceSaysTheBreathingOnce() {
        SessionSettings s = settings(0, 5, 30).withSets(1).withReps(true).withTempo(new Tempo(1, 1));
        List<String> heard = heard(routine(s, REPS), true);
        assertEquals(List.of(
                "0 WORK Oblique Knee Drop, 4 reps. Exhale as the knees come back to the middle.",
                "1 EXHALE", "2 REP_OUT", "3 EXHALE", "4 REP_OUT", "5 EXHALE", "6 REP_OUT", "7 EXHALE",
                "8 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void getReadySaysTheLevelAndHowToLieDown() {
        SessionSettings s = settings(10, 5, 30).withLevels(Map.of("knee-drop", 2));
        assertEquals("0 GET_READY get ready: Oblique Knee Drop, Level 2: feet lifted. Lie on your back, knees bent.",
                heard(routine(s, REPS), true).get(0));
    }

    @Test
    void restBetweenExercisesNamesTheNextAndSkippedWorkIsNotCountedDone() {
        controls.at(8, Command.SKIP)   // set 1 of the Dead Bug, cut short
                .at(15, Command.SKIP)  // its rest: nothing lost
                .at(60, Command.SKIP); // the rest before the curl-up
        List<String> heard = heard(routine(settings(0, 5, 30), HOLD, PER_SIDE), true);
        assertEquals(List.of(
                "0 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "8 REST rest 15 seconds, next: set 2 of 2",
                "15 WORK Dead Bug, set 2 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "35 HALFWAY halfway",
                "52 PIP", "53 PIP", "54 PIP_LAST",
                "55 REST rest 30 seconds, next: Crossed-Ankle Curl-Up",
                "60 WORK Crossed-Ankle Curl-Up, left ankle crossed on top, 30 seconds. Exhale on the way up."),
                heard.subList(0, 9));
        assertEquals("125 END session complete, 1 of 2 exercises", heard.get(heard.size() - 1));
    }

    @Test
    void pausesSayWhereYouAreWhenYouComeBack() {
        controls.at(10, Command.TOGGLE_PAUSE).at(70, Command.TOGGLE_PAUSE)
                .at(75, Command.MORE_TIME)
                .at(115, Command.TOGGLE_PAUSE).at(140, Command.TOGGLE_PAUSE);
        List<String> heard = heard(routine(settings(0, 5, 30), HOLD), true);
        assertEquals(List.of(
                "0 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "10 - paused",
                "70 WORK and go, 30 seconds left",
                "75 - 35 seconds left",
                "85 HALFWAY halfway"), heard.subList(0, 5));
        // paused during the rest (it began at 110): 10 s left of it on the way back
        assertTrue(heard.contains("115 - paused"), heard.toString());
        assertTrue(heard.contains("140 - rest, 10 seconds left"), heard.toString());
    }

    @Test
    void askingToQuitHushesAndQuittingSaysNoMore() {
        controls.at(12, Command.ASK_QUIT).at(15, Command.NO).at(20, Command.ASK_QUIT).at(22, Command.YES);
        List<String> heard = heard(routine(settings(0, 5, 30), HOLD), true);
        assertEquals(List.of(
                "0 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "12 - (hush)",
                "15 WORK and go, 28 seconds left",
                "20 - (hush)",
                "22 - (hush)"), heard);
    }

    @Test
    void catalogTextIsMadeReadableForASpeechEngine() {
        assertEquals("Seated Lean-Back with Arm Open, Close", CueScript.spoken(SLASHED.name()));
        assertEquals("Level 2", CueScript.spoken("Level II"));
        assertEquals("level 3, part 1", CueScript.spoken("level III / part I."));
        assertEquals("Iliac stretch", CueScript.spoken("Iliac stretch"));
        assertEquals("1 second", CueScript.duration(1));
        assertEquals("45 seconds", CueScript.duration(45));
        assertEquals("1 minute", CueScript.duration(60));
        assertEquals("1 minute 30 seconds", CueScript.duration(90));
        assertEquals("2 minutes 5 seconds", CueScript.duration(125));
    }
}
