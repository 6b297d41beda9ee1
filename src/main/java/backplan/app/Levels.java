package backplan.app;

import backplan.catalog.Exercise;
import backplan.catalog.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which level each of today's exercises is done at: the one asked for on the command line, else the plan's, else
 * the first. A level that does not exist, or a level for an exercise without levels, is a usage error, never
 * ignored in silence.
 */
final class Levels {

    private Levels() {}

    /**
     * The level of each chosen exercise that has levels: given on the command line, else the plan's, else 1.
     *
     * @param asked     {@code --level} by exercise id; the key "" holds a level given without an id
     * @param fromPlan  the plan's saved levels by exercise id
     * @return the level by id for every chosen exercise that has levels
     */
    static Map<String, Integer> resolve(List<Exercise> chosen, Map<String, Integer> asked,
            Map<String, Integer> fromPlan) {
        List<Exercise> leveled = chosen.stream().filter(e -> !e.levels().isEmpty()).toList();
        Map<String, Integer> levels = new LinkedHashMap<>();
        leveled.forEach(e -> levels.put(e.id(), fromPlan.getOrDefault(e.id(), 1)));
        asked.forEach((id, level) -> {
            Exercise e = id.isEmpty() ? theOneWithLevels(chosen, leveled, level) : named(chosen, id, level);
            check(e, level, id.isEmpty() ? "--level " + level : "--level " + id + "=" + level);
            levels.put(e.id(), level);
        });
        levels.replaceAll((id, level) -> Math.min(level, levelsOf(chosen, id)));
        return levels;
    }

    private static Exercise theOneWithLevels(List<Exercise> chosen, List<Exercise> leveled, int level) {
        if (leveled.isEmpty()) {
            String names = chosen.size() == 1 ? chosen.get(0).name() + " has"
                    : "none of today's exercises (" + chosen.stream().map(Exercise::name)
                            .collect(Collectors.joining(", ")) + ") has";
            throw new UsageException("--level " + level + ": " + names + " no levels");
        }
        if (leveled.size() > 1) {
            throw new UsageException("--level " + level + ": several of today's exercises have levels ("
                    + leveled.stream().map(Exercise::id).collect(Collectors.joining(", "))
                    + "); say which, as --level ID=" + level);
        }
        return leveled.get(0);
    }

    private static Exercise named(List<Exercise> chosen, String id, int level) {
        return chosen.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("--level " + id + "=" + level + ": " + id
                        + " is not in today's session"));
    }

    private static void check(Exercise e, int level, String option) {
        if (e.levels().isEmpty()) {
            throw new UsageException(option + ": " + e.name() + " has no levels");
        }
        if (level > e.levels().size()) {
            throw new UsageException(option + ": " + e.name() + " has " + Level.describe(e.levels()));
        }
    }

    private static int levelsOf(List<Exercise> chosen, String id) {
        return chosen.stream().filter(e -> e.id().equals(id)).mapToInt(e -> e.levels().size()).findFirst()
                .orElse(1);
    }
}
