package backplan.settings;

import backplan.base.UserFiles;
import backplan.catalog.Condition;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Profile;
import backplan.catalog.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * profile.yaml in the config directory: the conditions the person said apply to them. Its being there means the
 * question was answered, {@code conditions: []} included; checked like the plan, and replaced atomically on save.
 */
public final class ProfileFile {

    private static final String HEADER = """
            # backplan profile: the conditions that change which exercises are offered (some are left
            # out, some marked "with care"). Change it with `backplan profile set KEY...` (or `profile
            # set none`), or edit this list; `backplan profile` shows it and what it changes.
            # Conditions:\s""" + String.join(", ", Condition.keys()) + ".\n";

    private final Path path;

    public ProfileFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Whether the person has answered (the file is there, even empty of conditions). */
    public boolean exists() {
        return Files.exists(path);
    }

    /** The saved profile, or empty when there is none; every problem in the file is reported at its place. */
    public Optional<Profile> load() throws InvalidFileException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        YamlReader yaml = new YamlReader(path.toString());
        Optional<Node> root = yaml.parse(path);
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        if (root.isPresent()) {
            Node node = root.get();
            Map<String, Node> fields = yaml.mapping(node, "the profile", List.of("conditions")).orElse(null);
            if (fields != null && fields.containsKey("conditions")) {
                conditions(yaml, fields.get("conditions"), conditions);
            } else if (fields != null && !yaml.misspelt(node, "conditions")) {
                yaml.problem(node, "the profile is missing 'conditions' (a list such as [osteoporosis], or [] for"
                        + " none)");
            }
        }
        if (!yaml.ok()) {
            throw InvalidFileException.sorted(yaml.problems());
        }
        return Optional.of(new Profile(conditions));
    }

    private static void conditions(YamlReader yaml, Node node, Set<Condition> into) {
        yaml.sequence(node, "conditions").ifPresent(items -> {
            for (Node item : items) {
                yaml.text(item, "a condition").ifPresent(key -> {
                    Optional<Condition> c = Condition.fromKey(key);
                    if (c.isEmpty()) {
                        yaml.problem(item, Condition.unknown(key) + " (or [] for none)");
                    } else if (!into.add(c.get())) {
                        yaml.problem(item, "'" + key + "' is in the conditions twice");
                    }
                });
            }
        });
    }

    /**
     * Writes the profile to a temporary file and moves it into place, so a failure leaves the old file whole; a
     * profile that is a symbolic link is written through to its target. Health data: readable by its owner only.
     */
    public void save(Profile profile) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("conditions", profile.conditions().stream().map(Condition::key).toList());
        String text = HEADER + new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build())
                .dumpToString(doc);
        UserFiles.replace(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
