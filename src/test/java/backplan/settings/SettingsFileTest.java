package backplan.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.catalog.InvalidFileException;
import backplan.catalog.Problem;
import backplan.sound.SoundMode;
import backplan.sound.SoundSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * settings.yaml: saved and read back, and broken files under {@code src/test/resources/settings/broken}, each beside
 * the exact problems it must produce ({@code NAME.expected}). Rerun with -Dgolden.update=true to write them.
 */
class SettingsFileTest {

    private static final Path BROKEN = Path.of("src/test/resources/settings/broken");

    @TempDir
    Path dir;

    @Test
    void noFileMeansNothingSaved() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.yaml"));
        assertEquals(Settings.NONE, file.load());
        assertFalse(file.exists());
    }

    @Test
    void savedSettingsReadBackAndTheFileIsPlainYaml() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("config/settings.yaml"));
        file.save(Settings.NONE.with(Setting.VOICE, "true").with(Setting.SOUND, "Bell"));
        Settings back = file.load();
        assertEquals(Optional.of(SoundMode.BELL), back.sound());
        assertEquals(Optional.of(true), back.voice());
        String text = Files.readString(file.path());
        assertTrue(text.startsWith("# backplan settings."), text);
        assertTrue(text.endsWith("sound: bell\nvoice: true\n"), text);
        try (Stream<Path> left = Files.list(file.path().getParent())) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void settingsThatAreALinkAreSavedThroughItAndTheLinkStays() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("settings.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("settings.yaml"), Path.of("dotfiles/settings.yaml"));
        SettingsFile file = new SettingsFile(link);

        file.save(Settings.NONE.with(Setting.SOUND, "bell"));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Optional.of(SoundMode.BELL), new SettingsFile(target).load().sound());
    }

    @Test
    void unsettingTheLastKeyRemovesTheFile() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.yaml"));
        file.save(Settings.NONE.with(Setting.SOUND, "off"));
        file.save(file.load().without(Setting.SOUND));
        assertFalse(file.exists());
        assertEquals(Settings.NONE, file.load());
    }

    @Test
    void unsettingTheLastKeyOfALinkedFileWritesThroughTheLinkAndKeepsIt() throws Exception {
        // dotfiles: settings.yaml is a link into a repository, which must keep its file
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("settings.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("settings.yaml"), Path.of("dotfiles/settings.yaml"));
        SettingsFile file = new SettingsFile(link);
        file.save(Settings.NONE.with(Setting.SOUND, "off"));

        file.save(file.load().without(Setting.SOUND));

        assertTrue(Files.isSymbolicLink(link), "the link stays");
        assertTrue(Files.isRegularFile(target), "its file stays, with nothing set");
        assertEquals(Settings.NONE, file.load());
        assertTrue(Files.readString(target).startsWith("# backplan settings."), Files.readString(target));

        file.save(Settings.NONE.with(Setting.VOICE, "true"));

        assertTrue(Files.isSymbolicLink(link), "the next save goes through the link, not beside it");
        assertEquals(Optional.of(true), new SettingsFile(target).load().voice());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no plain file beside the link");
        }
    }

    @Test
    void unsettingTheLastKeyOfALinkToNoFileLeavesTheLinkAlone() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("settings.yaml"), Path.of("dotfiles/settings.yaml"));

        new SettingsFile(link).save(Settings.NONE);

        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.exists(dir.resolve("dotfiles")), "nothing made for nothing to keep");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# nothing here\n", "# one\n\n   # two\n", "\uFEFF# a byte-order mark\n",
        "---\n", "--- # a document start and nothing else\n"})
    void aFileOfCommentsOrNothingMeansTheDefaults(String text) throws Exception {
        Path path = Files.writeString(dir.resolve("settings.yaml"), text, StandardCharsets.UTF_8);

        assertEquals(Settings.NONE, new SettingsFile(path).load());
    }

    @Test
    void badValuesFromTheCommandLineSayWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.NONE.with(Setting.SOUND, "loud"));
        assertEquals("sound must be auto, tones, bell or off, not 'loud'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Settings.NONE.with(Setting.VOICE, "maybe"));
        assertEquals("voice must be true or false (or yes/no, on/off), not 'maybe'", e.getMessage());
    }

    @Test
    void aYesOrNoIsWrittenAsPeopleWriteIt() throws Exception {
        for (String yes : new String[] {"true", "yes", "on", "YES", " On ", "True"}) {
            assertEquals(Optional.of(true), Settings.NONE.with(Setting.WAIT, yes).waitToStart(), yes);
        }
        for (String no : new String[] {"false", "no", "off", "NO", "Off"}) {
            assertEquals(Optional.of(false), Settings.NONE.with(Setting.FIGURE, no).figure(), no);
        }
        Path file = dir.resolve("settings.yaml");
        Files.writeString(file, "voice: yes\nwait: off\nfigure: No\n");
        Settings read = new SettingsFile(file).load();
        assertEquals(Optional.of(true), read.voice());
        assertEquals(Optional.of(false), read.waitToStart());
        assertEquals(Optional.of(false), read.figure());
    }

    @Test
    void optionsWinOverSavedSettingsWhichWinOverDefaults() {
        Settings saved = Settings.NONE.with(Setting.SOUND, "bell").with(Setting.VOICE, "true");
        assertEquals(new SoundSettings(SoundMode.BELL, true), saved.sound(null, null, false));
        assertEquals(new SoundSettings(SoundMode.TONES, false), saved.sound(SoundMode.TONES, false, false));
        assertEquals(new SoundSettings(SoundMode.OFF, true), saved.sound(SoundMode.TONES, null, true),
                "--quiet is --sound off");
        assertEquals(SoundSettings.DEFAULTS, Settings.NONE.sound(null, null, false));
    }

    static Stream<String> broken() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("broken")
    void eachBrokenFileGetsItsExactPositionedProblems(String name) throws IOException {
        Path file = BROKEN.resolve(name);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new SettingsFile(file).load());
        String actual = e.problems().stream().map(Problem::toString)
                .map(p -> p.replace(file.toString(), name)).reduce("", (a, b) -> a + b + "\n");
        Path expected = BROKEN.resolve(name.replace(".yaml", ".expected"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
