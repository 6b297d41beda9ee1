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

    /** Asks for a 0–10 rating on the open screen; null when skipped with Enter or Esc. */
    public static Integer askPain(FullScreen screen, String question) throws IOException {
        StringBuilder typed = new StringBuilder();
        while (true) {
            String shown = typed.toString();
            screen.draw((w, h) -> {
                List<AttributedString> lines = new ArrayList<>();
                lines.add(AttributedString.EMPTY);
                lines.add(new AttributedString(" " + question + " 0-10 (Enter to skip): " + shown,
                        AttributedStyle.BOLD));
                lines.add(new AttributedString(" 0 = no pain, 10 = the worst you can imagine.",
                        AttributedStyle.DEFAULT.faint()));
                return lines.stream().limit(h).map(l -> CountdownScreen.fit(l, w)).toList();
            });
            KeyReader.Keystroke key = screen.keys().read(0);
            if (key == KeyReader.END) {
                return null;
            }
            switch (key.action()) {
                case DIGIT -> {
                    if (typed.length() < 2) {
                        typed.append(key.typed());
                        if (Integer.parseInt(typed.toString()) > 10) {
                            typed.setLength(0);
                        }
                    }
                }
                case BACK -> {
                    if (!typed.isEmpty()) {
                        typed.setLength(typed.length() - 1);
                    }
                }
                case ENTER -> {
                    return typed.isEmpty() ? null : Integer.parseInt(typed.toString());
                }
                case QUIT, INTERRUPT -> {
                    return null;
                }
                default -> {
                    // not an answer
                }
            }
        }
    }
}
