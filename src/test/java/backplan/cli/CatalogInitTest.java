package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backplan catalog init}: the bundled catalog, with its comments, as the start of one's own. */
class CatalogInitTest {

    private static final Path BUNDLED = Path.of("exercises.yaml");

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private Path configCatalog() {
        return home.resolve("config/backplan/exercises.yaml");
    }

    @Test
    void writesTheBundledCatalogWhereBackplanLooksAndValidatePassesOnIt() throws IOException {
        Cli.Result r = cli().run("catalog", "init");
        assertEquals(0, r.code(), r.dump());
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(configCatalog()), "byte for byte");
        assertTrue(Files.readString(configCatalog()).startsWith("# backplan exercise catalog\n"), "with its comments");
        assertTrue(r.out().startsWith("Wrote the bundled catalog (26 exercises, with comments that explain it) to "
                + configCatalog() + ".\nbackplan uses it from now on."), r.dump());
        assertTrue(r.out().contains("man 5 backplan-catalog"), r.dump());

        Cli.Result valid = cli().run("validate");
        assertEquals(0, valid.code(), valid.dump());
        assertEquals("OK: 26 exercises in 6 categories (" + configCatalog() + ")\n", valid.out(), "it is in use");
    }

    @Test
    void neverReplacesAFileUnlessForced() throws IOException {
        assertEquals(0, cli().run("catalog", "init").code());
        String edited = Files.readString(configCatalog()).replace("name: Cat to Cow", "name: My Cat Cow");
        Files.writeString(configCatalog(), edited);

        Cli.Result again = cli().run("catalog", "init");
        assertEquals(1, again.code(), again.dump());
        assertEquals("backplan: " + configCatalog() + " already exists: edit it as it is, or replace it with the"
                + " bundled catalog by 'backplan catalog init --force' (your changes in it are then lost)\n",
                again.err());
        assertEquals("", again.out());
        assertEquals(edited, Files.readString(configCatalog()), "left as it was");

        Cli.Result forced = cli().run("catalog", "init", "--force");
        assertEquals(0, forced.code(), forced.dump());
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(configCatalog()));
    }

    @Test
    void aFileNamedGetsItsFoldersAndSaysHowToUseIt() throws IOException {
        Path file = home.resolve("my catalogs/back/mine.yaml");
        Cli.Result r = cli().run("catalog", "init", file.toString());
        assertEquals(0, r.code(), r.dump());
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(file));
        assertFalse(Files.exists(configCatalog()), "only where it was asked");
        assertTrue(r.out().contains("check it with 'backplan validate " + file + "'. Use it with --catalog or"
                + " BACKPLAN_CATALOG"), r.dump());
        assertEquals(0, cli().run("--catalog", file.toString(), "validate").code());

        Cli.Result exists = cli().run("catalog", "init", file.toString());
        assertEquals(1, exists.code(), exists.dump());
        assertTrue(exists.err().contains("'backplan catalog init --force " + file + "'"), exists.dump());
    }

    @Test
    void theCatalogOptionAndTheVariableSayWhereItGoes() throws IOException {
        Path option = home.resolve("option.yaml");
        Cli.Result r = cli().run("--catalog", option.toString(), "catalog", "init");
        assertEquals(0, r.code(), r.dump());
        assertTrue(Files.exists(option), r.dump());
        assertTrue(r.out().contains("backplan uses it from now on"), "--catalog names it: " + r.dump());

        Path variable = home.resolve("variable.yaml");
        Cli.Result v = cli().env("BACKPLAN_CATALOG", variable.toString()).run("catalog", "init");
        assertEquals(0, v.code(), v.dump());
        assertTrue(Files.exists(variable), v.dump());
        assertFalse(Files.exists(configCatalog()));
    }

    @Test
    void aDashWritesItToStandardOutput() throws IOException {
        Cli.Result r = cli().run("catalog", "init", "-");
        assertEquals(0, r.code(), r.dump());
        assertEquals(Files.readString(BUNDLED, StandardCharsets.UTF_8), r.out());
        assertFalse(Files.exists(configCatalog()));
    }
}
