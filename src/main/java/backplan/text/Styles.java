package backplan.text;

/**
 * How text is emphasised: plain here, colored where a terminal shows it ({@code backplan.term.AnsiStyles}), so the
 * renderings stay free of escape codes and of the library that writes them.
 */
public interface Styles {

    /** No emphasis at all: pipes, files, {@code NO_COLOR}. */
    Styles NONE = new Styles() {
        @Override
        public String bold(String s) {
            return s;
        }

        @Override
        public String dim(String s) {
            return s;
        }

        @Override
        public String accent(String s) {
            return s;
        }

        @Override
        public String warning(String s) {
            return s;
        }
    };

    String bold(String s);

    /** Less important: a footnote, a mark. */
    String dim(String s);

    /** What to look at first: an id, a name to type. */
    String accent(String s);

    /** What needs care: a caution, equipment to have at hand. */
    String warning(String s);
}
