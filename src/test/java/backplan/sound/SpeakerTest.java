package backplan.sound;

import static backplan.sound.TonePlayerTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speaker against fake speech commands: shell scripts on a private {@code PATH} that log when they start, with
 * their process id and their arguments, and then finish, hang or crash.
 */
@Timeout(30)
class SpeakerTest {

    @TempDir
    Path dir;

    private Speaker speaker;

    @AfterEach
    void close() {
        if (speaker != null) {
            speaker.close();
        }
    }

    /** One line the fake wrote: when it started (ns since the epoch), its pid, a child's pid if any, the phrase. */
    record Logged(long startedNanos, long pid, long child, String phrase) {}

    private Path log() {
        return dir.resolve("speech.log");
    }

    /**
     * A fake speech command in {@code bin}: logs itself, then runs {@code then}. The one that hangs starts a child
     * first, as a wrapper script would, to show the child is ended too; the others start none, so that one ended
     * in the instant it forks cannot leave an orphan behind the test.
     */
    private Path fake(String bin, String name, String then) throws IOException {
        Path d = Files.createDirectories(dir.resolve(bin));
        Path script = d.resolve(name);
        Files.writeString(script, "#!/bin/sh\n"
                + (then.equals(HANG) ? "sleep 600 & child=$!\n" : "child=0\n")
                + AFTER_DASHES
                + "printf '%s %s %s %s\\n' \"$(date +%s%N)\" \"$$\" \"$child\" \"$phrase\" >> '" + log() + "'\n"
                + then + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return d;
    }

    /** The phrase as the command reads it: the words after "--", where the options end. */
    static final String AFTER_DASHES = "phrase=\"$*\"\nwhile [ $# -gt 0 ]; do if [ \"$1\" = -- ]; then shift;"
            + " phrase=\"$*\"; break; fi; shift; done\n";

    private static final String FINISH = "exit 0";
    private static final String HANG = "wait";
    private static final String CRASH = "kill -SEGV $$";

    private List<Logged> logged() throws IOException {
        if (!Files.exists(log())) {
            return List.of();
        }
        return Files.readAllLines(log()).stream().map(line -> {
            String[] f = line.split(" ", 4);
            return new Logged(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                    f.length > 3 ? f[3] : "");
        }).toList();
    }

    private List<Logged> awaitLogged(int n) throws Exception {
        await(() -> {
            try {
                return logged().size() >= n;
            } catch (IOException e) {
                return false;
            }
        });
        return logged();
    }

    /** Gone, or a zombie waiting for a parent that does not reap (as PID 1 in some containers). */
    private static boolean gone(long pid) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }

    private static void awaitGone(long pid) throws Exception {
        await(() -> gone(pid));
    }

    @Test
    void findsTheCommandOnThePathInOrderOfPreference() throws IOException {
        Path first = fake("a", "spd-say", FINISH);
        Path second = fake("b", "espeak-ng", FINISH);
        fake("b", "say", FINISH);
        String path = "" + java.io.File.pathSeparator + first + java.io.File.pathSeparator + second;
        assertEquals(SpeechCommand.Kind.ESPEAK_NG, SpeechCommand.find(path, "Linux").orElseThrow().kind());
        assertEquals(SpeechCommand.Kind.SAY, SpeechCommand.find(path, "Mac OS X").orElseThrow().kind());
        assertEquals(SpeechCommand.Kind.SPD_SAY, SpeechCommand.find(first.toString(), "Linux").orElseThrow().kind());
        assertEquals(List.of(first.resolve("spd-say").toString(), "--wait", "--", "rest"),
                SpeechCommand.find(first.toString(), "Linux").orElseThrow().line("rest"));
    }

