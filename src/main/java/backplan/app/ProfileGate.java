package backplan.app;

import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Profile;
import backplan.settings.ProfileFile;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The profile on the way into a session: asked once, on the first {@code start} on a terminal, right after the
 * safety note; then a session's exercises held to it. An exercise the profile says to avoid is done only when the
 * person says so on a terminal; otherwise it gives way to one that suits.
 */
public final class ProfileGate {

    /** How often a muddled answer is asked again before the question is left for next time. */
    private static final int TRIES = 3;

    private final ProfileFile file;
    private final Path hintShown;
    private final Prompts prompts;
    private final Output output;
    private Profile loaded;

    /**
     * @param hintShown a marker: the line that says {@code backplan profile set} exists was printed once, for a run
     *                  that could not ask
     */
    public ProfileGate(ProfileFile file, Path hintShown, Prompts prompts, Output output) {
        this.file = file;
        this.hintShown = hintShown;
        this.prompts = prompts;
        this.output = output;
    }

    /**
     * Whether the way into the session asks nothing on the command line (so the screen may be set up at once):
     * no profile question, and no "do it anyway?" that a profile with conditions could bring.
     */
    boolean asksNothing(boolean yes) {
        if (yes || !prompts.interactive()) {
            return true;
        }
        try {
            return file.exists() && saved() != null && saved().isNone();
        } catch (InvalidFileException e) {
            return false; // reported where the profile is read for the session
        }
    }

    private Profile saved() throws InvalidFileException {
        if (loaded == null) {
            loaded = file.load().orElse(null);
        }
        return loaded;
    }

    /**
     * The profile for this session: the saved one; else, on a terminal, the answer to the question (saved); else
     * none, and for a run that cannot ask, one line (once) saying how to set it.
     *
     * @param yes    {@code --yes}: a script, not asked
     * @param dryRun nothing is asked or said
     */
    Profile settle(boolean yes, boolean dryRun) throws IOException, InvalidFileException {
        Profile profile = saved();
        if (profile != null) {
            return profile;
        }
        if (dryRun) {
            return Profile.NONE;
        }
        if (yes || !prompts.interactive()) {
            hintOnce();
            return Profile.NONE;
        }
        Profile answered = ask();
        if (answered == null) {
            output.err().println("(not answered: no conditions for now; asked again next time)");
            return Profile.NONE;
        }
        try {
            file.save(answered);
            output.err().println("Saved your profile in " + file.path() + "; 'backplan profile' shows what it"
                    + " changes.");
        } catch (IOException e) {
            output.err().println("backplan: note: could not save the profile in " + file.path() + " ("
                    + IoFailure.describe(e) + "); you will be asked again");
        }
        loaded = answered;
        return answered;
    }

