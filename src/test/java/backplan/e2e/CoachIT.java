package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach as a person on the mat hears and reads it, in a real terminal: a session followed with eyes closed
 * (a speech command that lives as long as its phrase would be spoken, and says when it is cut off), the live screen
 * under a locale with its own digits, a voice that cannot start for want of file descriptors, and plain lines on a
 * terminal.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
@Order(1) // among the longest: started first, the other classes run beside it
class CoachIT {

    @TempDir
    Path tmp;

    Sandbox sandbox;
    Tmux tmux;
    Path bin;
    Path log;

    @BeforeAll
    static void tmuxInstalled() {
        Tmux.assumeInstalled();
    }

    @BeforeEach
    void setUp() throws IOException {
        sandbox = new Sandbox(tmp);
        tmux = new Tmux(sandbox);
        bin = Files.createDirectories(tmp.resolve("fake-bin"));
        log = tmp.resolve("speech.log");
    }

    @AfterEach
    void tearDown() {
        tmux.close();
        Tmux.endLeftovers(sandbox);
    }

    /**
     * A fake espeak-ng that speaks for as long as the phrase would take (letters at 16 a second, a breath at each
     * comma and stop: the pace backplan's estimate is built on, less the moment it allows for starting) and logs
     * "start", then "done" or, when ended before its time, "killed".
     */
    private void fakeThatSpeaks() throws IOException {
        Path fake = bin.resolve("espeak-ng");
        String script = """
                #!/bin/sh
                phrase="$*"
                while [ $# -gt 0 ]; do if [ "$1" = -- ]; then shift; phrase="$*"; break; fi; shift; done
                secs=$(printf '%s' "$phrase" | awk '{ t = t $0 } END {
                    s = t; letters = gsub(/[A-Za-z]/, "", s); s = t; digits = gsub(/[0-9]+/, "", s);
                    s = t; commas = gsub(/[,:;]/, "", s); s = t; stops = gsub(/[.?!]/, "", s);
                    printf "%.2f", (letters + 5 * digits) / 16 + commas * 0.4 + stops * 0.2 }')
                trap 'printf "killed\\t%s\\n" "$phrase" >> LOG; kill $child 2>/dev/null; exit 143' TERM
                printf 'start\\t%s\\n' "$phrase" >> LOG
                sleep "$secs" & child=$!
                wait $child
                printf 'done\\t%s\\n' "$phrase" >> LOG
                """.replace("LOG", Sandbox.quote(log.toString()));
        Files.writeString(fake, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String[]> logged() throws IOException {
        List<String[]> out = new ArrayList<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                out.add(line.split("\t", 2));
            }
        }
        return out;
    }

    private List<String> started() throws IOException {
        return logged().stream().filter(l -> l[0].equals("start")).map(l -> l[1]).toList();
    }

