package backplan.cli;

import backplan.app.Lookup;
import backplan.catalog.Catalog;
import backplan.catalog.Category;
import backplan.catalog.Exercise;
import backplan.catalog.Part;
import backplan.term.CatalogText;
import backplan.term.Json;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backplan list}: the catalog grouped in session order. */
@Command(name = "list", description = "List the exercises, grouped in session order.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    BackplanCommand app;

    @Option(names = "--category", paramLabel = "NAME", completionCandidates = CategoryNames.class,
            description = "Only this category (repeatable): ${COMPLETION-CANDIDATES}.")
    List<String> categories = List.of();

    @Option(names = "--part", paramLabel = "PART", description = "Only one part: mobility, strength or stretch.")
    String part;

    @Option(names = "--json", description = "Print a JSON array instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = app.env().catalog();
        Set<Category> wanted = wanted();
        Map<Category, List<Exercise>> groups = new LinkedHashMap<>();
        catalog.bySessionOrder().forEach((c, list) -> {
            if (wanted.contains(c)) {
                groups.put(c, list);
            }
        });
        var out = app.env().out();
        if (json) {
            Json.write(out, true, g -> Json.exercises(g, groups.values().stream().flatMap(List::stream).toList()));
            out.println();
        } else {
            new CatalogText(app.env().color(), app.env().width()).table(groups).forEach(out::println);
        }
        return 0;
    }

    private Set<Category> wanted() {
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
}
