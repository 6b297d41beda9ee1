package backplan.sound;

import static backplan.sound.Fixtures.CAREFUL;
import static backplan.sound.Fixtures.HOLD;
import static backplan.sound.Fixtures.PER_SIDE;
import static backplan.sound.Fixtures.REPS;
import static backplan.sound.Fixtures.SLASHED;
import static backplan.sound.Fixtures.UNSAID_SIDES;
import static backplan.sound.Fixtures.routine;
import static backplan.sound.Fixtures.settings;
import static backplan.sound.Fixtures.spoken;
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
        return heard(routine, tonesAudible, new CueScript());
    }

    private List<String> heard(Routine routine, boolean tonesAudible, CueScript script) {
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
        List<String> heard = heard(spoken(settings(5, 5, 30), HOLD), true);
        assertEquals(List.of(
                // the safety line and the day's posture cue open the session; the get-ready grew to fit them
                "0 GET_READY Stop at once if you feel sharp pain. Posture: stand tall. Get ready: Dead Bug. Lie on"
                        + " your back with knees over hips.",
                "6 PIP", "7 PIP", "8 PIP_LAST",
                "9 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "29 HALFWAY halfway",
                "46 PIP", "47 PIP", "48 PIP_LAST",
                "49 REST rest 15 seconds, next: set 2 of 2",
                "61 PIP", "62 PIP", "63 PIP_LAST",
                "64 WORK Dead Bug, set 2 of 2, 40 seconds. Exhale as the arm and leg come home.",
                "84 HALFWAY halfway",
                "101 PIP", "102 PIP", "103 PIP_LAST",
                "104 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void withoutTonesTheVoiceCountsTheLastThreeSecondsIntoSilence() {
        List<String> heard = heard(spoken(settings(5, 5, 30), HOLD), false);
        assertTrue(heard.containsAll(List.of("46 PIP three", "47 PIP two", "48 PIP_LAST one")), heard.toString());
        assertTrue(heard.containsAll(List.of("61 PIP three", "62 PIP two", "63 PIP_LAST one")), heard.toString());
    }

    @Test
    void aCountNeverCutsAPhraseItIsLeftToTheTones() {
        // a get-ready too short for its words (built without the voice's lengths): the count gives way, whole
        List<String> heard = heard(routine(settings(5, 5, 30), HOLD), false);
        assertEquals(List.of("2 PIP", "3 PIP", "4 PIP_LAST"), heard.subList(1, 4));
        // a rest whose words end as the count would begin gets all of it, not "one" alone
        assertTrue(heard.containsAll(List.of("57 PIP three", "58 PIP two", "59 PIP_LAST one")), heard.toString());
    }

    @Test
    void perSideWorkSaysTheSideAndTheSwitchSaysWhereTo() {
        List<String> heard = heard(routine(settings(0, 5, 30), PER_SIDE), true);
        assertEquals(List.of(
                "0 WORK Crossed-Ankle Curl-Up, left ankle crossed on top, 30 seconds. Exhale on the way up.",
                "15 HALFWAY halfway",
                "27 PIP", "28 PIP", "29 PIP_LAST",
                "30 SWITCH switch: right ankle crossed on top",
                "32 PIP", "33 PIP", "34 PIP_LAST",
                "35 WORK right ankle crossed on top, 30 seconds. Exhale on the way up.",
                "50 HALFWAY halfway",
                "62 PIP", "63 PIP", "64 PIP_LAST",
                "65 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void aRestBetweenSetsSaysTheSetAndTheSideToGoBackTo() {
        List<String> heard = heard(routine(settings(0, 5, 30).withSets(2).withRest(15), PER_SIDE), true);
        assertTrue(heard.contains("65 REST rest 15 seconds, next: set 2 of 2, left ankle crossed on top"),
                heard.toString());
        assertTrue(heard.contains("80 WORK Crossed-Ankle Curl-Up, set 2 of 2, left ankle crossed on top, 30 seconds."
                + " Exhale on the way up."), heard.toString());
    }

    @Test
    void aShortRestSaysLessRatherThanBeCutOff() {
        assertEquals("rest, then set 2 of 2, left ankle crossed on top", rest(4));
        assertEquals("left ankle crossed on top", rest(3));
        assertEquals("rest", rest(1));
        assertTrue(SpokenLength.NORMAL.seconds("left ankle crossed on top") <= 3);
    }

    private String rest(int seconds) {
        List<String> heard = heard(routine(settings(0, 5, 30).withSets(2).withRest(seconds), PER_SIDE), true);
        // the clock runs on from one session to the next: the rest's words, without their time
        return heard.stream().filter(h -> h.contains(" REST ")).map(h -> h.substring(h.indexOf(" REST ") + 6))
                .findFirst().orElse(heard.toString());
    }

    @Test
    void getReadySaysTheSideToStartOn() {
        List<String> heard = heard(spoken(settings(10, 5, 30), PER_SIDE), true);
        assertEquals("0 GET_READY Stop at once if you feel sharp pain. Posture: stand tall. Get ready: Crossed-Ankle"
                + " Curl-Up, left ankle crossed on top. Lie down with one ankle over the other.", heard.get(0));
    }

    @Test
    void aGetReadyThatWaitsSaysHowToStart() {
        controls.at(3, Command.DONE);
        List<String> heard = heard(routine(settings(10, 5, 30).withWaitToStart(true), HOLD), true);
        assertEquals(List.of("0 GET_READY Stop at once if you feel sharp pain. Posture: stand tall. Get ready: Dead"
                + " Bug. Lie on your back with knees over hips. Press space when you are ready.",
                "3 WORK Dead Bug, set 1 of 2, 40 seconds. Exhale as the arm and leg come home."), heard.subList(0, 2));
    }

    @Test
    void theCautionIsSaidOnceWithTheGetReady() {
        List<String> heard = heard(spoken(settings(10, 5, 30), HOLD, CAREFUL), true);
        List<String> careful = heard.stream().filter(h -> h.contains("ift only as far")).toList();
        assertEquals(1, careful.size(), heard.toString());
        assertTrue(careful.get(0).contains("GET_READY get ready: Glute Bridge. Lie on your back, feet flat. Caution:"
                + " lift only as far as feels easy."), careful.toString());
        assertFalse(careful.get(0).contains("sharp pain"), "the safety line is said once, as the session opens");
    }

    @Test
    void withoutASwitchPauseTheSecondSideSaysTheSwitchItself() {
        List<String> heard = heard(routine(settings(0, 0, 30), PER_SIDE), true);
        assertTrue(heard.contains("30 WORK switch: right ankle crossed on top, 30 seconds. Exhale on the way up."),
                heard.toString());
    }

    @Test
    void whereTheCatalogDoesNotSayWhatASideMeansThePlainSideIsSaid() {
        List<String> heard = heard(routine(settings(0, 5, 30), UNSAID_SIDES), true);
        assertEquals("0 WORK Side Plank, left side, 20 seconds. Keep breathing.", heard.get(0));
        assertTrue(heard.contains("20 SWITCH switch: right side"), heard.toString());
        assertTrue(heard.contains("25 WORK right side, 20 seconds. Keep breathing."), heard.toString());
    }

    @Test
    void pacedRepsAreNumberedWithTheBreathingAtTheStartAndHalfwayAndTheTonesMarkInAndOut() {
        SessionSettings s = settings(0, 5, 30).withLevels(Map.of("knee-drop", 2)).withReps(true)
                .withTempo(new Tempo(3, 3));
        List<String> heard = heard(routine(s, REPS), true);
        assertEquals(List.of(
                "0 WORK one. Exhale as the knees come back to the middle.",
                "3 EXHALE",
                "6 REP_OUT two", "9 EXHALE",
                "12 REP_OUT three. Exhale as the knees come back to the middle.", "15 EXHALE",
                "18 REP_OUT last one", "21 EXHALE",
                "24 REST rest 10 seconds, next: set 2 of 2",
                "31 PIP", "32 PIP", "33 PIP_LAST",
                "34 WORK one. Exhale as the knees come back to the middle."), heard.subList(0, 13));
        assertEquals("58 END session complete, 1 of 1 exercise", heard.get(heard.size() - 1));
    }

    @Test
    void whereTheBreathingIsTooLongForARepAShortOneStandsIn() {
        SessionSettings s = settings(0, 5, 30).withSets(1).withReps(true).withTempo(new Tempo(2, 1));
        List<String> heard = heard(routine(s, REPS), true);
        assertEquals(List.of(
                "0 WORK one, breathe out coming back.", "2 EXHALE",
                "3 REP_OUT two", "5 EXHALE",
                "6 REP_OUT three, breathe out coming back.", "8 EXHALE",
                "9 REP_OUT last one", "11 EXHALE",
                "12 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void atAFastTempoTheNumbersAloneAreSaid() {
        SessionSettings s = settings(0, 5, 30).withSets(1).withReps(true).withTempo(new Tempo(1, 1));
        List<String> heard = heard(routine(s, REPS), true);
        assertEquals(List.of(
                "0 WORK one", "1 EXHALE", "2 REP_OUT two", "3 EXHALE", "4 REP_OUT three", "5 EXHALE",
                "6 REP_OUT last one", "7 EXHALE",
                "8 END session complete, 1 of 1 exercise"), heard);
    }

    @Test
    void aPacedExerciseGetReadySaysItsSetsAndReps() {
        SessionSettings s = settings(10, 5, 30).withLevels(Map.of("knee-drop", 2)).withReps(true);
        assertEquals("0 GET_READY Stop at once if you feel sharp pain. Posture: stand tall. Get ready: Oblique Knee"
                + " Drop, Level 2: feet lifted. 2 sets of 4 reps. Lie on your back, knees bent.",
                heard(spoken(s, REPS), true).get(0));
    }

    @Test
    void getReadySaysTheLevelAndHowToLieDown() {
        SessionSettings s = settings(10, 5, 30).withLevels(Map.of("knee-drop", 2));
        assertTrue(heard(routine(s, REPS), true).get(0).endsWith("Get ready: Oblique Knee Drop, Level 2: feet lifted."
                + " Lie on your back, knees bent."));
    }

    @Test
    void theEndAnnouncesThePainQuestionWhenOneFollows() {
        CueScript asking = new CueScript(SpokenLength.NORMAL, true);
        List<String> heard = heard(routine(settings(0, 5, 30), HOLD), true, asking);
        assertEquals("95 END session complete, 1 of 1 exercise. How is your back now? Type a number from 0 to 10.",
                heard.get(heard.size() - 1));
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
