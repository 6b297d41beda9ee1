package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The voice of a real session: a fake espeak-ng first on the PATH logs each phrase with how many lines of the
 * session's output were already written when it began, so each phrase is matched to its event by causality (after
 * the event before it, in the order of the events), never by a clock. How soon a cue follows its event is a
 * timing goal, measured by bench/run.
 */
// with the voice on, get-readies and switches grow to fit their words: a fast voice keeps the sessions short
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@ExtendWith(SandboxExtension.class)
@Order(2) // among the longest: started first, the other classes run beside it
class VoiceIT {

    /** Words a minute: the fake speaks at any pace, and a fast one needs the least time to get ready. */
    private static final String FAST = "400";

    /** A plain event line starts with the session clock: "00:05 Dead Bug — set 1/2 — work 2 s". */
    private static final Pattern EVENT = Pattern.compile("^\\d+:\\d\\d ");

    Sandbox sandbox;
    Path log;
    Path bin;
    Path out;

    /** One phrase, and the number of output lines already written when its speech command began. */
    private record Said(int after, String text) {}

    @BeforeEach
    void setUp() throws IOException {
        log = sandbox.root().resolve("speech.log");
        bin = Files.createDirectories(sandbox.root().resolve("fake-bin"));
        out = sandbox.root().resolve("stdout.txt");
    }

