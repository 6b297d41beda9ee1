package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be catalogs before their content is even read: each gives one clear problem. */
class CatalogLoaderPathTest {

    @TempDir
    Path dir;

    static List<String> problems(Path path) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> CatalogLoader.load(path));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aDirectory() {
        assertEquals(List.of(dir + ": is a directory, not a file"), problems(dir));
    }

    @Test
    void aMissingFile() {
        Path missing = dir.resolve("nope.yaml");

        assertEquals(List.of(missing + ": no such file"), problems(missing));
    }

    @Test
    void aFileInAMissingDirectory() {
        Path missing = dir.resolve("nope/exercises.yaml");

        assertEquals(List.of(missing + ": no such file"), problems(missing));
    }

    @Test
    void anUnreadableFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("locked.yaml"), "exercises: []\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads any file");

        assertEquals(List.of(file + ": cannot read the file: permission denied"), problems(file));
    }

    @Test
    void aFileOverOneMebibyte() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, comments(YamlReader.MAX_BYTES + 1));

        assertEquals(List.of(big + ": the file is larger than 1 MiB, far more than a hand-written file needs: is it"
                + " the right file?"), problems(big));
    }

    @Test
    void bytesOverOneMebibyteGiveTheSameProblem() {
        InvalidFileException e = assertThrows(InvalidFileException.class,
                () -> CatalogLoader.parse("big.yaml", comments(YamlReader.MAX_BYTES + 1)));

        assertEquals(List.of("big.yaml: the file is larger than 1 MiB, far more than a hand-written file needs: is it"
                + " the right file?"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead() throws IOException {
        Path limit = dir.resolve("limit.yaml");
        Files.write(limit, comments(YamlReader.MAX_BYTES));

        assertEquals(List.of(limit + ": the file is empty (only blanks or comments)"), problems(limit));
    }

    @Test
    void aFileWithAnUnusualNameIsNamedAsGiven() throws IOException {
        Path odd = Files.writeString(dir.resolve("my catalog: v2.yaml"), "exercises: []\n", StandardCharsets.UTF_8);

        assertEquals(List.of(odd + ":1:12: the catalog has no exercises"), problems(odd));
    }

    /** A comment-only YAML text of exactly {@code size} bytes. */
    private static byte[] comments(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        for (int i = 0; i < size; i += 80) {
            bytes[i] = '#';
            if (i + 79 < size) {
                bytes[i + 79] = '\n';
            }
        }
        return bytes;
    }
}
