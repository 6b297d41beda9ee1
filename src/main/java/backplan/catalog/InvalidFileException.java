package backplan.catalog;

import java.util.List;

/** An input file (a catalog or a plan) that cannot be used, with every problem found in it. */
public final class InvalidFileException extends Exception {

    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid file" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
