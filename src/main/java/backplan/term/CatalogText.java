package backplan.term;

import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Level;
import backplan.catalog.Prescription;
import backplan.catalog.Seconds;
import backplan.catalog.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fusesource.jansi.Ansi;

/** The catalog as people read it: the grouped table of {@code list} and the card of {@code show}. */
public final class CatalogText {

    private final boolean color;

    public CatalogText(boolean color) {
        this.color = color;
    }

    /**
     * One heading per category in session order, then a row per exercise: id, name, prescription, the equipment
     * it needs besides a mat (a column only when some exercise shown needs any), breathing.
     */
    public List<String> table(Map<Category, List<Exercise>> groups) {
        List<Exercise> all = groups.values().stream().flatMap(List::stream).toList();
        int idWidth = all.stream().mapToInt(e -> e.id().length()).max().orElse(2);
        int nameWidth = all.stream().mapToInt(e -> e.name().length() + (e.source() == Source.COMMON ? 0 : 2))
                .max().orElse(4);
        int doseWidth = all.stream().mapToInt(e -> e.prescription().format().length()).max().orElse(4);
        int gearWidth = all.stream().mapToInt(e -> equipment(e).length()).max().orElse(0);
        List<String> out = new ArrayList<>();
        groups.forEach((category, exercises) -> {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.add(bold(category.title()) + dim(" (" + category.key() + ") · " + category.part().title()));
            for (Exercise e : exercises) {
                String name = e.name() + (e.source() == Source.ARTICLE ? " *" : "");
                String gear = gearWidth == 0 ? "" : pad(equipment(e), gearWidth) + "  ";
                out.add(String.format("  %s  %s  %s  %s%s",
                        cyan(pad(e.id(), idWidth)), pad(name, nameWidth),
                        pad(e.prescription().format(), doseWidth), gear, dim(e.breathing())).stripTrailing());
            }
        });
        if (all.stream().anyMatch(e -> e.source() == Source.ARTICLE) || gearWidth > 0) {
            out.add("");
        }
        if (all.stream().anyMatch(e -> e.source() == Source.ARTICLE)) {
            out.add(dim("* from the trainer's article; the others are well-known gentle exercises."));
        }
        if (gearWidth > 0) {
            String items = String.join(", ", all.stream().flatMap(e -> e.equipment().stream())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            out.add(dim(items + ": what to have at hand; the others need only a mat."));
        }
        return out;
    }

    private static String equipment(Exercise e) {
        return String.join(", ", e.equipment());
    }

    /** Everything about one exercise. */
    public List<String> card(Exercise e) {
        List<String> out = new ArrayList<>();
        out.add(bold(e.name()) + "  " + cyan(e.id()));
        out.add(row("category", e.category().title() + " (" + e.category().key() + ") · "
                + e.category().part().title()));
        out.add(row("source", e.source() == Source.ARTICLE ? "the trainer's article"
                : "a well-known gentle exercise (added by backplan)"));
        out.add(row("prescription", describe(e.prescription())));
        out.add(row("equipment", e.equipment().isEmpty() ? "just a mat" : equipment(e)));
        if (!e.targets().isEmpty()) {
            out.add(row("targets", String.join(", ", e.targets())));
        }
        e.sidesNote().ifPresent(sides -> {
            out.add(row("sides", "left: " + sides.left()));
            out.add(row("", "right: " + sides.right()));
            out.add(row("", "switch: " + sides.change()));
        });
        out.add(row("breathing", e.breathing()));
        if (!e.cues().isEmpty()) {
            out.add(row("form", e.cues().get(0)));
            e.cues().stream().skip(1).forEach(c -> out.add(row("", c)));
        }
        e.cautionNote().ifPresent(c -> out.add(row("caution", yellow(c))));
        for (Level level : e.levels()) {
            out.add(row(level.number() == 1 ? "levels" : "", "--level " + level.number() + "  " + level.name()
                    + (level.description().isEmpty() ? "" : ": " + level.description())
                    + (level.prescription().equals(e.prescription()) ? "" : " (" + level.prescription().format() + ")")));
        }
        return out;
    }

    /** {@code 3 × 45 s, 15 s rest between sets}. */
    public static String describe(Prescription p) {
        String rest = p.sets() > 1 ? ", " + Seconds.format(p.restSeconds()) + " rest between sets" : "";
        return p.format() + rest;
    }

    private String row(String label, String value) {
        return String.format("  %-13s %s", label.isEmpty() ? "" : label + ":", value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private String bold(String s) {
        return color ? Ansi.ansi().bold().a(s).reset().toString() : s;
    }

    private String dim(String s) {
        return color ? Ansi.ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString() : s;
    }

    private String cyan(String s) {
        return color ? Ansi.ansi().fg(Ansi.Color.CYAN).a(s).reset().toString() : s;
    }

    private String yellow(String s) {
        return color ? Ansi.ansi().fg(Ansi.Color.YELLOW).a(s).reset().toString() : s;
    }
}
