package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.Condition;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Profile;
import backplan.settings.ProfileFile;
import backplan.text.Json;
import backplan.text.ProfileText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code backplan profile}: the conditions that change which exercises are offered, shown and set. */
public final class Profiles {

    private final ActiveCatalog activeCatalog;
    private final ProfileFile file;
    private final Output output;

    public Profiles(ActiveCatalog activeCatalog, ProfileFile file, Output output) {
        this.activeCatalog = activeCatalog;
        this.file = file;
        this.output = output;
    }

    /** The saved profile, or none when the person has not said; a broken file is an error at its place. */
    public Profile load() throws InvalidFileException {
        return file.load().orElse(Profile.NONE);
    }

    /** {@code profile}: the conditions, and what they leave out and mark in the catalog in use. */
    public int show(boolean json) throws InvalidFileException {
        Profile profile = file.load().orElse(null);
        PrintWriter out = output.out();
        if (json) {
            Catalog catalog = activeCatalog.load();
            Json.write(out, true, g -> Json.profile(g, profile, catalog));
            out.println();
            return ExitCode.OK;
        }
        new ProfileText(output.styles(), output.width()).lines(profile, activeCatalog.load()).forEach(out::println);
        return ExitCode.OK;
    }

    /**
     * {@code profile set KEY...}: the whole profile, checked before anything is written; a broken file is reported,
     * never overwritten unread.
     */
    public int set(List<String> keys) throws InvalidFileException, IOException {
        Profile next = parse(keys);
        file.load();
        file.save(next);
        output.out().println("Saved your profile in " + file.path() + "."); // whole, as plan set says where
        new ProfileText(output.styles(), output.width()).lines(next, activeCatalog.load())
                .forEach(output.out()::println);
        return ExitCode.OK;
    }

    /** Condition keys as typed (commas also separate them), or {@code none} alone for none. */
    static Profile parse(List<String> typed) {
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        boolean none = false;
        int words = 0;
        for (String arg : typed) {
            for (String word : arg.split(",")) {
                String key = word.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                words++;
                if (key.equals("none")) {
                    none = true;
                } else {
                    conditions.add(Condition.fromKey(key).orElseThrow(() -> new UsageException(
                            Condition.unknown(word.strip()) + ", or none")));
                }
            }
        }
        if (words == 0) {
            throw new UsageException("name the conditions that apply, such as 'profile set osteoporosis', or 'profile"
                    + " set none'; the conditions are " + String.join(", ", Condition.keys()));
        }
        if (none && !conditions.isEmpty()) {
            throw new UsageException("'none' goes alone: 'profile set none' clears the profile, 'profile set "
                    + Condition.keys().get(0) + "' names one");
        }
        return new Profile(conditions);
    }
}
