package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backplan config}, {@code config set} and {@code config unset}, in-process. */
class ConfigCommandTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private Path settings() {
        return home.resolve("config/backplan/settings.yaml");
    }

    @Test
    void listsEverySettingWithItsDefaultUntilOneIsSaved() {
        Cli.Result r = cli().run("config");
        assertEquals(0, r.code(), r.dump());
        assertEquals("""
                sound             auto (default)     how cues sound: auto, tones, bell or off
                voice             false (default)    speak the cues: true or false
                lead-in           10 (default)       seconds to get into position before each exercise: 0 to 3600
                wait              false (default)    before each exercise, wait for space or Enter: true or false
                figure            true (default)     show the exercise's moving figure: true or false
                volume            100 (default)      the tones' loudness: 0 to 100
                voice-name        its own (default)  the speech command's voice, such as en-us or Samantha
                voice-rate        its own (default)  words a minute the voice speaks: 80 to 450
                flash             false (default)    flash the live screen as each step starts and in its last seconds: true or false
                hook.session-end  none (default)     a command run after each session, the recorded session as JSON on its stdin
                Nothing saved yet; 'backplan config set KEY VALUE' saves to %s.
                """.formatted(settings()), r.out());
    }

    @Test
    void setSavesUnsetRemoves() throws Exception {
        Cli.Result set = cli().run("config", "set", "sound", "off");
        assertEquals(0, set.code(), set.dump());
        assertEquals("sound: off (saved in " + settings() + ")\n", set.out());
        assertEquals(0, cli().run("config", "set", "voice", "true").code());
        assertTrue(Files.readString(settings()).endsWith("sound: off\nvoice: true\n"));

        Cli.Result list = cli().run("config");
        assertTrue(list.out().startsWith("sound             off                how cues sound"), list.dump());
        assertTrue(list.out().contains("voice             true               speak"), list.dump());
        assertTrue(list.out().endsWith("Saved in " + settings() + ".\n"), list.dump());

        Cli.Result unset = cli().run("config", "unset", "sound");
        assertEquals(0, unset.code(), unset.dump());
        assertEquals("sound: auto (the default)\n", unset.out());
        assertEquals(0, cli().run("config", "unset", "voice").code());
        assertFalse(Files.exists(settings()), "nothing left to keep");
    }

    @Test
    void getPrintsOneValueOrItsDefaultMarkedAsSuch() {
        Cli.Result before = cli().run("config", "get", "sound");
        assertEquals(0, before.code(), before.dump());
        assertEquals("auto (default)\n", before.out());
        assertEquals(0, cli().run("config", "set", "sound", "bell").code());
        assertEquals("bell\n", cli().run("config", "get", "sound").out());
        assertEquals("10 (default)\n", cli().run("config", "get", "lead-in").out());

        Cli.Result unknown = cli().run("config", "get", "sond");
        assertEquals(2, unknown.code(), unknown.dump());
        assertEquals("backplan: unknown setting 'sond' (did you mean 'sound'?); the settings are sound, voice,"
                + " lead-in, wait, figure, volume, voice-name, voice-rate, flash, hook.session-end\n", unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void aYesOrNoMayBeWrittenAsPeopleWriteIt() throws Exception {
        String[][] cases = {{"yes", "true"}, {"No", "false"}, {"ON", "true"}, {"off", "false"}, {"True", "true"}};
        for (String[] c : cases) {
            Cli.Result r = cli().run("config", "set", "wait", c[0]);
            assertEquals(0, r.code(), r.dump());
            assertEquals("wait: " + c[1] + " (saved in " + settings() + ")\n", r.out());
            assertEquals(c[1] + "\n", cli().run("config", "get", "wait").out());
        }
        Cli.Result bad = cli().run("config", "set", "figure", "maybe");
        assertEquals(2, bad.code(), bad.dump());
        assertEquals("backplan: figure must be true or false (or yes/no, on/off), not 'maybe'\n", bad.err());
        Files.writeString(settings(), "voice: yes\nfigure: off\n");
        Cli.Result list = cli().run("config");
        assertEquals(0, list.code(), "a file written by hand with yes and off: " + list.dump());
        assertTrue(list.out().contains("voice             true "), list.dump());
        assertTrue(list.out().contains("figure            false "), list.dump());
    }

    @Test
    void aYesOrNoOptionTakesTheSameWordsAsAValue() {
        Cli.Result waits = cli().run("start", "dead-bug", "--dry-run", "--wait=Yes");
        assertEquals(0, waits.code(), waits.dump());
        assertTrue(waits.out().contains("press Enter when you are in position"), waits.dump());
        Cli.Result timed = cli().run("start", "dead-bug", "--dry-run", "--wait=off");
        assertEquals(0, timed.code(), timed.dump());
        assertFalse(timed.out().contains("press Enter"), timed.dump());
        Cli.Result bad = cli().run("start", "dead-bug", "--dry-run", "--wait=maybe");
        assertEquals(2, bad.code(), bad.dump());
        assertEquals("backplan: --wait must be true or false (or yes/no, on/off), not 'maybe'\n"
                + "Try 'backplan start --help'.\n", bad.err());
    }

    @Test
    void badKeysAndValuesAreUsageErrorsAndSaveNothing() {
        Cli.Result key = cli().run("config", "set", "sond", "off");
        assertEquals(2, key.code(), key.dump());
        assertEquals("backplan: unknown setting 'sond' (did you mean 'sound'?); the settings are sound, voice, lead-in, wait,"
                + " figure, volume, voice-name, voice-rate, flash, hook.session-end\n",
                key.err());
        Cli.Result value = cli().run("config", "set", "sound", "loud");
        assertEquals(2, value.code(), value.dump());
        assertEquals("backplan: sound must be auto, tones, bell or off, not 'loud'\n", value.err());
        assertEquals(2, cli().run("config", "unset", "loudness").code());
        assertFalse(Files.exists(settings()));
    }

    @Test
    void theSoundChoicesAreSavedAndChecked() throws Exception {
        for (String[] kv : new String[][] {{"volume", "40"}, {"voice-name", "en+f3"}, {"voice-rate", "150"},
            {"flash", "true"}}) {
            Cli.Result r = cli().run("config", "set", kv[0], kv[1]);
            assertEquals(0, r.code(), r.dump());
            assertEquals(kv[0] + ": " + kv[1] + " (saved in " + settings() + ")\n", r.out());
        }
        assertTrue(Files.readString(settings()).endsWith("volume: 40\nvoice-name: en+f3\nvoice-rate: 150\nflash: true\n"),
                Files.readString(settings()));
        for (String[] bad : new String[][] {{"volume", "101", "volume must be a whole number from 0 to 100, not '101'"},
            {"volume", "loud", "volume must be a whole number from 0 to 100, not 'loud'"},
            {"voice-rate", "20", "voice-rate must be words a minute from 80 to 450, not '20'"},
            {"voice-name", "-w x.wav", "voice-name must be a voice name"}}) {
            Cli.Result r = cli().run("config", "set", "--", bad[0], bad[1]);
            assertEquals(2, r.code(), r.dump());
            assertTrue(r.err().startsWith("backplan: " + bad[2]), r.dump());
        }
        Cli.Result unset = cli().run("config", "unset", "voice-name");
        assertEquals("voice-name: its own (the default)\n", unset.out());
    }

    @Test
    void aSavedVoiceRateTimesTheWordsAndTheCommandLineWins() {
        Cli.Result normal = cli().run("start", "dead-bug", "--dry-run", "--voice", "--lead-in", "1");
        assertTrue(normal.out().contains("added so its words fit"), normal.dump());
        Cli.Result json = cli().run("start", "dead-bug", "--dry-run", "--voice", "--lead-in", "1", "--json");
        assertTrue(json.out().contains("\"lengthenedForWords\""), json.dump());
        assertTrue(json.out().contains("\"safety\""), json.dump());
        Cli.Result quiet = cli().run("start", "dead-bug", "--dry-run", "--lead-in", "1");
        assertTrue(quiet.out().contains("Get ready: Dead Bug — 1 s\n"), "without the voice nothing grows\n"
                + quiet.dump());
        assertEquals(0, cli().run("config", "set", "voice-rate", "90").code());
        Cli.Result slow = cli().run("start", "dead-bug", "--dry-run", "--voice", "--lead-in", "1");
        Cli.Result fast = cli().run("start", "dead-bug", "--dry-run", "--voice", "--lead-in", "1", "--voice-rate",
                "300");
        assertTrue(getReady(slow) > getReady(normal), slow.out() + normal.out());
        assertTrue(getReady(fast) < getReady(normal), fast.out() + normal.out());
        assertEquals(2, cli().run("start", "dead-bug", "--dry-run", "--volume", "120").code());
        assertEquals(2, cli().run("start", "dead-bug", "--dry-run", "--voice-name", "--stdin").code());
    }

    /** The get-ready's seconds in a dry run: "00:00  Get ready: Dead Bug — 12 s (…)". */
    private static int getReady(Cli.Result r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Get ready: Dead Bug — (\\d+) s").matcher(r.out());
        assertTrue(m.find(), r.dump());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aBrokenSettingsFileIsReportedAtItsPlaceAndLeftAlone() throws Exception {
        Files.createDirectories(settings().getParent());
        Files.writeString(settings(), "sound: bell\nvoice: maybe\n");
        for (String[] args : new String[][] {{"config"}, {"config", "set", "sound", "off"}, {"config", "unset",
                "voice"}}) {
            Cli.Result r = cli().run(args);
            assertEquals(3, r.code(), r.dump());
            assertEquals(settings() + ":2:8: voice must be true or false (or yes/no, on/off), not 'maybe'\n",
                    r.err());
        }
        assertEquals("sound: bell\nvoice: maybe\n", Files.readString(settings()),
                "a file being edited is not overwritten");
    }

    @Test
    void savedLeadInWaitAndFigureApplyUntilTheCommandLineSaysOtherwise() {
        assertEquals(0, cli().run("config", "set", "lead-in", "15s").code());
        Cli.Result saved = cli().run("start", "dead-bug", "--dry-run");
        assertTrue(saved.out().contains("Get ready: Dead Bug — 15 s"), saved.dump());
        Cli.Result given = cli().run("start", "dead-bug", "--dry-run", "--lead-in", "3");
        assertTrue(given.out().contains("Get ready: Dead Bug — 3 s"), given.dump());
        assertEquals(0, cli().run("config", "set", "wait", "true").code());
        // a saved wait is for the live screen: plain lines (a script) keep the timed get-ready
        Cli.Result plain = cli().run("start", "dead-bug", "--dry-run");
        assertTrue(plain.out().contains("Get ready: Dead Bug — 15 s"), plain.dump());
        Cli.Result waits = cli().run("start", "dead-bug", "--dry-run", "--wait");
        assertTrue(waits.out().contains("press Enter when you are in position"), waits.dump());
        assertEquals(2, cli().run("start", "dead-bug", "--json", "--wait").code(), "nobody to press Enter");
        assertEquals(2, cli().run("config", "set", "lead-in", "2h").code());
    }
}
