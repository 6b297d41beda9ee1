package backplan.term;

import backplan.text.Styles;
import org.fusesource.jansi.Ansi;

/** Emphasis as ANSI escape codes, written by Jansi, for a terminal that shows colors. */
public final class AnsiStyles implements Styles {

    @Override
    public String bold(String s) {
        return Ansi.ansi().bold().a(s).reset().toString();
    }

    @Override
    public String dim(String s) {
        return Ansi.ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString();
    }

    @Override
    public String accent(String s) {
        return Ansi.ansi().fg(Ansi.Color.CYAN).a(s).reset().toString();
    }

    @Override
    public String warning(String s) {
        return Ansi.ansi().fg(Ansi.Color.YELLOW).a(s).reset().toString();
    }
}
