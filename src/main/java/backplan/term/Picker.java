package backplan.term;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Part;
import backplan.catalog.Profile;
import backplan.program.EasierChoice;
import backplan.text.TextLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import backplan.session.Command;
import backplan.session.Rating;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The interactive choice of the session's exercises, category by category: arrows or digits, Enter to take,
 * {@code r} for random; for the back and the glutes it then asks whether to add another (one or two back
 * exercises, and one or more glute ones, here up to three to keep a session short). The person's profile leaves
 * out the exercises to avoid with their conditions and marks those to do with care.
 */
public final class Picker {

    private Picker() {}

    /** Opens the full screen, asks category by category, and returns the picks; null when the person quits. */
    public static Map<Category, List<Exercise>> pick(Tty tty, Catalog catalog,
            Map<Category, List<Exercise>> preselected, Profile profile, Map<Category, EasierChoice> offers)
            throws IOException {
        try (FullScreen screen = tty.open()) {
            return pick(screen, catalog, preselected, profile, offers);
        }
    }

    /**
     * One choice: a category's {@code slot}-th exercise (0 for its first). Going back from a category's first
     * slot lands on the previous category's last one.
     */
    private record Slot(int category, int slot) {}

    static Map<Category, List<Exercise>> pick(FullScreen screen, Catalog catalog,
            Map<Category, List<Exercise>> preselected) throws IOException {
        return pick(screen, catalog, preselected, Profile.NONE);
    }

    static Map<Category, List<Exercise>> pick(FullScreen screen, Catalog catalog,
            Map<Category, List<Exercise>> preselected, Profile profile) throws IOException {
        return pick(screen, catalog, preselected, profile, Map.of());
    }

    /** @param offers per category, the easier choice to offer first after an exercise hurt last time */
    static Map<Category, List<Exercise>> pick(FullScreen screen, Catalog catalog,
            Map<Category, List<Exercise>> preselected, Profile profile, Map<Category, EasierChoice> offers)
            throws IOException {
        Map<Category, List<Exercise>> chosen = new EnumMap<>(Category.class);
        preselected.forEach((c, list) -> chosen.put(c, new ArrayList<>(list)));
        List<Category> categories = new ArrayList<>(catalog.bySessionOrder().keySet());
        List<Slot> visited = new ArrayList<>(); // the way back
        Slot at = new Slot(0, 0);
        while (at.category() < categories.size()) {
            Category category = categories.get(at.category());
            List<Exercise> picked = chosen.computeIfAbsent(category, c -> new ArrayList<>());
            // An exercise already taken in an earlier slot of this category is not offered again.
            EasierChoice offer = offers.get(category);
            List<Exercise> options = new ArrayList<>(choices(catalog.in(category), profile, offer));
            options.removeAll(picked.subList(0, Math.min(at.slot(), picked.size())));
            Exercise before = at.slot() < picked.size() ? picked.get(at.slot()) : null;
            String note = null;
            if (offer != null && options.contains(offer.instead()) && (before == null || before.equals(offer.hurt()))) {
                before = offer.instead(); // highlighted, in place of the one that hurt
                note = offer.reason();
            }
            Integer index = choose(screen, category, at, categories.size(), options, Math.max(0,
                    options.indexOf(before)), profile, note);
            if (index == null) {
                return null;
            }
            if (index < 0) { // back
                if (!visited.isEmpty()) {
                    at = visited.remove(visited.size() - 1);
                }
                continue;
            }
            while (picked.size() > at.slot()) {
                picked.remove(picked.size() - 1); // a new choice here: what came after it is asked again
            }
            picked.add(options.get(index));
            visited.add(at);
            boolean room = picked.size() < category.maxPicks() && options.size() > 1;
            Answer answer = !room ? Answer.DONE : askAnother(screen, category, before != null
                    && preselected.getOrDefault(category, List.of()).size() > picked.size());
            switch (answer) {
                case QUIT -> {
                    return null;
                }
                case BACK -> visited.remove(visited.size() - 1); // choose this one again
                case ANOTHER -> at = new Slot(at.category(), at.slot() + 1);
                case DONE -> at = new Slot(at.category() + 1, 0);
            }
        }
        chosen.values().removeIf(List::isEmpty);
        return chosen;
    }

