package backplan.app;

import backplan.base.ExitCode;
import backplan.catalog.Catalog;
import backplan.catalog.CatalogLoader;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Level;
import backplan.catalog.Part;
import backplan.catalog.Problem;
import backplan.program.HoldLengths;
import backplan.text.CatalogText;
import backplan.text.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalog as people read it: {@code list}, {@code show} and {@code validate}. */
public final class CatalogViews {

    private final ActiveCatalog activeCatalog;
    private final Output output;
    private final SessionLog log;

    /** @param log the history, read by {@code show} for the hold the person's sessions earned; null for none */
    public CatalogViews(ActiveCatalog activeCatalog, Output output, SessionLog log) {
        this.activeCatalog = activeCatalog;
        this.output = output;
        this.log = log;
    }

    public CatalogViews(ActiveCatalog activeCatalog, Output output) {
        this(activeCatalog, output, null);
    }

    /**
     * {@code list}: the exercises grouped in session order, only the categories and part asked for.
     *
     * @param categories category names as typed (none: all)
     * @param part       a part's name as typed, or null for all
     */
    public int list(List<String> categories, String part, boolean json) throws InvalidFileException {
        Set<Category> wanted = wanted(categories, part);
        Catalog catalog = activeCatalog.load();
        Map<Category, List<Exercise>> groups = new LinkedHashMap<>();
        catalog.bySessionOrder().forEach((c, list) -> {
            if (wanted.contains(c)) {
                groups.put(c, list);
            }
        });
        PrintWriter out = output.out();
        if (json) {
            Json.write(out, true, g -> Json.exercises(g, groups.values().stream().flatMap(List::stream).toList()));
            out.println();
        } else {
            new CatalogText(output.styles(), output.width()).table(groups).forEach(out::println);
        }
        if (groups.values().stream().allMatch(List::isEmpty)) {
            // Every category has an exercise, so only filters that exclude each other match nothing: say which.
            output.err().println("backplan: no exercise is both in " + categories.stream()
                    .map(c -> "--category " + c).collect(Collectors.joining(" or ")) + " and in --part " + part + " ("
                    + categories.stream().map(Lookup::category).distinct()
                            .map(c -> c.key() + " is in " + c.part().key()).collect(Collectors.joining(", "))
                    + ")");
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    private static Set<Category> wanted(List<String> categories, String part) {
        Set<Category> wanted = EnumSet.allOf(Category.class);
        if (!categories.isEmpty()) {
            wanted = EnumSet.noneOf(Category.class);
            for (String name : categories) {
                wanted.add(Lookup.category(name));
            }
        }
        if (part != null) {
            Part p = Lookup.part(part);
            wanted.removeIf(c -> c.part() != p);
        }
        return wanted;
    }

    /** {@code show ID}: everything about one exercise, with its figure's two key poses side by side. */
    public int show(String id, boolean json) throws InvalidFileException {
        Exercise exercise = Lookup.exercise(activeCatalog.load(), id);
        PrintWriter out = output.out();
        if (json) {
            Json.write(out, true, g -> Json.exercise(g, exercise, true));
            out.println();
        } else {
            CatalogText text = new CatalogText(output.styles(), output.width());
            text.card(exercise).forEach(out::println);
            yourHold(exercise).ifPresent(h -> text.row("your hold", h).forEach(out::println));
            exercise.keyPoses().ifPresent(figure -> {
                out.println();
                out.println("How it moves (start → end):");
                CatalogText.figure(figure, output.width(), output.ascii(false)).forEach(out::println);
            });
        }
        return ExitCode.OK;
    }

    /**
     * Where the person's hold of the exercise stands, at the level last done, once done and when it grows in a
     * range or stepped back: "40 s holds; 2 more sessions without 'hard' or 'hurt' to 50 s". Empty without a history to read.
     */
    private Optional<String> yourHold(Exercise exercise) {
        if (log == null) {
            return Optional.empty();
        }
        HoldLengths holds;
        try {
            holds = log.tally().holds();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the card stands without it; 'history' says what is wrong with the file
        }
        if (!holds.done(exercise.id())) {
            return Optional.empty(); // never done: the prescription above says where it starts
        }
        Level level = exercise.levels().isEmpty() ? null : exercise.levels().get(Math.max(1, Math.min(
                holds.lastLevel(exercise.id()).orElse(1), exercise.levels().size())) - 1);
        return holds.hold(exercise, level).filter(HoldLengths.Hold::growing).map(HoldLengths.Hold::describe)
                .map(d -> level == null ? d : d + " (" + level.name() + ")");
    }

    /**
     * {@code validate [FILE]}: "OK: …", or every problem as {@code FILE:LINE:COL: message} on stdout (that is the
     * command's output, for an editor to read) with a count on stderr, and exit 3.
     */
    public int validate(Path file) {
        Path path = file != null ? file : activeCatalog.path();
        try {
            Catalog catalog = path == null ? CatalogLoader.loadBundled() : CatalogLoader.load(path);
            output.out().printf(Locale.ROOT, "OK: %d exercises in %d categories (%s)%n", catalog.exercises().size(),
                    catalog.categoryCount(), path == null ? CatalogLoader.BUNDLED : path);
            return ExitCode.OK;
        } catch (InvalidFileException e) {
            for (Problem p : e.problems()) {
                output.out().println(p);
            }
            output.err().printf(Locale.ROOT, "%d problem%s found%n", e.problems().size(),
                    e.problems().size() == 1 ? "" : "s");
            return ExitCode.INVALID_INPUT;
        }
    }
}
