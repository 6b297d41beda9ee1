package backplan.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimate a phrase's words are fitted with: safe against the real engine, and tight enough to count by. */
class SpokenLengthTest {

    @TempDir
    Path dir;

    @Test
    void numbersAreTimedAsTheyAreReadOut() {
        assertEquals("forty five", SpokenLength.spelled("45"));
        assertEquals("ten", SpokenLength.spelled("10"));
        assertEquals("one two zero", SpokenLength.spelled("120"));
        assertEquals(SpokenLength.NORMAL.seconds("rest forty five seconds"), SpokenLength.NORMAL.seconds("rest 45 seconds"),
                1e-9);
    }

    @Test
    void aCountFitsInItsSecondAndAFasterVoiceIsQuicker() {
        for (String n : List.of("one", "two", "three")) {
            assertTrue(SpokenLength.NORMAL.seconds(n) <= 1, n);
        }
        String phrase = "rest 15 seconds, next: set 2 of 3, left ankle crossed on top";
        assertTrue(new SpokenLength(350).seconds(phrase) < SpokenLength.NORMAL.seconds(phrase));
        assertTrue(new SpokenLength(90).seconds(phrase) > SpokenLength.NORMAL.seconds(phrase));
        assertEquals(0, SpokenLength.NORMAL.seconds("  "), 1e-9);
    }

    /**
     * Where espeak-ng is installed: a sample of the phrases backplan says for the bundled exercises, written to wav
     * files by the real engine at its default pace, each no longer than its estimate.
     */
    @Test
    void noPhraseTakesTheRealEngineLongerThanItsEstimate() throws Exception {
        Optional<SpeechCommand> real = SpeechCommand.find(System.getenv("PATH"), "Linux")
                .filter(c -> c.kind() == SpeechCommand.Kind.ESPEAK_NG);
        Assumptions.assumeTrue(real.isPresent(), "espeak-ng is not installed");
        Set<String> phrases = new LinkedHashSet<>();
        for (var routine : BundledPhrasesFitTest.routines()) {
            BundledPhrasesFitTest.heard(routine, new CueScript(SpokenLength.NORMAL, true))
                    .forEach(s -> phrases.add(s.phrase()));
        }
        List<String> sample = new ArrayList<>();
        int i = 0;
        for (String p : phrases) {
            if (i++ % 5 == 0 || p.length() < 12) {
                sample.add(p); // every fifth, and every short one: a count must fit its second
            }
        }
        List<String> longer = new ArrayList<>();
        Path wav = dir.resolve("phrase.wav");
        for (String phrase : sample) {
            Process p = new ProcessBuilder(real.get().executable().toString(), "-w", wav.toString(), "--", phrase)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, p.waitFor());
            try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                double seconds = in.getFrameLength() / (double) in.getFormat().getFrameRate();
                double estimate = SpokenLength.NORMAL.seconds(phrase);
                if (seconds > estimate) {
                    longer.add(String.format(java.util.Locale.ROOT, "%.2f s said, %.2f s estimated: %s", seconds,
                            estimate, phrase));
                }
            }
            Files.delete(wav);
        }
        assertTrue(longer.isEmpty(), longer.size() + " of " + sample.size() + " phrases took longer:\n"
                + String.join("\n", longer));
    }
}
