package backplan.text;

import backplan.catalog.Catalog;
import backplan.catalog.Condition;
import backplan.catalog.Exercise;
import backplan.catalog.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@code backplan profile} as people read it: the conditions, then what they change in this catalog. */
public final class ProfileText {

    private final Styles styles;
    private final int width;

    public ProfileText(Styles styles, int width) {
        this.styles = styles;
        this.width = width;
    }

    /**
     * What the profile holds and what it changes: the exercises left out and those marked.
     *
     * @param profile the saved profile, or null when the person has not said
     */
    public List<String> lines(Profile profile, Catalog catalog) {
        List<String> out = new ArrayList<>();
        if (profile == null || profile.isNone()) {
            out.addAll(para(profile == null
                    ? "No profile yet: every exercise is offered. If one of these applies to you, 'backplan profile"
                            + " set KEY...' saves it; the first 'start' on a terminal asks too."
                    : "Your profile: none of the conditions that change the choices, so every exercise is offered."
                            + " If one of these applies to you, 'backplan profile set KEY...' saves it."));
            TextLayout.Table keys = new TextLayout.Table("  ", "  ", List.of(
                    TextLayout.Column.keep().paint(styles::accent), TextLayout.Column.wrap()));
            for (Condition c : Condition.values()) {
                keys.row(c.key(), c.title());
            }
            out.addAll(keys.lines(width).orElseGet(() -> Condition.keys().stream().map(k -> "  " + k).toList()));
            return out;
        }
        out.addAll(TextLayout.wrap("", "", "Your profile: " + Condition.describe(profile.conditions()) + ".",
                width, styles::bold));
        List<Exercise> avoided = catalog.exercises().stream().filter(e -> !profile.suits(e)).toList();
        List<Exercise> care = catalog.exercises().stream().filter(e -> profile.suits(e) && !profile.care(e).isEmpty())
                .toList();
        // one table for both lists, so their columns line up
        List<List<String>> rows = table(Stream.concat(avoided.stream(), care.stream()).toList(),
                e -> Condition.describe(profile.suits(e) ? profile.care(e) : profile.avoids(e)));
        if (avoided.isEmpty()) {
            out.addAll(para("No exercise of the catalog is left out for you."));
        } else {
            out.addAll(para("Left out for you (from the picker, plan choices and default picks):"));
            rows.subList(0, avoided.size()).forEach(out::addAll);
        }
        if (!care.isEmpty()) {
            out.addAll(para("Marked \"with care\" in the picker:"));
            rows.subList(avoided.size(), rows.size()).forEach(out::addAll);
        }
        for (Condition c : profile.conditions()) {
            if (care.stream().anyMatch(e -> profile.care(e).contains(c))) {
                out.addAll(TextLayout.wrap("With " + c.tag() + ": ", "  ", c.care() + ".", width));
            }
        }
        out.addAll(para("'backplan profile set KEY...' changes it; 'backplan profile set none' clears it."));
        return out;
    }

    /** Each exercise's lines: id, name and why, in columns; one wrapped line each when columns cannot fit. */
    private List<List<String>> table(List<Exercise> exercises, Function<Exercise, String> why) {
        TextLayout.Table table = new TextLayout.Table("  ", "  ", List.of(
                TextLayout.Column.keep().paint(styles::accent), TextLayout.Column.wrap(), TextLayout.Column.wrap()));
        for (Exercise e : exercises) {
            table.row(e.id(), e.name(), why.apply(e));
        }
        return table.layout(width).orElseGet(() -> exercises.stream()
                .map(e -> TextLayout.wrap("  " + e.id() + ": ", "    ", e.name() + " (" + why.apply(e) + ")", width))
                .toList());
    }

    private List<String> para(String text) {
        return TextLayout.wrap("", "", text, width);
    }
}
