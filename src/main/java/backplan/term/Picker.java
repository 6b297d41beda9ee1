package backplan.term;

import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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

    /** One category's choices, the current one highlighted; pure, for tests. */
    static List<AttributedString> render(Category category, int step, int steps, List<Exercise> options, int index,
            int width, int height) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(" Choose one " + category.title().toLowerCase(java.util.Locale.ROOT)
                + " exercise  (" + step + "/" + steps + " · " + category.part().title() + ")",
                AttributedStyle.BOLD));
        out.add(AttributedString.EMPTY);
        for (int i = 0; i < options.size(); i++) {
            Exercise e = options.get(i);
            String line = String.format(" %s %d. %-30s %s", i == index ? "▶" : " ", i + 1, e.name(),
                    e.prescription().format());
            out.add(new AttributedString(line, i == index ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT));
        }
        out.add(AttributedString.EMPTY);
        Exercise current = options.get(index);
        out.add(new AttributedString(" " + current.breathing(), AttributedStyle.DEFAULT.italic()));
        current.cues().forEach(c -> out.add(new AttributedString("  · " + c, AttributedStyle.DEFAULT.faint())));
        current.cautionNote().ifPresent(c -> out.add(new AttributedString("  ! " + c)));
        List<AttributedString> fitted = new ArrayList<>(out.stream().limit(Math.max(1, height - 1))
                .map(l -> CountdownScreen.fit(l, width)).toList());
        while (fitted.size() < height - 1) {
            fitted.add(AttributedString.EMPTY);
        }
        fitted.add(CountdownScreen.fit(new AttributedString(" ↑↓ or 1-9 choose · Enter take · r random · ← back"
                + " · q quit", AttributedStyle.DEFAULT.faint()), width));
        return fitted;
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