    private void hintOnce() {
        if (Files.exists(hintShown)) {
            return;
        }
        output.say("note: no profile, so no exercise is left out for a condition; 'backplan profile set"
                + " KEY...' says which apply (" + String.join(", ", Condition.keys()) + ")");
        try {
            UserFiles.replace(hintShown, "shown\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // said again next time: no harm
        }
    }

    /** The question, then the answer: null when no one answered. */
    private Profile ask() throws IOException {
        PrintWriter err = output.err();
        int room = output.width() > 0 ? output.width() - 1 : TextLayout.UNLIMITED;
        TextLayout.wrap("", "", "One question, asked once: do any of these apply to you? For each, some exercises"
                + " are left out or marked \"with care\"; 'backplan profile set' changes the answer later.", room)
                .forEach(err::println);
        Condition[] all = Condition.values();
        for (int i = 0; i < all.length; i++) {
            err.println("  " + (i + 1) + "  " + all[i].title());
        }
        err.flush();
        for (int tries = 0; tries < TRIES; tries++) {
            String line = prompts.ask("The numbers that apply (such as 2 5), or Enter for none:");
            if (line == null) {
                return null;
            }
            try {
                return answer(line);
            } catch (UsageException e) {
                TextLayout.wrap("", "  ", e.getMessage(), room).forEach(err::println);
            }
        }
        return null;
    }

    /** "2 5", "osteoporosis, sciatica", "none" or nothing: the conditions typed, by number or key. */
    static Profile answer(String line) {
        Condition[] all = Condition.values();
        Set<Condition> chosen = EnumSet.noneOf(Condition.class);
        for (String word : line.strip().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (word.isEmpty() || word.equals("none") || word.equals("0")) {
                continue;
            }
            if (word.matches("\\d+")) {
                int n = Integer.parseInt(word.length() > 3 ? "0" : word);
                if (n < 1 || n > all.length) {
                    throw new UsageException("'" + word + "' is not one of the numbers 1 to " + all.length);
                }
                chosen.add(all[n - 1]);
            } else {
                chosen.add(Condition.fromKey(word).orElseThrow(() -> new UsageException(Condition.unknown(word))));
            }
        }
        return new Profile(chosen);
    }

    /**
     * Holds a session's exercises to the profile. Those it avoids get a note each; on a terminal the person may
     * choose to do them anyway, else each gives way: to its category's first exercise that suits and is not in the
     * session already (for a plan or {@code --pick}), or is left out (for an exercise named on the command line).
     * Those done with care get one line per condition saying what care means.
     *
     * @param named the exercises were named on the command line, not chosen by category
     * @param ask   whether the person may be asked (a terminal, no {@code --yes}, not a dry run)
     * @return the session's exercises
     * @throws UsageException when nothing is left
     */
    List<Exercise> review(Catalog catalog, List<Exercise> chosen, Profile profile, boolean named, boolean ask)
            throws IOException {
        if (profile.isNone()) {
            return chosen;
        }
        PrintWriter err = output.err();
        List<Exercise> avoided = chosen.stream().filter(e -> !profile.suits(e)).toList();
        for (Exercise e : avoided) {
            note(e.name() + " (" + e.id() + ") is one to leave out with " + Condition.describe(profile.avoids(e))
                    + ", which your profile names ('backplan profile' shows what it changes).");
        }
        List<Exercise> session = chosen;
        if (!avoided.isEmpty() && !(ask && prompts.interactive()
                && prompts.confirm(avoided.size() == 1 ? "Do it anyway?" : "Do them anyway?", false))) {
            session = giveWay(catalog, chosen, profile, named);
            if (session.isEmpty()) {
                throw new UsageException("no exercise left for this session: your profile leaves out every one"
                        + " named ('backplan profile' shows why, 'backplan profile set' changes it)");
            }
        }
        careNotes(session, profile);
        err.flush();
        return session;
    }

    private List<Exercise> giveWay(Catalog catalog, List<Exercise> chosen, Profile profile, boolean named) {
        Set<Exercise> session = new LinkedHashSet<>(chosen);
        List<Exercise> out = new ArrayList<>();
        for (Exercise e : chosen) {
            if (profile.suits(e)) {
                out.add(e);
                continue;
            }
            Exercise instead = named ? null : profile.suitable(catalog.in(e.category())).stream()
                    .filter(other -> !session.contains(other)).findFirst().orElse(null);
            if (instead == null) {
                note("left " + e.name() + " out of this session.");
            } else {
                // a --pick names a category's whole list: only a category of one can be named in one
                boolean alone = chosen.stream().filter(other -> other.category() == e.category()).count() == 1;
                note("today: " + instead.name() + " (" + instead.id() + ") instead of " + e.name() + "; " + (alone
                        ? "'backplan plan set --pick " + e.category().key() + "=" + instead.id() + "' keeps it."
                        : "'backplan plan set --pick " + e.category().key() + "=ID ...' changes the plan."));
                session.add(instead);
                out.add(instead);
            }
        }
        return out;
    }

    private void careNotes(List<Exercise> session, Profile profile) {
        for (Condition c : profile.conditions()) {
            List<String> names = session.stream().filter(e -> profile.care(e).contains(c)).map(Exercise::name)
                    .distinct().toList();
            if (!names.isEmpty()) {
                note("with " + c.tag() + ", take care in " + String.join(", ", names) + ": " + c.care() + ".");
            }
        }
    }

    private void note(String text) {
        int room = output.width() > 0 ? output.width() - 1 : TextLayout.UNLIMITED;
        TextLayout.wrap("note: ", "  ", text, room).forEach(output.err()::println);
    }
}