    /**
     * A category's choices for the profile: those it avoids left out; all of them, marked, when it avoids every one
     * (a catalog of one's own may have such a category), since a session still needs one of each.
     */
    static List<Exercise> offered(List<Exercise> category, Profile profile) {
        List<Exercise> suitable = profile.suitable(category);
        return suitable.isEmpty() ? category : suitable;
    }

    /**
     * A category's choices in the order the picker shows them: those the profile avoids left out (see
     * {@link #offered}), and the easier choice after a "hurt", when there is one, first.
     *
     * @param offer the category's easier choice, or null
     */
    public static List<Exercise> choices(List<Exercise> category, Profile profile, EasierChoice offer) {
        List<Exercise> options = new ArrayList<>(offered(category, profile));
        if (offer != null && options.remove(offer.instead())) {
            options.add(0, offer.instead());
        }
        return options;
    }

    /** The index chosen among {@code options}, -1 to go back, or null when the person quits. */
    private static Integer choose(FullScreen screen, Category category, Slot at, int steps, List<Exercise> options,
            int start, Profile profile, String note) throws IOException {
        int index = start;
        while (true) {
            int shown = index;
            screen.draw((w, h) -> render(category, at.category() + 1, steps, options, shown, at.slot(), profile,
                    note, w, h));
            if (!(screen.keys().read(0) instanceof KeyReader.Keystroke key)) { // no timeout: the end of reading
                return null;
            }
            switch (key.action()) {
                case UP -> index = (index + options.size() - 1) % options.size();
                case DOWN -> index = (index + 1) % options.size();
                case RANDOM -> index = ThreadLocalRandom.current().nextInt(options.size());
                case ENTER, TOGGLE, SKIP -> {
                    return index;
                }
                case BACK -> {
                    return -1;
                }
                case QUIT, INTERRUPT -> {
                    return null;
                }
                case DIGIT -> {
                    int n = key.typed().charAt(0) - '1';
                    if (n >= 0 && n < options.size()) {
                        index = n;
                    }
                }
                default -> {
                    // not a picker key
                }
            }
        }
    }

    /** What the person said to "add another?". */
    private enum Answer {
        ANOTHER,
        DONE,
        BACK,
        QUIT
    }

    /** "Add another back exercise?": y or n, Enter for the default, ← to choose the last one again. */
    private static Answer askAnother(FullScreen screen, Category category, boolean byDefault) throws IOException {
        while (true) {
            screen.draw((w, h) -> renderAnother(category, byDefault, w, h));
            if (!(screen.keys().read(0) instanceof KeyReader.Keystroke key)) { // no timeout: the end of reading
                return Answer.QUIT;
            }
            switch (key.action()) {
                case YES -> {
                    return Answer.ANOTHER;
                }
                case NO -> {
                    return Answer.DONE;
                }
                case ENTER -> {
                    return byDefault ? Answer.ANOTHER : Answer.DONE;
                }
                case BACK -> {
                    return Answer.BACK;
                }
                case QUIT, INTERRUPT -> {
                    return Answer.QUIT;
                }
                default -> {
                    // only y, n, Enter and ← answer
                }
            }
        }
    }

    /** The question whether to add another exercise of the category; pure, for tests. */
    static List<AttributedString> renderAnother(Category category, boolean byDefault, int width, int height) {
        int room = Math.max(1, width - 1);
        String name = category.title().toLowerCase(Locale.ROOT);
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        styled(out, TextLayout.wrap(" ", " ", "Add another " + name + " exercise?", room), AttributedStyle.BOLD);
        styled(out, TextLayout.wrap(" ", " ", "A session may hold " + (category.maxPicks() == 2 ? "one or two"
                : "one to " + category.maxPicks()) + " " + name + " exercises.", room), AttributedStyle.DEFAULT);
        out.add(AttributedString.EMPTY);
        styled(out, TextLayout.flow(" ", " ", List.of("y add one", "n go on", "Enter " + (byDefault ? "add one"
                : "go on"), "← back", "q quit"), " · ", room), AttributedStyle.DEFAULT.faint());
        return out.stream().limit(Math.max(1, height)).map(l -> CountdownScreen.fit(l, width)).toList();
    }

