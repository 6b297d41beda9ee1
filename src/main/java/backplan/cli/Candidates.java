package backplan.cli;

import backplan.catalog.CatalogLoader;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Part;
import backplan.settings.Setting;
import backplan.sound.SoundMode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shells offer for an option's or parameter's value, as typed on the command line (lower case, as the help
 * says them). Each is an {@link Iterable} for picocli's {@code completionCandidates}.
 */
final class Candidates {

    private Candidates() {}

    /**
     * Values that depend on the word before them, such as {@code config set KEY VALUE}: the shells offer the values
     * of the key typed; the plain iteration gives them all, for a shell that cannot tell.
     */
    interface Keyed extends Iterable<String> {

        /** The values for each key; a key with none is left out. */
        Map<String, List<String>> byKey();

        @Override
        default Iterator<String> iterator() {
            return byKey().values().stream().flatMap(List::stream).distinct().iterator();
        }
    }

    /**
     * {@code KEY=VALUE} pairs, such as {@code glutes=clamshell}: the iteration gives the pairs; bash, which splits a
     * word at its {@code =}, offers the values of the key typed.
     */
    interface Pairs extends Iterable<String> {

        /** The values for each key. */
        Map<String, List<String>> byKey();

        @Override
        default Iterator<String> iterator() {
            return byKey().entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                    .iterator();
        }
    }

    /** {@code --sound}: auto, tones, bell, off. */
    static final class SoundModes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SoundMode.values()).map(SoundMode::key).iterator();
        }
    }

    /** {@code --part}: mobility, strength, stretch. */
    static final class Parts implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Part.values()).map(Part::key).iterator();
        }
    }

    /** {@code --pick CATEGORY=ID}: every pair the bundled catalog holds, such as {@code glutes=clamshell}. */
    static final class Picks implements Pairs {
        @Override
        public Map<String, List<String>> byKey() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try {
                CatalogLoader.loadBundled().bySessionOrder().forEach((category, exercises) ->
                        out.put(category.key(), exercises.stream().map(Exercise::id).toList()));
            } catch (InvalidFileException e) {
                // nothing to offer
            }
            return out;
        }
    }

    /** The keys of settings.yaml. */
    static final class SettingKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Setting.keys().iterator();
        }
    }

    /** A setting's values, for the key before them: {@code sound} offers its modes, a flag true and false. */
    static final class SettingValues implements Keyed {
        @Override
        public Map<String, List<String>> byKey() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Setting s : Setting.values()) {
                if (!s.choices().isEmpty()) {
                    out.put(s.key(), s.choices());
                }
            }
            return out;
        }
    }
}
