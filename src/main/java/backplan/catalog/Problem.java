package backplan.catalog;

/**
 * One thing wrong with an input file, at a 1-based line and column (0 when the file has no position to give).
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public static Problem whole(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code FILE:LINE:COL: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