    /** A fake espeak-ng: {@code $phrase} is what it was asked to say (the words after "--"). */
    private void fakeSpeech(String body) throws IOException {
        Path fake = bin.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\nphrase=\"$*\"\nwhile [ $# -gt 0 ]; do if [ \"$1\" = -- ]; then shift;"
                + " phrase=\"$*\"; break; fi; shift; done\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs a short plain session with the voice on, its output into a file; returns the output's lines. */
    private List<String> run(List<String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Sandbox.launcher().toString(), "start",
                "crossed-ankle-curl-up", "clamshell", "--voice", "--plain", "--yes", "--work", "2", "--rest", "1",
                "--lead-in", "1", "--switch", "1", "--rest-between", "2", "--sound", "off", "--voice-rate", FAST,
                "--data-dir", sandbox.dataDir().toString()));
        command.addAll(more);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile()).redirectError(sandbox.root().resolve("stderr.txt").toFile());
        pb.environment().clear();
        pb.environment().putAll(sandbox.environment());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join("\n", lines)
                + "\n" + Files.readString(sandbox.root().resolve("stderr.txt")));
        return lines;
    }

    private List<Said> spoken() throws IOException {
        List<Said> said = new ArrayList<>();
        for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int space = l.indexOf(' ');
            said.add(new Said(Integer.parseInt(l.substring(0, space).strip()), l.substring(space + 1)));
        }
        return said;
    }

    private static <T> int find(List<T> in, String what, Predicate<T> matches) {
        for (int i = 0; i < in.size(); i++) {
            if (matches.test(in.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + what + " in\n" + in);
    }

    /**
     * The phrase was said for this event: its command began after the event before this one was written (the cue
     * is handed over as its event is shown, so it cannot come sooner), and after the phrase said before it.
     */
    private static void heardFor(List<String> lines, int event, List<Said> said, int phrase, int previousPhrase) {
        int before = event - 1;
        while (before >= 0 && !EVENT.matcher(lines.get(before)).find()) {
            before--;
        }
        Said p = said.get(phrase);
        assertTrue(before < 0 || p.after() > before, "'" + p.text() + "' began when " + p.after() + " lines were"
                + " written, before the event ahead of its own ('" + lines.get(Math.max(before, 0)) + "')\n"
                + String.join("\n", lines));
        assertTrue(phrase > previousPhrase, "'" + p.text() + "' is said in the order of the events: " + said);
    }

    @Test
    void eachCueIsSpokenForItsEventInTheirOrder() throws Exception {
        fakeSpeech("printf '%s %s\\n' \"$(wc -l < '" + out + "')\" \"$phrase\" >> '" + log + "'");
        List<String> lines = run(List.of("--sets", "2"));
        List<Said> said = spoken();

        int work = find(lines, "the curl-up's work line", l -> l.contains("Crossed-Ankle Curl-Up — set 1/2"));
        // two seconds of work leave time for one word: the name, the set and the breathing came before it
        int workSaid = find(said, "the word that starts the work", s -> s.text().equals("go"));
        heardFor(lines, work, said, workSaid, -1);

        int change = find(lines, "the switch line", l -> l.contains("Switch sides"));
        int changeSaid = find(said, "the switch", s -> s.text().equals("switch: right ankle crossed on top"));
        heardFor(lines, change, said, changeSaid, workSaid);

        int rest = find(lines, "the rest line", l -> l.contains("next: Clamshell"));
        int restSaid = find(said, "the rest and what is next", s -> s.text().contains("next: Clamshell"));
        heardFor(lines, rest, said, restSaid, changeSaid);

        int ready = find(lines, "Clamshell's get-ready", l -> l.contains("Get ready: Clamshell"));
        int readySaid = find(said, "how to get into position", s -> s.text().startsWith("get ready: Clamshell")
                && s.text().contains("lying on your right side"));
        heardFor(lines, ready, said, readySaid, restSaid);
        assertTrue(said.get(said.size() - 1).text().contains("session complete, 2 of 2 exercises"), said.toString());
    }

    @Test
    void aSpeechCommandThatHangsOrCrashesLeavesTheSessionAndItsTimingAlone() throws Exception {
        // Each phrase notes its start and, if it is not ended first, its end 30 s later: longer than the whole
        // session, so a session that waited for any phrase to end would leave an end in the log.
        fakeSpeech("echo \"start $phrase\" >> '" + log + "'; sleep 30 && echo \"end $phrase\" >> '" + log + "'");
        List<String> hung = run(List.of("--sets", "1"));
        assertTrue(hung.stream().anyMatch(t -> t.startsWith("Session complete.")), hung.toString());
        List<String> phrases = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(phrases.stream().anyMatch(l -> l.startsWith("start ")), "the voice was asked: " + phrases);
        assertTrue(phrases.stream().noneMatch(l -> l.startsWith("end ")),
                "a hanging voice never holds the session: " + phrases);
        // the hanging phrases were ended, not left behind
        assertTrue(Tmux.javaPids(sandbox).isEmpty());

        fakeSpeech("exit 3");
        List<String> crashed = run(List.of("--sets", "1"));
        assertTrue(crashed.stream().anyMatch(t -> t.startsWith("Session complete.")), crashed.toString());
    }

    @Test
    void theSummaryIsPrintedWhileTheLastWordsAreStillSpoken() throws Exception {
        // The closing phrase waits to see the summary in the output: it sees it only if the summary is printed
        // while it is still being spoken, not after the last words were waited for and ended.
        fakeSpeech("case \"$phrase\" in *'session complete'*) i=0; while [ $i -lt 100 ]; do"
                + " if grep -q 'Session complete.' '" + out + "'; then echo seen >> '" + log + "'; exit 0; fi;"
                + " sleep 0.1; i=$((i+1)); done;; esac");
        List<String> lines = run(List.of("--sets", "1"));
        assertTrue(lines.stream().anyMatch(t -> t.startsWith("Session complete.")), lines.toString());
        assertTrue(Files.exists(log) && Files.readAllLines(log).contains("seen"),
                "the summary came while the last words were spoken\n" + String.join("\n", lines));
    }

    @Test
    void withoutASpeechCommandOneLineSaysSoAndTheSessionRuns() throws Exception {
        Map<String, String> env = sandbox.environment();
        List<String> command = List.of(Sandbox.launcher().toString(), "start", "dead-bug", "--voice", "--plain",
                "--yes", "--sets", "1", "--work", "1", "--lead-in", "0", "--data-dir", sandbox.dataDir().toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(new File("/dev/null"));
        pb.environment().clear();
        pb.environment().putAll(env);
        Path empty = Files.createDirectories(sandbox.root().resolve("no-speech"));
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
        assertTrue(!quiet.out().toLowerCase(Locale.ROOT).contains("audio")
                && !quiet.err().toLowerCase(Locale.ROOT).contains("audio"), quiet.dump());
        Launch.Result debug = new Launch(sandbox).run("start", "dead-bug", "--sound", "tones", "--plain", "--yes",
                "--sets", "1", "--work", "1", "--lead-in", "0", "--debug", "--data-dir",
                sandbox.dataDir().toString());
        assertEquals(0, debug.code(), debug.dump());
        assertTrue(debug.err().contains("debug: sound:"), debug.dump());
    }
}
