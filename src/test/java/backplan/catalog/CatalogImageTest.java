package backplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;


import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build-time image of the bundled catalog says exactly what exercises.yaml says. */
class CatalogImageTest {

    @Test
    void theImageInTheBuildEqualsTheCatalogReadFromItsYaml() throws Exception {
        Catalog fromYaml = CatalogLoader.loadBundledYaml();
        Catalog fromImage = CatalogImage.readBundled();
        assertNotNull(fromImage, "the build writes backplan/exercises.bin beside the classes");
        assertEquals(fromYaml, fromImage);
        assertEquals(fromYaml, CatalogLoader.loadBundled(), "and it is what every command loads");
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() throws Exception {
        for (Path file : new Path[] {Path.of("exercises.yaml"),
                Path.of("src/test/resources/catalogs/fixtures/engine.yaml")}) {
            Catalog catalog = CatalogLoader.parse(file.toString(), Files.readAllBytes(file));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CatalogImage.write(catalog, bytes);
            assertEquals(catalog, CatalogImage.read(new ByteArrayInputStream(bytes.toByteArray())), file.toString());
        }
    }

    @Test
    void somethingElseIsNotReadAsAnImage() {
        assertThrows(IOException.class, () -> CatalogImage.read(new ByteArrayInputStream("version: 1\n".getBytes(StandardCharsets.UTF_8))));
    }
}