    @Test
    void aFileThatIsNotExecutableIsNoCommand() throws IOException {
        Path d = fake("bin", "espeak-ng", FINISH);
        Files.setPosixFilePermissions(d.resolve("espeak-ng"), PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(SpeechCommand.find(d.toString(), "Linux").isEmpty());
    }

    @Test
    void noCommandGivesTheOneLineNoteAndSilence() {
        speaker = new Speaker(dir.toString(), "Linux");
        assertEquals(Optional.of("voice: no speech command found; install espeak-ng"), speaker.problem());
        speaker.say("Dead Bug, set 1 of 3, 45 seconds.");
        speaker.hush();
        assertFalse(Files.exists(log()));
        assertEquals(Optional.of(Speaker.NO_COMMAND), new Speaker(null, "Linux").problem());
    }

    @Test
    void eachPhraseIsOneProcessWithThePhraseAsItsArgument() throws Exception {
        speaker = new Speaker(fake("bin", "espeak-ng", FINISH).toString(), "Linux");
        assertTrue(speaker.problem().isEmpty());
        speaker.say("Dead Bug, set 2 of 3, 45 seconds. Breathe out as you bring your arms and leg back.");
        awaitLogged(1);
        assertTrue(speaker.awaitQuiet(Duration.ofSeconds(10)));
        speaker.say("-- rest 15 seconds, next: Bird Dog");
        List<Logged> log = awaitLogged(2);
        assertEquals("Dead Bug, set 2 of 3, 45 seconds. Breathe out as you bring your arms and leg back.",
                log.get(0).phrase());
        assertEquals("-- rest 15 seconds, next: Bird Dog", log.get(1).phrase(), "text after the options' end");
        assertTrue(log.get(0).pid() != log.get(1).pid());
    }

    @Test
    void aNewPhraseEndsAHangingOneAndItsChildren() throws Exception {
        speaker = new Speaker(fake("bin", "espeak-ng", HANG).toString(), "Linux");
        speaker.say("switch: change to the right side");
        Logged first = awaitLogged(1).get(0);
        assertFalse(gone(first.pid()), "the fake hangs");
        speaker.say("right side, 30 seconds");
        Logged second = awaitLogged(2).get(1);
        awaitGone(first.pid());
        awaitGone(first.child());
        assertFalse(gone(second.pid()), "the new phrase is still being said");
        speaker.hush();
        awaitGone(second.pid());
        awaitGone(second.child());
    }

    @Test
    void closeEndsEverySpeechProcess() throws Exception {
        speaker = new Speaker(fake("bin", "espeak-ng", HANG).toString(), "Linux");
        speaker.say("halfway");
        Logged first = awaitLogged(1).get(0);
        speaker.close();
        awaitGone(first.pid());
        awaitGone(first.child());
        speaker.say("after the end");
        Thread.sleep(200); // a phrase after close would have started by now
        assertEquals(1, logged().size());
    }

    @Test
    void aCrashingCommandLeavesTheCallerUntouched() throws Exception {
        speaker = new Speaker(fake("bin", "espeak-ng", CRASH).toString(), "Linux");
        speaker.say("one");
        awaitLogged(1);
        speaker.say("two");
        speaker.say("three");
        await(() -> {
            try {
                List<Logged> log = logged();
                return log.get(log.size() - 1).phrase().equals("three");
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(logged().size() <= 3);
        assertTrue(speaker.awaitQuiet(Duration.ofSeconds(10)));
        assertTrue(speaker.problem().isEmpty());
    }

    @Test
    void aCommandThatCannotStartIsNotedOnceAndTheVoiceGoesQuiet() throws Exception {
        Path d = fake("bin", "espeak-ng", FINISH);
        Path broken = d.resolve("espeak-ng");
        speaker = new Speaker(d.toString(), "Linux");
        assertTrue(speaker.problem().isEmpty(), "found");
        Files.delete(broken); // uninstalled while the session runs
        speaker.say("one");
        await(() -> speaker.problem().isPresent());
        assertTrue(speaker.problem().orElseThrow().startsWith("voice: cannot run " + broken), speaker.problem()
                .orElseThrow());
        speaker.say("two"); // quietly nothing
    }

    /** Phrases that would be options, or options and their values, were they read as options. */
    static final List<String> OPTION_LIKE = List.of("-w /tmp/x.wav hello", "--", "-- -w out.wav", "--- -w x",
            "-", "-v en", " -s 900 fast", "\t-f /etc/passwd", "--stdin", "-x", "--help", "-- -- --", "-q",
            "--voice=whisper", "-w", "-- rest 15 seconds");

    /**
     * Data never becomes an option: whatever a catalog's name begins with, every speech command gets it where no
     * option is read. A fake of each command logs every argument it got, one by one, and what came on its input.
     */
    @Test
    void aPhraseIsNeverReadAsAnOptionByAnySpeechCommand() throws Exception {
        Path args = dir.resolve("args.log");
        for (SpeechCommand.Kind kind : SpeechCommand.Kind.values()) {
            Path bin = Files.createDirectories(dir.resolve("only-" + kind.command()));
            Path script = bin.resolve(kind.command());
            Files.writeString(script, "#!/bin/sh\n"
                    + "{ for a in \"$@\"; do printf '<%s>' \"$a\"; done; printf ' input<%s>\\n' \"$(cat)\"; } >> '"
                    + args + "'\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (String phrase : OPTION_LIKE) {
                Files.deleteIfExists(args);
                try (Speaker s = new Speaker(bin.toString(), kind == SpeechCommand.Kind.SAY ? "Mac OS X" : "Linux",
                        new VoiceChoice("en-us", 150))) {
                    s.say(phrase);
                    await(() -> Files.exists(args));
                    assertTrue(s.awaitQuiet(Duration.ofSeconds(10)));
                }
                String got = Files.readString(args).strip();
                String said = phrase.replaceAll("\\s+", " ").strip();
                String expected = switch (kind) {
                    case ESPEAK_NG, ESPEAK -> "<-v><en-us><-s><150><--><" + said + "> input<>";
                    case SPD_SAY -> "<--wait><-y><en-us><-r><-14><--><" + said + "> input<>";
                    case SAY -> "<-v><en-us><-r><150><-f><-> input<" + said + ">";
                };
                assertEquals(expected, got, kind + " with '" + phrase + "'");
            }
        }
    }

    /** With the real espeak-ng: a phrase that reads "-w FILE" writes no file, and is spoken as words. */
    @Test
    void theRealEspeakNgNeverTakesAPhraseForAnOption() throws Exception {
        Optional<SpeechCommand> real = SpeechCommand.find(System.getenv("PATH"), "Linux")
                .filter(c -> c.kind() == SpeechCommand.Kind.ESPEAK_NG);
        org.junit.jupiter.api.Assumptions.assumeTrue(real.isPresent(), "espeak-ng is not installed");
        Path wav = dir.resolve("written.wav");
        for (String prefix : List.of("-w ", "-- -w ", "--- -w ", " -w ")) {
            speaker = new Speaker(System.getenv("PATH"), "Linux");
            speaker.say(prefix + wav + " hello");
            assertTrue(speaker.awaitQuiet(Duration.ofSeconds(20)));
            speaker.close();
            assertFalse(Files.exists(wav), "'" + prefix + "' wrote " + wav);
        }
    }

    @Test
    void aVoiceNameIsNeverAnOptionEither() {
        for (String bad : List.of("-w", "--stdin", " -v x", "", "en us\n-w x", "a".repeat(65))) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new VoiceChoice(bad, null), bad);
        }
        for (String good : List.of("en-us", "en+f3", "mb-en1", "Samantha", "Good News", "en-gb-x-rp")) {
            assertEquals(good, new VoiceChoice(good, null).name());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new VoiceChoice(null, 79));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new VoiceChoice(null, 451));
    }

    /** Where espeak-ng is installed (CI may install it): a real phrase renders to real speech, and ends by itself. */
    @Test
    void theRealEspeakNgSaysOurPhrases() throws Exception {
        Optional<SpeechCommand> real = SpeechCommand.find(System.getenv("PATH"), "Linux")
                .filter(c -> c.kind() == SpeechCommand.Kind.ESPEAK_NG);
        org.junit.jupiter.api.Assumptions.assumeTrue(real.isPresent(), "espeak-ng is not installed");
        String phrase = "get ready: Oblique Knee Drop, Level 2: feet lifted. Lie on your back, knees bent.";
        Path wav = dir.resolve("phrase.wav");
        Process p = new ProcessBuilder(real.get().executable().toString(), "-w", wav.toString(), phrase)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor());
        try (javax.sound.sampled.AudioInputStream in = javax.sound.sampled.AudioSystem.getAudioInputStream(
                wav.toFile())) {
            double seconds = in.getFrameLength() / (double) in.getFormat().getFrameRate();
            assertTrue(seconds > 2 && seconds < 15, "spoken in " + seconds + " s");
        }
        speaker = new Speaker(System.getenv("PATH"), "Linux");
        speaker.say("halfway");
        assertTrue(speaker.awaitQuiet(Duration.ofSeconds(10)), "ends by itself, with or without a sound card");
    }
}
