package backplan.catalog;

import java.util.Locale;

/** The three parts of the routine, in the order they are done. */
public enum Part {
    MOBILITY("Part I: mobility"),
    STRENGTH("Part II: strength"),
    STRETCH("Part III: stretching");

    private final String title;

    Part(String title) {
        this.title = title;
    }

    /** The name a user types, such as {@code strength}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }
}
