package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice of a real session: a fake espeak-ng first on the PATH logs each phrase with the time it started, and
 * each phrase must start within 150 ms of the line its event printed.
 */
// with the voice on, get-readies and switches grow to fit their words: a fast voice keeps the sessions short
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VoiceIT {

    /** Words a minute: the fake speaks at any pace, and a fast one needs the least time to get ready. */
    private static final String FAST = "400";

    /** The bound: a cue heard a moment after it is shown is one a person on the mat can follow. */
    private static final long WITHIN_MS = 150;

    @TempDir
    Path tmp;

    Sandbox sandbox;
    Path log;
    Path bin;

    private record Timed(long millis, String text) {}

    @BeforeEach
    void setUp() throws IOException {
        sandbox = new Sandbox(tmp);
        log = tmp.resolve("speech.log");
        bin = Files.createDirectories(tmp.resolve("fake-bin"));
    }

    @AfterEach
    void endLeftovers() {
        Tmux.endLeftovers(sandbox);
    }

    /** A fake espeak-ng: {@code $phrase} is what it was asked to say (the words after "--"). */
    private void fakeSpeech(String body) throws IOException {
        Path fake = bin.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\nphrase=\"$*\"\nwhile [ $# -gt 0 ]; do if [ \"$1\" = -- ]; then shift;"
                + " phrase=\"$*\"; break; fi; shift; done\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs a short plain session with the voice on; every stdout line with the moment it arrived. */
    private List<Timed> run(List<String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Sandbox.launcher().toString(), "start",
                "crossed-ankle-curl-up", "clamshell", "--voice", "--plain", "--yes", "--work", "2", "--rest", "1",
                "--lead-in", "1", "--switch", "1", "--rest-between", "2", "--sound", "off", "--voice-rate", FAST,
                "--data-dir", sandbox.dataDir().toString()));
        command.addAll(more);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                .redirectError(tmp.resolve("stderr.txt").toFile());
        pb.environment().clear();
        pb.environment().putAll(sandbox.environment());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        List<Timed> lines = Collections.synchronizedList(new ArrayList<>());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(new Timed(System.currentTimeMillis(), line));
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join("\n", lines.stream().map(Timed::text).toList())
                + "\n" + Files.readString(tmp.resolve("stderr.txt")));
        return lines;
    }

    /** The session's planned length, from its dry run as JSON (with the voice, so the words' time is in it). */
    private long plannedSeconds(List<String> more) throws Exception {
        List<String> args = new ArrayList<>(List.of("start", "crossed-ankle-curl-up", "clamshell", "--voice",
                "--dry-run", "--json", "--work", "2", "--rest", "1", "--lead-in", "1", "--switch", "1",
                "--rest-between", "2", "--voice-rate", FAST, "--data-dir", sandbox.dataDir().toString()));
        args.addAll(more);
        Launch.Result dry = new Launch(sandbox).run(args.toArray(String[]::new));
        assertEquals(0, dry.code(), dry.dump());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"totalSeconds\"\\s*:\\s*(\\d+)")
                .matcher(dry.out());
        assertTrue(m.find(), dry.dump());
        return Long.parseLong(m.group(1));
    }

    private List<Timed> spoken() throws IOException {
        List<Timed> out = new ArrayList<>();
        for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int space = l.indexOf(' ');
            out.add(new Timed(Long.parseLong(l.substring(0, space)), l.substring(space + 1)));
        }
        return out;
    }

    private static Timed find(List<Timed> in, String what, Predicate<String> matches) {
        return in.stream().filter(t -> matches.test(t.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " in\n" + in));
    }

    private static void heardWithin(Timed event, Timed phrase) {
        long late = phrase.millis() - event.millis();
        assertTrue(Math.abs(late) <= WITHIN_MS, "'" + phrase.text() + "' began " + late + " ms after '"
                + event.text() + "'");
    }

    @Test
    void eachCueIsSpokenWithinMomentsOfItsEvent() throws Exception {
        fakeSpeech("printf '%s %s\\n' \"$(date +%s%3N)\" \"$phrase\" >> '" + log + "'");
        List<Timed> lines = run(List.of("--sets", "2"));
        List<Timed> said = spoken();

        Timed work = find(lines, "the curl-up's work line", l -> l.contains("Crossed-Ankle Curl-Up — set 1/2"));
        // two seconds of work leave time for one word: the name, the set and the breathing came before
        heardWithin(work, find(said, "the word that starts the work", s -> s.equals("go")));

        Timed change = find(lines, "the switch line", l -> l.contains("Switch sides"));
        heardWithin(change, find(said, "the switch", s -> s.equals("switch: right ankle crossed on top")));

        Timed rest = find(lines, "the rest line", l -> l.contains("next: Clamshell"));
        heardWithin(rest, find(said, "the rest and what is next", s -> s.contains("next: Clamshell")));

        Timed ready = find(lines, "Clamshell's get-ready", l -> l.contains("Get ready: Clamshell"));
        heardWithin(ready, find(said, "how to get into position", s -> s.startsWith("get ready: Clamshell")
                && s.contains("lying on your right side")));
        assertTrue(said.get(said.size() - 1).text().contains("session complete, 2 of 2 exercises"), said.toString());
    }

    @Test
    void aSpeechCommandThatHangsOrCrashesLeavesTheSessionAndItsTimingAlone() throws Exception {
        // get-ready, sides and switch, rest, again for Clamshell; the get-readies and switches grown for their words
        long planned = plannedSeconds(List.of("--sets", "1"));
        fakeSpeech("sleep 30");
        long start = System.nanoTime();
        List<Timed> hung = run(List.of("--sets", "1"));
        double took = (System.nanoTime() - start) / 1e9;
        assertTrue(hung.stream().anyMatch(t -> t.text().startsWith("Session complete.")), hung.toString());
        assertTrue(took < planned + 8, "a hanging voice never holds the session: " + took + " s");
        // the hanging phrases were ended, not left behind
        assertTrue(Tmux.javaPids(sandbox).isEmpty());

        fakeSpeech("exit 3");
        List<Timed> crashed = run(List.of("--sets", "1"));
        assertTrue(crashed.stream().anyMatch(t -> t.text().startsWith("Session complete.")), crashed.toString());
    }

    @Test
    void withoutASpeechCommandOneLineSaysSoAndTheSessionRuns() throws Exception {
        Map<String, String> env = sandbox.environment();
        List<String> command = List.of(Sandbox.launcher().toString(), "start", "dead-bug", "--voice", "--plain",
                "--yes", "--sets", "1", "--work", "1", "--lead-in", "0", "--data-dir", sandbox.dataDir().toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(new File("/dev/null"));
        pb.environment().clear();
        pb.environment().putAll(env);
        Path empty = Files.createDirectories(tmp.resolve("no-speech"));
        // java and the shell tools the launcher needs, but no speech command
        for (String tool : List.of("sh", "dirname", "readlink", "test", "java", "cat", "mkdir", "uname", "date",
                "mv", "rm", "flock", "stty", "mktemp", "ls", "head", "sed", "tr", "find", "sleep", "basename")) {
            Path real = Path.of("/usr/bin", tool);
            if (Files.exists(real)) {
                Files.createSymbolicLink(empty.resolve(tool), real);
            }
        }
        pb.environment().put("PATH", empty.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + err);
        assertTrue(err.contains("voice: no speech command found; install espeak-ng"), err);
        assertEquals(1, err.lines().filter(l -> l.startsWith("voice:")).count(), err);
        assertTrue(out.contains("Session complete."), out);
    }

    @Test
    void tonesWithoutAnAudioDeviceFallBackToTheBellWithoutAWord() {
        // no audio device here, as on CI; --debug says why, and only then
        Launch.Result quiet = new Launch(sandbox).run("start", "dead-bug", "--sound", "tones", "--plain", "--yes",
                "--sets", "1", "--work", "1", "--lead-in", "0", "--data-dir", sandbox.dataDir().toString());
        assertEquals(0, quiet.code(), quiet.dump());
        assertTrue(!quiet.out().toLowerCase().contains("audio") && !quiet.err().toLowerCase().contains("audio"),
                quiet.dump());
        Launch.Result debug = new Launch(sandbox).run("start", "dead-bug", "--sound", "tones", "--plain", "--yes",
                "--sets", "1", "--work", "1", "--lead-in", "0", "--debug", "--data-dir",
                sandbox.dataDir().toString());
        assertEquals(0, debug.code(), debug.dump());
        assertTrue(debug.err().contains("debug: sound:"), debug.dump());
    }
}