    private String[] start(String... more) {
        List<String> args = new ArrayList<>(List.of("start", "--yes", "--data-dir", sandbox.dataDir().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * The eyes-closed run, at shorter lengths so it takes three minutes instead of seven: tones off, the
     * voice on, reps counted. No phrase is cut, every rep is numbered, the side is said after each rest, and the
     * pain question is announced.
     */
    @Test
    void followedWithEyesClosedNoPhraseIsCutAndEveryRepAndSideIsSaid() throws Exception {
        fakeThatSpeaks();
        tmux.startWith("PATH=" + Sandbox.quote(bin + File.pathSeparator + System.getenv("PATH")), 100, 30,
                start("crossed-ankle-curl-up", "oblique-knee-drop", "knee-to-chest", "--voice", "--reps",
                        "--sound", "off", "--sets", "2", "--work", "6", "--rest", "6", "--rest-between", "5",
                        "--lead-in", "3", "--switch", "3", "--tempo", "1/1"));
        tmux.waitForPainQuestion(Duration.ofMinutes(5));
        // the last words announce the question; they are let finish before it is answered
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (logged().stream().noneMatch(l -> l[0].equals("done") && l[1].contains("How is your back now"))
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        tmux.sendKeys("3", "Enter");
        assertEquals(0, tmux.waitForExit(Duration.ofSeconds(20)), tmux.lastScreen());

        List<String[]> all = logged();
        String heard = String.join("\n", all.stream().map(l -> l[0] + " " + l[1]).toList());
        assertTrue(all.stream().noneMatch(l -> l[0].equals("killed")), "a phrase was cut off:\n" + heard);
        List<String> said = started();
        assertTrue(said.get(0).startsWith("Stop at once if you feel sharp pain."), heard);
        assertTrue(said.get(said.size() - 1).contains("How is your back now? Type a number from 0 to 10."), heard);

        // the knee drop's words, from its get-ready to the rest before the next exercise; a count of the last
        // seconds ("three", "two", "one") said into the silence of a rest is no rep
        int from = indexOf(said, "et ready: Oblique Knee Drop");
        int to = indexOf(said, "next: Knee to Chest");
        List<String> numbers = said.subList(from, to).stream().filter(p -> p.matches("(one|two|three|four|five|six"
                + "|seven|eight|nine|last one)\\b.*")).map(p -> p.replaceAll("[,.].*", "")).toList();
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (i + 2 < numbers.size() && numbers.subList(i, i + 3).equals(List.of("three", "two", "one"))) {
                i += 2;
                continue;
            }
            reps.add(numbers.get(i));
        }
        List<String> set = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "last one");
        List<String> twoSets = new ArrayList<>(set);
        twoSets.addAll(set);
        assertEquals(twoSets, reps, "every rep of both sets numbered\n" + heard);

        List<String> rests = said.stream().filter(p -> p.startsWith("rest ") && p.contains("next: set")).toList();
        assertEquals(3, rests.size(), heard); // one between the sets of each exercise
        assertTrue(rests.get(0).endsWith("set 2 of 2, left ankle crossed on top"), rests.toString());
        assertTrue(rests.get(2).endsWith("set 2 of 2, left knee to your chest"), rests.toString());
        assertTrue(said.contains("switch: right ankle crossed on top"), heard);
        assertTrue(said.stream().anyMatch(p -> p.contains("back to the middle, then to the other side")),
                "the knee drop says to alternate sides\n" + heard);
    }

    private static int indexOf(List<String> said, String part) {
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("nothing said with '" + part + "' in\n" + String.join("\n", said));
    }

    /**
     * Under a locale with its own digits (fa_IR), a step of a minute or more used to end the session at once as
     * "interrupted": the countdown is ASCII digits and the session runs.
     */
    @Test
    void aLocaleWithItsOwnDigitsRunsTheSession() throws Exception {
        Path locales = Files.createDirectories(tmp.resolve("locales"));
        Process def;
        try {
            def = new ProcessBuilder("localedef", "-i", "fa_IR", "-f", "UTF-8",
                    locales.resolve("fa_IR.UTF-8").toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no localedef here");
            return;
        }
        def.getInputStream().readAllBytes();
        Assumptions.assumeTrue(def.waitFor(60, TimeUnit.SECONDS) && Files.isDirectory(locales.resolve(
                "fa_IR.UTF-8")), "localedef could not make fa_IR.UTF-8");
        tmux.startWith("LOCPATH=" + Sandbox.quote(locales.toString()) + " LANG=fa_IR.UTF-8 LC_ALL=fa_IR.UTF-8",
                80, 24, start("dead-bug", "--sets", "1", "--work", "65", "--lead-in", "0", "--pain", "2"));
        Screen s = tmux.waitUntil("the minute's countdown", x -> x.countdown().isPresent()
                && x.countdown().getAsInt() >= 60, Tmux.STARTUP);
        assertTrue(s.text().codePoints().noneMatch(c -> Character.isDigit(c) && c > 127), s.framed());
        tmux.sendKeys("q");
        tmux.waitFor("Quit the session?");
        tmux.sendKeys("y");
        assertEquals(130, tmux.waitForExit(Tmux.SHORT), tmux.lastScreen());
        Screen end = tmux.scrollback();
        assertTrue(end.contains("Session stopped early."), "quit, not interrupted\n" + end.framed());
        assertTrue(tmux.cooked(), tmux.stty());
    }

    /**
     * With few file descriptors a speech process cannot start: the session runs on without the voice, says so in
     * one line, and gives the terminal back as it found it.
     */
    @Test
    void aVoiceThatCannotStartLeavesTheSessionAndTheTerminalAlone() throws Exception {
        fakeThatSpeaks();
        tmux.startWith("ulimit -n 14; PATH=" + Sandbox.quote(bin + File.pathSeparator + System.getenv("PATH")), 80,
                24, start("dead-bug", "--voice", "--sound", "off", "--sets", "1", "--work", "2", "--lead-in", "1",
                        "--pain", "2"));
        assertEquals(0, tmux.waitForExit(Duration.ofSeconds(60)), tmux.scrollback().framed());
        Screen end = tmux.scrollback();
        assertTrue(end.contains("Session complete."), end.framed());
        assertEquals(1, end.lines().stream().filter(l -> l.startsWith("voice:")).count(), end.framed());
        assertTrue(tmux.cooked(), "cooked mode again:\n" + tmux.stty());
        assertFalse(tmux.alternateScreen(), end.framed());
    }

    /** Plain lines on a terminal read no keys, and say so; Ctrl-C stops the session and its summary follows. */
    @Test
    void plainLinesOnATerminalSayKeysAreNotReadAndCtrlCKeepsTheSummary() {
        tmux.start(80, 24, start("dead-bug", "--plain", "--sets", "1", "--work", "30", "--lead-in", "0"));
        tmux.waitFor("Dead Bug — set 1/1", Tmux.STARTUP);
        Screen s = tmux.screen();
        assertTrue(s.contains("Plain lines read no keys: Ctrl-C stops the session, and its summary follows."),
                s.framed());
        tmux.sendKeys("C-c");
        assertEquals(130, tmux.waitForExit(Tmux.SHORT), tmux.lastScreen());
        Screen end = tmux.scrollback();
        assertTrue(end.contains("Session interrupted.") && end.contains("exercises: 0 of 1 done"), end.framed());
    }
}
