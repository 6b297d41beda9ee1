package backplan.sound;

import static backplan.sound.Fixtures.HOLD;
import static backplan.sound.Fixtures.PER_SIDE;
import static backplan.sound.Fixtures.routine;
import static backplan.sound.Fixtures.settings;
import static backplan.sound.TonePlayerTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.Posture;
import backplan.session.FakeClock;
import backplan.session.QueuedControls;
import backplan.session.Routine;
import backplan.session.ScriptedControls;
import backplan.session.SessionClock;
import backplan.session.SessionEngine;
import backplan.session.SessionEvent;
import backplan.session.SessionSettings;
import backplan.session.SessionState;
import backplan.session.Tempo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CueViewTest {

    @TempDir
    Path dir;

    private final List<SessionEvent> inner = new ArrayList<>();
    private int bells;

    @Test
    void everyEventReachesTheWrappedViewAndTheBellStandsInForTones() {
        FakeClock clock = new FakeClock();
        TonePlayer bell = TonePlayer.create(SoundMode.BELL, Map.of(), () -> bells++);
        List<SessionEvent> direct = new ArrayList<>();
        Routine routine = routine(settings(5, 5, 30), HOLD);
        FakeClock other = new FakeClock();
        new SessionEngine(routine, other, new ScriptedControls(other), (e, s) -> direct.add(e)).run();
        try (CueView view = new CueView((e, s) -> inner.add(e), bell, null)) {
            new SessionEngine(routine, clock, new ScriptedControls(clock), view).run();
        }
        assertEquals(direct, inner);
        // get ready, 2 work starts, a rest, 2 halfways, 4 × 3 pips, the end: the old bell rang only on steps and pips
        assertEquals(1 + 2 + 1 + 2 + 12 + 1, bells);
    }

    @Test
    void aCueThatFailsNeverReachesTheEngine() {
        TonePlayer silent = TonePlayer.create(SoundMode.OFF, Map.of(), () -> bells++);
        Routine empty = new Routine(new Posture("p", List.of()), "p", List.of(), List.of(), Tempo.DEFAULT);
        SessionState broken = new SessionState(empty, 0, new SessionState.Countdown(0, 0), 0,
                new SessionState.Totals(0, 0), SessionState.Status.RUNNING, SessionState.RepPace.NONE);
        CueView view = new CueView((e, s) -> inner.add(e), silent, null);
        view.show(SessionEvent.STEP, broken); // a state with no step: the script cannot read it
        assertEquals(List.of(SessionEvent.STEP), inner);
        assertTrue(view.debugNotes().get(0).startsWith("cues: STEP: "), view.debugNotes().toString());
        view.close();
    }

    @Test
    void theVoiceIsAskedForByTheSettingsAndSaysWhenItCannotSpeak() {
        try (CueView quiet = CueView.open((e, s) -> { }, new SoundSettings(SoundMode.OFF, false), Map.of(),
                () -> bells++)) {
            assertTrue(quiet.voiceProblem().isEmpty());
        }
        try (CueView mute = CueView.open((e, s) -> { }, new SoundSettings(SoundMode.OFF, true),
                Map.of("PATH", dir.toString()), () -> bells++)) {
            assertEquals("voice: no speech command found; install espeak-ng", mute.voiceProblem().orElseThrow());
            assertEquals(List.of(Speaker.NO_COMMAND), mute.debugNotes());
        }
    }

    /**
     * A short real-time session with a fake espeak-ng on PATH that logs each phrase: every cue is said, in order,
     * and the engine's timing is its own (the fake's speed is not asserted; benchmarks measure it).
     */
    @Test
    void aRealSessionSpeaksEachCueInOrderThroughTheSpeechCommand() throws Exception {
        Path log = dir.resolve("speech.log");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = bin.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\n" + SpeakerTest.AFTER_DASHES
                + "printf '%s %s\\n' \"$(date +%s%N)\" \"$phrase\" >> '" + log + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        SessionSettings s = settings(2, 2, 30).withWork(2);
        Routine routine = routine(s, PER_SIDE);
        QueuedControls controls = new QueuedControls(SessionClock.SYSTEM);
        try (CueView view = CueView.open((e, st) -> inner.add(e), new SoundSettings(SoundMode.OFF, true),
                Map.of("PATH", bin.toString()), () -> bells++)) {
            new SessionEngine(routine, SessionClock.SYSTEM, controls, view).run();
            view.settle(Duration.ofSeconds(5));
        }
        await(() -> lines(log).size() >= 5);
        assertEquals(List.of(
                "Stop at once if you feel sharp pain. Posture: stand tall. Get ready: Crossed-Ankle Curl-Up, left ankle"
                        + " crossed on top. Lie down with one ankle over the other.",
                "go", // two seconds of work leave time for no more
                "switch: right ankle crossed on top",
                "right ankle crossed on top",
                "session complete, 1 of 1 exercise"), lines(log).stream().map(l -> l.split(" ", 2)[1]).toList());
    }

    private static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
