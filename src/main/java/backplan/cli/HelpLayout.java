package backplan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help, wrapped only at spaces. picocli breaks lines where {@code java.text.BreakIterator} allows, which is inside
 * a token too: "[--at=HH:" / "MM]", "[--[no-]" / "voice]", "~/." / "config/backplan/exercises.yaml". Each section is
 * laid out by picocli on one line per row (at a width nothing needs wrapping in), then wrapped here at its spaces,
 * indented as picocli indents: the usage line after the command's name, a description two columns in from where
 * it starts.
 */
final class HelpLayout {

    /** Wide enough that picocli puts any row on one line. */
    private static final int ONE_LINE = 10_000;
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    /** A row of an option, parameter or command list: its names, two or more spaces, its description. */
    private static final Pattern ROW = Pattern.compile("( *\\S.*?  +)(\\S.*)");
    private static final List<String> LISTS = List.of(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS, UsageMessageSpec.SECTION_KEY_AT_FILE_PARAMETER);
    private static final List<String> PROSE = List.of(UsageMessageSpec.SECTION_KEY_HEADER,
            UsageMessageSpec.SECTION_KEY_DESCRIPTION, UsageMessageSpec.SECTION_KEY_FOOTER,
            UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);

    private HelpLayout() {}

    /**
     * Puts this layout in place of picocli's for {@code command} and each of its subcommands. Named classes, not
     * lambdas: this runs on every start, and each lambda would be a class spun at run time.
     */
    static void use(CommandLine command) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(command.getHelpSectionMap());
        sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, new Synopsis());
        for (String key : LISTS) {
            IHelpSectionRenderer picocli = sections.get(key);
            if (picocli != null) {
                sections.put(key, new Rows(picocli, true));
            }
        }
        for (String key : PROSE) {
            IHelpSectionRenderer picocli = sections.get(key);
            if (picocli != null) {
                sections.put(key, new Rows(picocli, false));
            }
        }
        command.setHelpSectionMap(sections);
        for (CommandLine sub : command.getSubcommands().values()) {
            use(sub);
        }
    }

    /** The usage line. */
    private static final class Synopsis implements IHelpSectionRenderer {
        @Override
        public String render(Help help) {
            return synopsis(help);
        }
    }

    /** A section picocli renders, wrapped at spaces. */
    private static final class Rows implements IHelpSectionRenderer {
        private final IHelpSectionRenderer picocli;
        private final boolean table;

        Rows(IHelpSectionRenderer picocli, boolean table) {
            this.picocli = picocli;
            this.table = table;
        }

        @Override
        public String render(Help help) {
            return rows(help, picocli, table);
        }
    }

    /** What a renderer gives with every row on one line. */
    private static String oneLine(Help help, IHelpSectionRenderer renderer) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width();
        usage.width(ONE_LINE);
        try {
            return renderer.render(help);
        } finally {
            usage.width(width);
        }
    }

    /** The usage line: wrapped between its tokens, the next lines aligned after the command's name. */
    static String synopsis(Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width();
        int heading = help.synopsisHeadingLength();
        String line;
        usage.width(ONE_LINE);
        try {
            line = help.synopsis(heading).strip();
        } finally {
            usage.width(width);
        }
        String name = help.commandSpec().qualifiedName();
        int indent = heading + name.length() + 1;
        if (indent > usage.synopsisAutoIndentThreshold() * width) {
            indent = Math.min(usage.synopsisIndent() < 0 ? heading : usage.synopsisIndent(), (int) (0.9 * width));
        }
        String[] tokens = line.split(" ");
        int nameTokens = name.split(" ").length;
        List<String> lines = wrap(String.join(" ", Arrays.copyOf(tokens, nameTokens)), heading + name.length(),
                Arrays.asList(tokens).subList(nameTokens, tokens.length), indent, width);
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /**
     * A section wrapped at spaces: a list's rows with their descriptions' next lines two columns in from where they
     * start, prose with its next lines as indented as its first.
     */
    private static String rows(Help help, IHelpSectionRenderer picocli, boolean table) {
        String text = oneLine(help, picocli);
        int width = help.commandSpec().usageMessage().width();
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (!out.isEmpty()) {
                out.append(System.lineSeparator());
            }
            if (plainLength(line) <= width) {
                out.append(line);
                continue;
            }
            Matcher row = ROW.matcher(line);
            String first;
            String rest;
            int hanging;
            if (table && row.matches()) {
                // the description starts in its column, after the names and their padding
                first = row.group(1).substring(0, row.group(1).length() - 1);
                rest = row.group(2);
                hanging = plainLength(row.group(1)) + 2;
            } else {
                int lead = line.length() - line.stripLeading().length();
                first = line.substring(0, lead);
                rest = line.substring(lead);
                hanging = lead;
            }
            List<String> words = Arrays.stream(rest.split(" ")).filter(w -> !w.isEmpty()).toList();
            out.append(String.join(System.lineSeparator(), wrap(first, plainLength(first), words, hanging, width)));
        }
        return out.toString();
    }

    /**
     * {@code words} after {@code first} (which takes {@code used} columns), a space between them, a new line at
     * {@code indent} where the next word would pass {@code width}.
     */
    private static List<String> wrap(String first, int used, List<String> words, int indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int column = used;
        boolean startOfLine = first.isBlank();
        for (String word : words) {
            int w = plainLength(word);
            if (!startOfLine && column + 1 + w > width) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(indent)).append(word);
                column = indent + w;
            } else {
                line.append(startOfLine ? "" : " ").append(word);
                column += (startOfLine ? 0 : 1) + w;
            }
            startOfLine = false;
        }
        lines.add(line.toString());
        return lines;
    }

    /** Columns a piece of help takes: its text without ANSI color sequences. */
    private static int plainLength(String text) {
        return ANSI.matcher(text).replaceAll("").length();
    }
}
