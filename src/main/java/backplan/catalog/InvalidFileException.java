package backplan.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An input file (a catalog or a plan) that cannot be used, with every problem found in it. */
public final class InvalidFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid file" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order they appear in the file, as both the catalog and the plan report them. */
    public static InvalidFileException sorted(Collection<Problem> problems) {
        List<Problem> inOrder = new ArrayList<>(problems);
        inOrder.sort(null);
        return new InvalidFileException(inOrder);
    }

    public List<Problem> problems() {
        return problems;
    }
}
