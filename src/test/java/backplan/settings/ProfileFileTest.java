package backplan.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backplan.catalog.Condition;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Problem;
import backplan.catalog.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profile.yaml: saved and read back, through links, and every problem of a broken one at its place. */
class ProfileFileTest {

    @TempDir
    Path dir;

    private List<String> problems(String text) throws Exception {
        Path path = dir.resolve("profile.yaml");
        Files.writeString(path, text);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new ProfileFile(path).load());
        return e.problems().stream().map(Problem::toString).map(p -> p.replace(path.toString(), "profile.yaml"))
                .toList();
    }

    @Test
    void noFileMeansNotAnswered() throws Exception {
        ProfileFile file = new ProfileFile(dir.resolve("profile.yaml"));
        assertEquals(Optional.empty(), file.load());
        assertFalse(file.exists());
    }

    @Test
    void aProfileReadsBackAndNoneIsAnAnswerToo() throws Exception {
        ProfileFile file = new ProfileFile(dir.resolve("config/profile.yaml"));
        file.save(Profile.of(Condition.SPINAL_STENOSIS, Condition.OSTEOPOROSIS));
        assertEquals(Optional.of(Profile.of(Condition.OSTEOPOROSIS, Condition.SPINAL_STENOSIS)), file.load());
        String text = Files.readString(file.path());
        assertTrue(text.startsWith("# backplan profile:"), text);
        assertTrue(text.endsWith("conditions:\n- osteoporosis\n- spinal-stenosis\n"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())),
                "health data: the owner's only");

        file.save(Profile.NONE);
        assertEquals(Optional.of(Profile.NONE), file.load(), "answered 'none': the question is not asked again");
        assertTrue(Files.readString(file.path()).endsWith("conditions: []\n"));
        try (Stream<Path> left = Files.list(file.path().getParent())) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void aProfileThatIsALinkIsSavedThroughItAndTheLinkStays() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("profile.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("profile.yaml"), Path.of("dotfiles/profile.yaml"));
        new ProfileFile(link).save(Profile.of(Condition.WRIST_TROUBLE));
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).endsWith("- wrist-trouble\n"));
    }

    @Test
    void aHandEditedListInFlowStyleReads() throws Exception {
        Path path = Files.writeString(dir.resolve("profile.yaml"), "conditions: [sciatica, hip-replacement]\n");
        assertEquals(Optional.of(Profile.of(Condition.SCIATICA, Condition.HIP_REPLACEMENT)),
                new ProfileFile(path).load());
    }

    @Test
    void anUnknownConditionIsReportedAtItsPlaceWithADidYouMean() throws Exception {
        assertEquals(List.of("profile.yaml:1:25: unknown condition 'osteoprosis' (did you mean 'osteoporosis'?); the"
                + " conditions are pregnancy, osteoporosis, hip-replacement, sciatica, spinal-stenosis, wrist-trouble"
                + " (or [] for none)"), problems("conditions: [pregnancy, osteoprosis]\n"));
    }

    @Test
    void otherMistakesAreReportedAtTheirPlaces() throws Exception {
        assertEquals(List.of("profile.yaml:3:3: 'sciatica' is in the conditions twice"),
                problems("conditions:\n- sciatica\n- sciatica\n"));
        assertEquals(List.of("profile.yaml:1:13: conditions must be a list, not 'osteoporosis'"),
                problems("conditions: osteoporosis\n"));
        assertEquals(List.of("profile.yaml:1:1: unknown key 'condition' in the profile (did you mean 'conditions'?)"),
                problems("condition: [sciatica]\n"));
        assertEquals(List.of("profile.yaml: the file is empty (only blanks or comments)"), problems("# nothing\n"));
    }
}
