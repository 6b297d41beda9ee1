package backplan.settings;

import backplan.base.UserFiles;
import backplan.catalog.InvalidFileException;
import backplan.catalog.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;

/** settings.yaml in the config directory: checked like the plan, and replaced atomically on save. */
public final class SettingsFile {

    private static final String HEADER = """
            # backplan settings. Change them with `backplan config set KEY VALUE`, or edit this file;
            # `backplan config` lists every key with its value.
            """;

    private final Path path;

    public SettingsFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /**
     * The saved settings, or none when there is no file or it holds nothing (only comments, or no text at all: every
     * key keeps its default); every problem in the file is reported at its place.
     */
    public Settings load() throws InvalidFileException {
        if (!Files.exists(path)) {
            return Settings.NONE;
        }
        YamlReader yaml = new YamlReader(path.toString()).allowingEmpty();
        Optional<Node> root = yaml.parse(path).filter(node -> !YamlReader.isNull(node));
        Map<Setting, Object> values = new LinkedHashMap<>();
        root.flatMap(node -> yaml.mapping(node, "the settings", Setting.keys())).ifPresent(entries ->
                entries.forEach((key, node) -> {
                    Setting setting = Setting.fromKey(key).orElseThrow();
                    setting.read(yaml, node).ifPresent(value -> values.put(setting, value));
                }));
        if (!yaml.ok()) {
            throw InvalidFileException.sorted(yaml.problems());
        }
        return new Settings(values);
    }

    /**
     * Writes the settings to a temporary file and moves it into place, so a failure leaves the old file whole. With
     * nothing set, removes the file; but a symbolic link (into a dotfiles repository, say) is the person's own
     * arrangement: it stays, and the file it points to keeps only the header, which reads as nothing set.
     */
    public void save(Settings settings) throws IOException {
        String text = HEADER;
        if (settings.values().isEmpty()) {
            if (!Files.isSymbolicLink(path)) {
                Files.deleteIfExists(path);
                return;
            }
            if (!Files.exists(path)) {
                return; // a link to no file: there is nothing to unset
            }
        } else {
            Map<String, Object> doc = new LinkedHashMap<>();
            settings.values().forEach((setting, value) -> doc.put(setting.key(), setting.yaml(value)));
            text += new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(doc);
        }
        UserFiles.replace(path, text.getBytes(StandardCharsets.UTF_8)); // through a symbolic link, whole or not at all
    }
}