    /** Shown above the stretches: the trainer's point that stretching is personal. */
    static final String STRETCH_HINT = "Stretching is individual: pick the one that stretches where you feel tight.";

    /** The lines rows {@code from} to {@code to} take, both included. */
    private static int lines(List<List<String>> rows, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += rows.get(i).size();
        }
        return n;
    }

    /**
     * One category's choices, the current one highlighted, then what to know about it; pure, for tests. Each
     * choice is one line (name, prescription, equipment, and for stretches what it stretches), the name shortened
     * with "…" when needed; on a terminal too narrow for that, the name on one line and the rest wrapped below.
     * Only names are ever shortened.
     *
     * @param slot 0 for a category's first exercise, 1 for "another", and so on
     */
    static List<AttributedString> render(Category category, int step, int steps, List<Exercise> options, int index,
            int slot, int width, int height) {
        return render(category, step, steps, options, index, slot, Profile.NONE, null, width, height);
    }

    /**
     * @param profile marks each choice it avoids or asks care for, and says what care means for the current one
     * @param note    why the first choice is offered first (an exercise hurt last time), or null
     */
    static List<AttributedString> render(Category category, int step, int steps, List<Exercise> options, int index,
            int slot, Profile profile, String note, int width, int height) {
        int room = Math.max(1, width - 1); // the last column stays free, so the bottom row never scrolls
        boolean stretch = category.part() == Part.STRETCH;
        List<AttributedString> out = new ArrayList<>();
        styled(out, TextLayout.wrap(" ", " ", (slot == 0 ? "Choose one " : "Choose another ")
                + category.title().toLowerCase(Locale.ROOT) + " exercise  (" + step + "/" + steps + " · "
                + category.part().title() + ")", room), AttributedStyle.BOLD);
        if (note != null) {
            styled(out, TextLayout.wrap("  ! ", "    ", note, room), AttributedStyle.BOLD);
        }
        if (stretch) {
            styled(out, TextLayout.wrap(" ", " ", STRETCH_HINT, room), AttributedStyle.DEFAULT);
        }
        out.add(AttributedString.EMPTY);
        List<List<String>> rows = choices(options, index, stretch, profile, room);
        // on a short window the list scrolls so the highlighted choice is always on screen
        int room4rows = Math.max(1, height - 2 - out.size() - 1);
        int first = 0;
        while (first < index && lines(rows, first, index) > room4rows) {
            first++;
        }
        for (int i = first; i < rows.size(); i++) {
            styled(out, rows.get(i), i == index ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT);
        }
        out.add(AttributedString.EMPTY);
        Exercise current = options.get(index);
        if (stretch && !current.targets().isEmpty()) {
            styled(out, TextLayout.wrap(" Stretches: ", "   ", String.join(", ", current.targets()), room),
                    AttributedStyle.DEFAULT);
        }
        if (!current.equipment().isEmpty()) {
            styled(out, TextLayout.wrap(" You need: ", "   ", String.join(", ", current.equipment())
                    + " (besides a mat)", room), AttributedStyle.BOLD);
        }
        current.cautionNote().ifPresent(c -> styled(out, TextLayout.wrap("  ! ", "    ", c, room),
                AttributedStyle.DEFAULT));
        for (Condition c : profile.care(current)) {
            styled(out, TextLayout.wrap("  ! ", "    ", "With " + c.tag() + ": " + c.care() + ".", room),
                    AttributedStyle.DEFAULT);
        }
        if (!profile.suits(current)) {
            styled(out, TextLayout.wrap("  ! ", "    ", "One to leave out with "
                    + Condition.describe(profile.avoids(current)) + ": every choice here is, so take care.", room),
                    AttributedStyle.BOLD);
        }
        styled(out, TextLayout.wrap(" ", " ", current.breathing(), room), AttributedStyle.DEFAULT.italic());
        current.cues().forEach(c -> styled(out, TextLayout.wrap("  · ", "    ", c, room),
                AttributedStyle.DEFAULT.faint()));
        List<AttributedString> keys = new ArrayList<>();
        styled(keys, TextLayout.flow(" ", " ", List.of("↑↓ or 1-9 choose", "Enter take", "r random", "← back",
                "q quit"), " · ", room), AttributedStyle.DEFAULT.faint());
        int body = Math.max(1, height - keys.size());
        List<AttributedString> fitted = new ArrayList<>(out.stream().limit(body)
                .map(l -> CountdownScreen.fit(l, width)).toList());
        while (fitted.size() < body) {
            fitted.add(AttributedString.EMPTY);
        }
        keys.stream().limit(Math.max(0, height - fitted.size())).map(l -> CountdownScreen.fit(l, width))
                .forEach(fitted::add);
        return fitted;
    }

    /** The lines of each choice: one line when every choice fits on one, else two each. */
    private static List<List<String>> choices(List<Exercise> options, int index, boolean stretch, Profile profile,
            int room) {
        boolean gear = options.stream().anyMatch(e -> !e.equipment().isEmpty());
        List<TextLayout.Column> columns = new ArrayList<>(List.of(TextLayout.Column.keep(),
                TextLayout.Column.shorten(NAME_MIN), TextLayout.Column.keep()));
        if (gear) {
            columns.add(TextLayout.Column.keep());
        }
        if (stretch) {
            columns.add(TextLayout.Column.shorten(NAME_MIN));
        }
        TextLayout.Table table = new TextLayout.Table(" ", "  ", columns);
        for (int i = 0; i < options.size(); i++) {
            Exercise e = options.get(i);
            List<String> cells = new ArrayList<>(List.of(marker(i, index), named(e, profile),
                    e.prescription().format()));
            if (gear) {
                cells.add(needs(e));
            }
            if (stretch) {
                cells.add(String.join(", ", e.targets()));
            }
            table.row(cells);
        }
        return table.layout(room).orElseGet(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                Exercise e = options.get(i);
                String head = " " + marker(i, index) + " ";
                List<String> more = new ArrayList<>(List.of(e.prescription().format()));
                if (!e.equipment().isEmpty()) {
                    more.add(needs(e));
                }
                if (stretch && !e.targets().isEmpty()) {
                    more.add(String.join(", ", e.targets()));
                }
                String indent = " ".repeat(TextLayout.width(head));
                List<String> lines = new ArrayList<>();
                lines.add(head + TextLayout.shorten(named(e, profile), room - TextLayout.width(head)));
                lines.addAll(TextLayout.flow(indent, indent, more, " · ", room));
                rows.add(lines);
            }
            return rows;
        });
    }

    /** A choice's name with the profile's mark: {@code Cat to Cow (care: osteoporosis)}. */
    private static String named(Exercise e, Profile profile) {
        String tag = profile.tag(e);
        return tag.isEmpty() ? e.name() : e.name() + " " + tag;
    }

    /** The narrowest a shortened name may get in a one-line choice. */
    private static final int NAME_MIN = 12;

    private static String marker(int i, int index) {
        return (i == index ? "▶ " : "  ") + (i + 1) + ".";
    }

    /** What to have at hand besides a mat, as a choice shows it: {@code needs band}; empty when nothing. */
    private static String needs(Exercise e) {
        return e.equipment().isEmpty() ? "" : "needs " + String.join(", ", e.equipment());
    }

    private static void styled(List<AttributedString> out, List<String> lines, AttributedStyle style) {
        lines.forEach(l -> out.add(new AttributedString(l, style)));
    }

    /**
     * Asks for a 0-10 rating on the open screen: digits, Backspace, Enter. Out-of-range input gets a one-line hint
     * and the question stays; Enter with nothing typed, Esc or q skips. Null when skipped. A decimal point or comma
     * is shown where it was typed and refused with a hint, so "5.5" never becomes 55 nor "0.5" 5.
     */
    public static Integer askPain(FullScreen screen, String question) throws IOException {
        StringBuilder typed = new StringBuilder();
        String hint = "";
        while (true) {
            List<String> text = List.of("", " " + question, " Type 0 to 10, then Enter. Enter alone skips.",
                    " > " + typed + "_", " 0 = no pain at all, 10 = the worst you can imagine.", " " + hint);
            screen.draw((w, h) -> {
                List<AttributedString> lines = new ArrayList<>();
                for (int i = 0; i < text.size(); i++) {
                    AttributedStyle style = i == 1 || i == 3 ? AttributedStyle.BOLD
                            : i == 5 ? AttributedStyle.BOLD.foreground(AttributedStyle.RED)
                            : AttributedStyle.DEFAULT.faint();
                    lines.addAll(CountdownScreen.wrap(new AttributedString(text.get(i), style), w - 1));
                }
                return lines.stream().limit(h).map(l -> CountdownScreen.fit(l, w)).toList();
            });
            if (!(screen.keys().read(0) instanceof KeyReader.Keystroke key)) { // no timeout: the end of reading
                return null;
            }
            boolean fraction = typed.indexOf(".") >= 0;
            switch (key.action()) {
                case DIGIT -> {
                    if (!fraction && typed.length() < 2) {
                        typed.append(key.typed());
                    }
                    hint = fraction ? wholeNumbers(typed) : Integer.parseInt(typed.toString()) > 10
                            ? typed + " is more than 10: Backspace, then a number from 0 to 10." : "";
                }
                case BACK -> {
                    if (!typed.isEmpty()) {
                        typed.setLength(typed.length() - 1);
                    }
                    hint = "";
                }
                case ENTER -> {
                    if (typed.isEmpty()) {
                        return null;
                    }
                    if (fraction) {
                        hint = wholeNumbers(typed);
                        continue;
                    }
                    int value = Integer.parseInt(typed.toString());
                    if (value <= 10) {
                        return value;
                    }
                    hint = typed + " is more than 10: Backspace, then a number from 0 to 10.";
                }
                case QUIT, INTERRUPT -> {
                    return null;
                }
                default -> {
                    if (key.typed().equals(".") || key.typed().equals(",")) {
                        if (!fraction) {
                            typed.append('.');
                        }
                        hint = wholeNumbers(typed);
                    } else {
                        hint = "Only digits, Backspace and Enter here (Esc skips).";
                    }
                }
            }
        }
    }

    /** The hint for a rating typed with a decimal point ({@code typed} ends with it): the scale has no halves. */
    static String wholeNumbers(CharSequence typed) {
        String before = typed.toString().substring(0, typed.length() - 1);
        int n = before.isEmpty() ? -1 : Integer.parseInt(before);
        return "Whole numbers only, 0 to 10: Backspace, then " + (n >= 0 && n < 10 ? n + " or " + (n + 1)
                : "a number from 0 to 10") + ".";
    }

    /**
     * Asks how an exercise went, one key: 1 easy, 2 fine, 3 hard, 4 hurt; Enter or Esc skips (null), as does a
     * signal or the end of input.
     */
    public static Rating askRating(FullScreen screen, String question) throws IOException {
        String hint = "";
        while (true) {
            List<String> text = List.of("", " " + question, " 1 easy   2 fine   3 hard   4 hurt", " Enter skips.",
                    " " + hint);
            screen.draw((w, h) -> {
                List<AttributedString> lines = new ArrayList<>();
                for (int i = 0; i < text.size(); i++) {
                    AttributedStyle style = i == 1 || i == 2 ? AttributedStyle.BOLD
                            : i == 4 ? AttributedStyle.BOLD.foreground(AttributedStyle.RED)
                            : AttributedStyle.DEFAULT.faint();
                    lines.addAll(CountdownScreen.wrap(new AttributedString(text.get(i), style), w - 1));
                }
                return lines.stream().limit(h).map(l -> CountdownScreen.fit(l, w)).toList();
            });
            if (!(screen.keys().read(0) instanceof KeyReader.Keystroke key)) { // no timeout: the end of reading
                return null;
            }
            switch (key.action()) {
                case DIGIT -> {
                    Command rated = TerminalControls.rating(key.typed());
                    if (rated != null) {
                        return rated.rating();
                    }
                    hint = "1, 2, 3 or 4; Enter skips.";
                }
                case ENTER, QUIT, INTERRUPT -> {
                    return null;
                }
                default -> hint = "1, 2, 3 or 4; Enter skips.";
            }
        }
    }
}
