package backplan.term;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The interactive choice of one exercise per category: arrows or digits, Enter to take, {@code r} for random. */
public final class Picker {

    private Picker() {}

    /** Opens the full screen, asks category by category, and returns the picks; null when the person quits. */
    public static Map<Category, Exercise> pick(Catalog catalog, Map<Category, Exercise> preselected)
            throws IOException {
        try (FullScreen screen = FullScreen.open()) {
            return pick(screen, catalog, preselected);
        }
    }

    static Map<Category, Exercise> pick(FullScreen screen, Catalog catalog, Map<Category, Exercise> preselected)
            throws IOException {
        Map<Category, Exercise> chosen = new EnumMap<>(Category.class);
        chosen.putAll(preselected);
        List<Category> categories = new ArrayList<>(catalog.bySessionOrder().keySet());
        int i = 0;
        while (i < categories.size()) {
            Category category = categories.get(i);
            List<Exercise> options = catalog.in(category);
            int index = Math.max(0, options.indexOf(chosen.get(category)));
            boolean moved = false;
            while (!moved) {
                int at = index;
                int step = i;
                screen.draw((w, h) -> render(category, step + 1, categories.size(), options, at, w, h));
                KeyReader.Keystroke key = screen.keys().read(0);
                if (key == KeyReader.END) {
                    return null;
                }
                switch (key.action()) {
                    case UP -> index = (index + options.size() - 1) % options.size();
                    case DOWN -> index = (index + 1) % options.size();
                    case RANDOM -> index = ThreadLocalRandom.current().nextInt(options.size());
                    case ENTER, TOGGLE, SKIP -> {
                        chosen.put(category, options.get(index));
                        i++;
                        moved = true;
                    }
                    case BACK -> {
                        if (i > 0) {
                            i--;
                            moved = true;
                        }
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
        return chosen;
    }

    /** Shown above the stretches: the trainer's point that stretching is personal. */
    static final String STRETCH_HINT = "Stretching is individual: pick the one that stretches where you feel tight.";

    /**
     * One category's choices, the current one highlighted, then what to know about it; pure, for tests. Each
     * choice is one line (name, prescription, equipment, and for stretches what it stretches), the name shortened
     * with "…" when needed; on a terminal too narrow for that, the name on one line and the rest wrapped below.
     * Only names are ever shortened.
     */
    static List<AttributedString> render(Category category, int step, int steps, List<Exercise> options, int index,
            int width, int height) {
        int room = Math.max(1, width - 1); // the last column stays free, so the bottom row never scrolls
        boolean stretch = category.part() == Part.STRETCH;
        List<AttributedString> out = new ArrayList<>();
        styled(out, TextLayout.wrap(" ", " ", "Choose one " + category.title().toLowerCase(Locale.ROOT)
                + " exercise  (" + step + "/" + steps + " · " + category.part().title() + ")", room), AttributedStyle.BOLD);
        if (stretch) {
            styled(out, TextLayout.wrap(" ", " ", STRETCH_HINT, room), AttributedStyle.DEFAULT);
        }
        out.add(AttributedString.EMPTY);
        List<List<String>> rows = choices(options, index, stretch, room);
        for (int i = 0; i < rows.size(); i++) {
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
    private static List<List<String>> choices(List<Exercise> options, int index, boolean stretch, int room) {
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
            List<String> cells = new ArrayList<>(List.of(marker(i, index), e.name(), e.prescription().format()));
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
                lines.add(head + TextLayout.shorten(e.name(), room - TextLayout.width(head)));
                lines.addAll(TextLayout.flow(indent, indent, more, " · ", room));
                rows.add(lines);
            }
            return rows;
        });
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
     * and the question stays; Enter with nothing typed, Esc or q skips. Null when skipped.
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
            KeyReader.Keystroke key = screen.keys().read(0);
            if (key == KeyReader.END) {
                return null;
            }
            switch (key.action()) {
                case DIGIT -> {
                    typed.append(key.typed());
                    int value = Integer.parseInt(typed.toString());
                    hint = "";
                    if (value > 10 || typed.length() > 2) {
                        hint = typed + " is more than 10: type a number from 0 to 10.";
                        typed.setLength(0);
                    }
                }
                case BACK -> {
                    if (!typed.isEmpty()) {
                        typed.setLength(typed.length() - 1);
                    }
                    hint = "";
                }
                case ENTER -> {
                    return typed.isEmpty() ? null : Integer.parseInt(typed.toString());
                }
                case QUIT, INTERRUPT -> {
                    return null;
                }
                default -> hint = "Only digits, Backspace and Enter here (Esc skips).";
            }
        }
    }
}
