package backplan.catalog;

import java.util.Locale;

/** Where an exercise comes from: the trainer's article, or a well-known gentle exercise we added. */
public enum Source {
    ARTICLE,
    COMMON;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
