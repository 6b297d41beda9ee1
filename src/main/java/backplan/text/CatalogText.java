package backplan.text;

import backplan.catalog.Category;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Prescription;
import backplan.catalog.Seconds;
import backplan.catalog.Source;
import backplan.figure.Figure;
import backplan.figure.FigureText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The catalog as people read it: the grouped table of {@code list} and the card of {@code show}. */
public final class CatalogText {

    /** The narrowest a breathing cue may be beside its row; narrower, it goes on a line of its own below. */
    private static final int CUE_COLUMN = 28;
    private static final String CUE_INDENT = "      ";

    private final Styles styles;
    private final int width;

    /** Text for {@code width} columns; {@link TextLayout#UNLIMITED} keeps every line whole. */
    public CatalogText(Styles styles, int width) {
        this.styles = styles;
        this.width = width;
    }

    /**
     * One heading per category in session order, then a row per exercise: id, name, prescription, the equipment
     * it needs besides a mat (a column only when some exercise shown needs any), breathing. When that is too
     * wide for the terminal, the breathing cue wraps beside its row or goes below it, whichever takes fewer lines;
     * when even that is too wide, each exercise is a small block.
     */
    public List<String> table(Map<Category, List<Exercise>> groups) {
        List<Exercise> all = groups.values().stream().flatMap(List::stream).toList();
        boolean gear = all.stream().anyMatch(e -> !e.equipment().isEmpty());
        Optional<List<List<String>>> beside = rows(all, gear, true).layout(width);
        Optional<List<List<String>>> below = rows(all, gear, false).layout(width).map(r -> withCuesBelow(r, all));
        List<List<String>> rows = fewerLines(beside, below).orElseGet(() -> all.stream().map(this::block).toList());
        List<String> out = new ArrayList<>();
        int next = 0;
        for (Map.Entry<Category, List<Exercise>> group : groups.entrySet()) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(heading(group.getKey()));
            for (int i = 0; i < group.getValue().size(); i++) {
                out.addAll(rows.get(next++));
            }
        }
        boolean article = all.stream().anyMatch(e -> e.source() == Source.ARTICLE);
        if (article || gear) {
            out.add("");
        }
        if (article) {
            out.addAll(note("* from the trainer's article; the others are well-known gentle exercises."));
        }
        if (gear) {
            String items = String.join(", ", all.stream().flatMap(e -> e.equipment().stream())
                    .collect(Collectors.toCollection(TreeSet::new)));
            out.addAll(note(items + ": what to have at hand; the others need only a mat."));
        }
        return out;
    }

    private TextLayout.Table rows(List<Exercise> all, boolean gear, boolean cue) {
        List<TextLayout.Column> columns = new ArrayList<>(List.of(TextLayout.Column.keep().paint(styles::accent),
                TextLayout.Column.wrap(), TextLayout.Column.wrap()));
        if (gear) {
            columns.add(TextLayout.Column.wrap());
        }
        if (cue) {
            columns.add(TextLayout.Column.wrap(CUE_COLUMN).paint(styles::dim));
        }
        TextLayout.Table table = new TextLayout.Table("  ", "  ", columns);
        for (Exercise e : all) {
            List<String> cells = new ArrayList<>(List.of(e.id(), marked(e), e.prescription().format()));
            if (gear) {
                cells.add(equipment(e));
            }
            if (cue) {
                cells.add(e.breathing());
            }
            table.row(cells);
        }
        return table;
    }

    /** The layout that takes fewer lines; the cues beside their rows when both take as many. */
    private static Optional<List<List<String>>> fewerLines(Optional<List<List<String>>> beside,
            Optional<List<List<String>>> below) {
        if (beside.isEmpty() || below.isEmpty()) {
            return beside.or(() -> below);
        }
        return lineCount(below.get()) < lineCount(beside.get()) ? below : beside;
    }

    private static int lineCount(List<List<String>> rows) {
        return rows.stream().mapToInt(List::size).sum();
    }

    /** Each row followed by its breathing cue, indented under it. */
    private List<List<String>> withCuesBelow(List<List<String>> rows, List<Exercise> all) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> lines = new ArrayList<>(rows.get(i));
            lines.addAll(TextLayout.wrap(CUE_INDENT, CUE_INDENT, all.get(i).breathing(), width, styles::dim));
            out.add(lines);
        }
        return out;
    }

    /** One exercise on a narrow terminal: the id and name, then the prescription and equipment, then breathing. */
    private List<String> block(Exercise e) {
        List<String> out = new ArrayList<>();
        List<String> head = TextLayout.wrap("  " + e.id() + "  ", "    ", marked(e), width);
        String first = head.get(0);
        out.add("  " + styles.accent(e.id()) + first.substring(2 + e.id().length()));
        out.addAll(head.subList(1, head.size()));
        String dose = e.prescription().format() + (e.equipment().isEmpty() ? "" : " · " + equipment(e));
        out.addAll(TextLayout.wrap("    ", "    ", dose, width));
        out.addAll(TextLayout.wrap("    ", "    ", e.breathing(), width, styles::dim));
        return out;
    }

    private List<String> heading(Category category) {
        String title = category.title();
        String rest = " (" + category.key() + ") · " + category.part().title();
        if (width <= TextLayout.UNLIMITED || TextLayout.width(title + rest) <= width) {
            return List.of(styles.bold(title) + styles.dim(rest));
        }
        return TextLayout.wrap("", "", title + rest, width, styles::bold);
    }

    private List<String> note(String text) {
        return TextLayout.wrap("", "", text, width, styles::dim);
    }

    private static String marked(Exercise e) {
        return e.name() + (e.source() == Source.ARTICLE ? " *" : "");
    }

    private static String equipment(Exercise e) {
        return String.join(", ", e.equipment());
    }

    /** The label column of {@code show}: labels end at column 15, values start at 16. */
    private static final int LABEL = 16;
    /** The narrowest a value may be beside its label; narrower, it goes below. */
    private static final int VALUE_MIN = 20;

    /** Everything about one exercise. */
    public List<String> card(Exercise e) {
        List<String> out = new ArrayList<>();
        if (width <= TextLayout.UNLIMITED || TextLayout.width(e.name() + "  " + e.id()) <= width) {
            out.add(styles.bold(e.name()) + "  " + styles.accent(e.id()));
        } else {
            out.addAll(TextLayout.wrap("", "", e.name(), width, styles::bold));
            out.addAll(TextLayout.wrap("", "", e.id(), width, styles::accent));
        }
        row(out, "category", e.category().title() + " (" + e.category().key() + ") · " + e.category().part().title());
        row(out, "source", e.source() == Source.ARTICLE ? "the trainer's article"
                : "a well-known gentle exercise (added by backplan)");
        row(out, "prescription", describe(e.prescription()));
        row(out, "equipment", e.equipment().isEmpty() ? "just a mat" : equipment(e));
        if (!e.targets().isEmpty()) {
            row(out, "targets", String.join(", ", e.targets()));
        }
        e.sidesNote().ifPresent(sides -> {
            row(out, "sides", "left: " + sides.left());
            row(out, "", "right: " + sides.right());
            row(out, "", "switch: " + sides.change());
        });
        row(out, "breathing", e.breathing());
        if (!e.cues().isEmpty()) {
            row(out, "form", e.cues().get(0));
            e.cues().stream().skip(1).forEach(c -> row(out, "", c));
        }
        e.cautionNote().ifPresent(c -> row(out, "caution", c, styles::warning));
        if (!e.avoidWith().isEmpty()) {
            row(out, "avoid with", conditions(e.avoidWith()), styles::warning);
        }
        boolean first = true;
        for (Condition c : e.careWith()) { // each with what care means, so the card says what to do
            row(out, first ? "care with" : "", c.tag() + ": " + c.care());
            first = false;
        }
        for (Level level : e.levels()) {
            row(out, level.number() == 1 ? "levels" : "", "--level " + level.number() + "  " + level.name()
                    + (level.description().isEmpty() ? "" : ": " + level.description())
                    + (level.prescription().equals(e.prescription()) ? "" : " (" + level.prescription().format() + ")")
                    + level.replacedId().map(id -> " (was '" + id + "')").orElse(""));
        }
        return out;
    }

    /** "spinal stenosis, pregnancy": conditions in words, in their declared order. */
    private static String conditions(java.util.Set<Condition> conditions) {
        return String.join(", ", conditions.stream().map(Condition::tag).toList());
    }

    /** {@code 3 × 45 s, 15 s rest between sets}. */
    public static String describe(Prescription p) {
        String rest = p.sets() > 1 ? ", " + Seconds.format(p.restSeconds()) + " rest between sets" : "";
        return p.format() + rest;
    }

    private void row(List<String> out, String label, String value) {
        row(out, label, value, UnaryOperator.identity());
    }

    /** One more labelled line for a card ("your hold:"), laid out as the card's own. */
    public List<String> row(String label, String value) {
        List<String> out = new ArrayList<>();
        row(out, label, value);
        return out;
    }

    /**
     * A labelled value, wrapped under itself; on a terminal too narrow for a useful value column, the value goes
     * below its label.
     */
    private void row(List<String> out, String label, String value, UnaryOperator<String> paint) {
        String labelled = TextLayout.pad("  " + (label.isEmpty() ? "" : label + ":"), LABEL - 1) + " ";
        if (width > TextLayout.UNLIMITED && width - LABEL < VALUE_MIN) {
            if (!label.isEmpty()) {
                out.add(labelled.stripTrailing());
            }
            out.addAll(TextLayout.wrap("    ", "    ", value, width, paint));
        } else {
            out.addAll(TextLayout.wrap(labelled, " ".repeat(LABEL), value, width, paint));
        }
    }

    /**
     * Both key poses side by side, 8 rows high, as wide as the terminal allows up to 64 columns (a pipe gets 64);
     * ASCII strokes where the locale cannot show Braille.
     */
    public static List<String> figure(Figure figure, int width, boolean ascii) {
        int columns = width <= 0 ? 64 : Math.min(64, width - 1);
        return FigureText.sideBySide(figure, columns, 8, ascii ? FigureText.Glyphs.ASCII : FigureText.Glyphs.BRAILLE)
                .stream().map(String::stripTrailing).toList();
    }
}
