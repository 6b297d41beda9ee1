package backplan.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six categories of the routine, declared in session order: move first, stretch last. */
public enum Category {
    MOBILITY("Mobility", Part.MOBILITY),
    ABS("Front abs", Part.STRENGTH),
    BACK("Back", Part.STRENGTH),
    OBLIQUES("Obliques", Part.STRENGTH),
    GLUTES("Glutes", Part.STRENGTH),
    STRETCH("Stretching", Part.STRETCH);

    private final String title;
    private final Part part;

    Category(String title, Part part) {
        this.title = title;
        this.part = part;
    }

    /** The name used in catalogs and on the command line, such as {@code glutes}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    public Part part() {
        return part;
    }

    /**
     * How many of its exercises one session may hold: the trainer's one or two for the back and one or more (here
     * up to three) for the glutes; exactly one of every other category.
     */
    public int maxPicks() {
        return switch (this) {
            case BACK -> 2;
            case GLUTES -> 3;
            default -> 1;
        };
    }

    public static Optional<Category> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Category::key).toList();
    }
}
