package backplan.figure;

import backplan.catalog.FigureReader;
import backplan.catalog.Problem;
import backplan.catalog.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** The key poses of every bundled exercise, from {@code figures/bundled.yaml}, by exercise id. */
final class Fixture {

    private Fixture() {}

    static Map<String, Figure> figures() {
        String path = System.getProperty("backplan.figures.fixture");
        try (InputStream in = path != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(path))
                : Fixture.class.getResourceAsStream("/figures/bundled.yaml")) {
            YamlReader yaml = new YamlReader("bundled.yaml");
            Node root = yaml.parse(in.readAllBytes()).orElseThrow(() -> new AssertionError(yaml.problems()));
            Map<String, Figure> out = new LinkedHashMap<>();
            FigureReader reader = new FigureReader(yaml);
            for (Node item : yaml.sequence(root, "poses").orElseThrow()) {
                Map<String, Node> f = yaml.mapping(item, "an entry", Set.of("id", "figure")).orElseThrow();
                String id = yaml.text(f.get("id"), "id").orElseThrow();
                reader.figure(f.get("figure")).ifPresent(fig -> out.put(id, fig));
            }
            if (!yaml.ok()) {
                throw new AssertionError(String.join("\n", yaml.problems().stream().map(Problem::toString)
                        .toList()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids() {
        return List.copyOf(figures().keySet());
    }
}
