package backplan.catalog;

import backplan.base.ControlCharacters;
import backplan.base.OnOff;
import backplan.base.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a small YAML file into SnakeYAML Engine nodes and checks values against a schema, collecting every problem
 * with its {@code file:line:col} instead of stopping at the first.
 */
public final class YamlReader {

    /** Hand-edited catalogs and plans are small; a bigger file is almost surely the wrong one. */
    public static final int MAX_BYTES = 1 << 20;

    /**
     * Catalogs nest six levels deep; SnakeYAML composes nodes recursively, so without a limit a few thousand
     * {@code [} would overflow the stack.
     */
    static final int MAX_DEPTH = 64;

    /** Aliases to lists and mappings share nodes; many of them are how a "billion laughs" file blows up. */
    static final int MAX_COLLECTION_ALIASES = 20;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** For each mapping, the known keys its unknown keys were probably meant to be. */
    private final IdentityHashMap<Node, List<String>> misspelt = new IdentityHashMap<>();
    private boolean emptyAllowed;

    public YamlReader(String file) {
        this.file = file;
    }

    /**
     * This reader, for a file that may hold no document at all (only blanks or comments, as a settings file with
     * nothing set): {@link #parse} then gives empty without a problem.
     */
    public YamlReader allowingEmpty() {
        emptyAllowed = true;
        return this;
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Reads and composes a file; empty (with a problem recorded) when it cannot be read or is not YAML. */
    public Optional<Node> parse(Path path) {
        byte[] bytes;
        // Looked at before opening: opening a named pipe would wait for a writer, maybe for ever.
        String notAFile = UserFiles.notAFile(path);
        if (notAFile != null) {
            problems.add(Problem.whole(file, notAFile));
            return Optional.empty();
        }
        // Read at most one byte past the limit: a file may grow between the look and the read.
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            problems.add(Problem.whole(file, "no such file"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.whole(file, "cannot read the file: " + UserFiles.reason(e)));
            return Optional.empty();
        }
        return parse(bytes);
    }

    /** Composes UTF-8 bytes (a leading byte-order mark is allowed). */
    public Optional<Node> parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.whole(file, "the file is larger than 1 MiB, far more than a hand-written file"
                    + " needs: is it the right file?"));
            return Optional.empty();
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
                || ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF))) {
            problems.add(new Problem(file, 1, 1, "the file is UTF-16 text; save it as UTF-8"));
            return Optional.empty();
        }
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // Before decoding: most binary files are not valid UTF-8 either, but "binary" is the better answer.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] pos = lineColumn(bytes, bom, i);
                problems.add(new Problem(file, pos[0], pos[1],
                        "binary data (a NUL byte): this is not a YAML text file"));
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, bom);
            int[] pos = lineColumn(bytes, bom, bad);
            problems.add(new Problem(file, pos[0], pos[1], "not UTF-8 text (byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xff) + "); save the file as UTF-8"));
            return Optional.empty();
        }
        return parse(text);
    }

    public Optional<Node> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // SnakeYAML rejects these too, but by code-point index rather than line and column.
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                int[] pos = lineColumn(text, i);
                problems.add(new Problem(file, pos[0], pos[1], c == 0
                        ? "binary data (a NUL byte): this is not a YAML text file"
                        : String.format(Locale.ROOT, "the %scharacter U+%04X is not allowed in YAML; remove it",
                                ControlCharacters.isControl(c) ? "control " : "", c)));
                return Optional.empty();
            }
            i += Character.charCount(c);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                // Reported by mapping() with a position, rather than by SnakeYAML without one.
                .setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        GuardedParser parser = new GuardedParser(new ParserImpl(settings, new StreamReader(settings, text)));
        try {
            Optional<Node> node = new Composer(settings, parser).getSingleNode();
            if (node.isEmpty() && !emptyAllowed) {
                problems.add(Problem.whole(file, "the file is empty (only blanks or comments)"));
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            problems.add(syntaxProblem(e, text));
        } catch (TooDeep e) {
            problems.add(at(e.at.getStartMark(),
                    "nested more than " + MAX_DEPTH + " levels deep; a catalog needs fewer than 10"));
        } catch (RuntimeException e) {
            // SnakeYAML's other errors carry no position: the last event read is where it stopped.
            Event last = parser.last;
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String message = last instanceof AliasEvent alias && why.startsWith("Number of aliases")
                    ? "more than " + MAX_COLLECTION_ALIASES + " aliases such as '*" + alias.getAlias()
                            + "' to lists or mappings; write the values out instead"
                    : "cannot read this YAML: " + why;
            problems.add(at(last == null ? Optional.empty() : last.getStartMark(), message));
        }
        return Optional.empty();
    }

    private static final Pattern BAD_START = Pattern.compile("found character '(.+)' that cannot start any token.*");
    private static final Pattern BAD_ESCAPE = Pattern.compile("found unknown escape character (.)\\(\\d+\\)");
    private static final Pattern UNCLOSED_FLOW = Pattern.compile("expected ',' or '([\\]}])', but got (.*)");

    /** SnakeYAML's wording is for parser writers; say what a person should look at, and where. */
    private Problem syntaxProblem(MarkedYamlEngineException e, String text) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
        Optional<Mark> opened = e.getContextMark();
        String message;
        Matcher badStart = BAD_START.matcher(problem);
        Matcher unclosedFlow = UNCLOSED_FLOW.matcher(problem);
        Matcher badEscape = BAD_ESCAPE.matcher(problem);
        if (problem.contains("\\t(TAB)")) {
            message = "a tab here; YAML indents with spaces only";
        } else if (badStart.matches()) {
            message = "'" + badStart.group(1) + "' cannot start a value; put the value in quotes";
        } else if (problem.equals("mapping values are not allowed here")) {
            message = "a ':' is not allowed here; put text that contains ': ' in quotes, or check the indentation"
                    + " and the line above";
        } else if (problem.startsWith("expected <block end>, but found ") && at.isPresent()) {
            Mark where = at.get();
            String line = lineAt(text, where.getLine());
            boolean startsLine = line.length() - line.stripLeading().length() == where.getColumn();
            message = startsLine ? "this line does not line up with the lines above it (check its indentation)"
                    : "unexpected text after the value; put the whole value in quotes";
        } else if (problem.startsWith("expected '<document start>'")) {
            // The root node ended above: this line is less indented than the file's first line of content.
            message = "this line does not line up with the top level of the file (check its indentation, and that"
                    + " of the first line)";
        } else if (context.contains("scanning an alias") || context.contains("scanning an anchor")) {
            String sign = context.contains("alias") ? "*" : "&";
            message = "'" + sign + "' starts " + (sign.equals("*") ? "an alias" : "an anchor")
                    + " here; put text that starts with '" + sign + "' in quotes";
        } else if (context.contains("block scalar")) {
            message = "after '|' or '>' the text starts on the next line; put a one-line value in quotes instead";
        } else if (problem.startsWith("expected a comment or a line break")) {
            message = "unexpected text here; only a comment may follow on this line";
        } else if (problem.equals("sequence entries are not allowed here")) {
            message = "a list item ('- ') cannot start here; start the list on the next line, or put the value in"
                    + " quotes";
        } else if (problem.equals("found unexpected end of stream") && context.contains("quoted scalar")
                && opened.isPresent()) {
            message = "the quote that opens here is never closed";
            at = opened;
        } else if (unclosedFlow.matches() && opened.isPresent() && at.isPresent()) {
            String close = unclosedFlow.group(1);
            String open = close.equals("]") ? "[" : "{";
            Mark where = at.get();
            if (unclosedFlow.group(2).equals("<stream end>")) {
                message = "the '" + open + "' that opens here is never closed with '" + close + "'";
                at = opened;
            } else if (where.getLine() != opened.get().getLine()) {
                message = "the '" + open + "' that opens here needs a ',' or a closing '" + close
                        + "' before line " + (where.getLine() + 1) + ", column " + (where.getColumn() + 1);
                at = opened;
            } else {
                message = "expected a ',' or the closing '" + close + "' here";
            }
        } else if (problem.equals("could not find expected ':'") && opened.isPresent()) {
            at = opened;
            message = lineAt(text, opened.get().getLine()).stripLeading().matches("-[^\\s-].*")
                    ? "a list item needs a space after its '-'"
                    : "this line needs a ':' after its key";
        } else if (badEscape.matches()) {
            message = "unknown escape '\\" + badEscape.group(1) + "' in double quotes: write '\\\\' for a backslash,"
                    + " or use single quotes";
        } else if (e instanceof ComposerException && problem.equals("but found another document")) {
            return at(at, "a second YAML document starts here, but the file must hold only one");
        } else if (e instanceof ComposerException && problem.startsWith("found undefined alias ")) {
            String name = problem.substring("found undefined alias ".length());
            return at(at, "'*" + name + "' refers to no anchor '&" + name + "' defined before it");
        } else {
            message = problem.isEmpty() ? "invalid YAML" : plainer(problem);
        }
        return at(at, "YAML syntax error: " + message);
    }

    private Problem at(Optional<Mark> mark, String message) {
        return mark.map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, message))
                .orElseGet(() -> Problem.whole(file, message));
    }

    /** SnakeYAML's token names in words. */
    private static String plainer(String problem) {
        return problem
                .replace("'<block mapping start>'", "an indented block")
                .replace("'<block sequence start>'", "an indented list")
                .replace("<block end>", "the end of the indented block")
                .replace("'<scalar>'", "a value")
                .replace("<stream end>", "the end of the file")
                .replace("'<document start>'", "'---'")
                .replace("'?'", "a key")
                .replace("'<tag>'", "a tag")
                .replace("the node content", "a value")
                .replace("but got", "but found")
                .replace(" (32)", "a space")
                .replace("\n(10)", "a line break")
                .replaceAll("found (.)\\(\\d+\\)", "found '$1'");
    }

    /** Records a problem at a node's position. */
    public void problem(Node at, String message) {
        problem(at, message, Problem.Kind.INVALID);
    }

    /** Records a problem of a kind at a node's position. */
    public void problem(Node at, String message, Problem.Kind kind) {
        Optional<Mark> mark = at == null ? Optional.empty() : at.getStartMark();
        Problem p = at(mark, message);
        problems.add(new Problem(p.file(), p.line(), p.column(), p.message(), kind));
    }

    /**
     * The entries of a mapping by key, in file order. Reports a value that is no mapping, keys that are not plain
     * text, duplicate keys (the first one wins) and keys outside {@code known}, with a spelling hint.
     */
    public Optional<Map<String, Node>> mapping(Node node, String what, Collection<String> known) {
        if (unsupportedTag(node)) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " must be a mapping of keys to values, not " + describe(node));
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node> keyNodes = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || isNull(keyNode)) {
                problem(keyNode, "a key in " + what + " must be plain text, not " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (keyNodes.containsKey(key)) {
                Node first = keyNodes.get(key);
                problem(keyNode, "duplicate key " + quote(key) + " in " + what
                        + first.getStartMark().map(m -> " (first at line " + (m.getLine() + 1) + ")").orElse(""));
                continue;
            }
            keyNodes.put(key, keyNode);
            if (!known.contains(key)) {
                List<String> meant = Spelling.closest(key, known);
                misspelt.computeIfAbsent(node, n -> new ArrayList<>()).addAll(meant);
                problem(keyNode, "unknown key " + quote(key) + " in " + what + Spelling.hint(key, known));
                continue;
            }
            entries.put(key, tuple.getValueNode());
        }
        return Optional.of(entries);
    }

    /**
     * Whether an unknown key of this mapping looked like {@code key}: then "missing {@code key}" would only repeat
     * the "did you mean" already reported.
     */
    public boolean misspelt(Node mapping, String key) {
        return misspelt.getOrDefault(mapping, List.of()).contains(key);
    }

    public Optional<List<Node>> sequence(Node node, String what) {
        if (unsupportedTag(node)) {
            return Optional.empty();
        }
        if (!(node instanceof SequenceNode seq)) {
            boolean dash = node instanceof MappingNode map && !map.getValue().isEmpty()
                    && map.getValue().get(0).getKeyNode() instanceof ScalarNode key && key.getValue().startsWith("-");
            problem(node, what + " must be a list, not " + describe(node)
                    + (dash ? " (a list item needs a space after its '-')" : ""));
            return Optional.empty();
        }
        return Optional.of(seq.getValue());
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /**
     * Non-empty text on one line; numbers are accepted as text, other types are not. Line breaks (a value written
     * over several lines) join into one space; any other C0 or C1 control character is refused, since files are
     * shared and their text reaches the terminal, where {@code "\e]0;..."} in double quotes would drive it.
     */
    public Optional<String> text(Node node, String what) {
        if (unsupportedTag(node)) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || isNull(node) || tag(node).equals(Tag.BOOL)) {
            problem(node, what + " must be text, not " + describe(node));
            return Optional.empty();
        }
        int control = firstControl(scalar.getValue());
        if (control >= 0) {
            problem(node, control == '\t' ? what + " contains a tab (U+0009); use a space"
                    : String.format(Locale.ROOT, "%s contains a control character (U+%04X); remove it", what, control));
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(node, what + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(LINE_BREAK.matcher(value).replaceAll(" "));
    }

    /** The first control character other than a line break, or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ControlCharacters.isControl(c) && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    /** A list of texts; {@code item} names one of them in messages, such as "a cue". */
    public Optional<List<String>> texts(Node node, String what, String item) {
        Optional<List<Node>> items = sequence(node, what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean good = true;
        for (Node each : items.get()) {
            Optional<String> t = text(each, item);
            good &= t.isPresent();
            t.ifPresent(out::add);
        }
        return good ? Optional.of(out) : Optional.empty();
    }

    /** A whole number within bounds. */
    public OptionalInt whole(Node node, String what, int min, int max) {
        if (unsupportedTag(node)) {
            return OptionalInt.empty();
        }
        BigInteger value = node instanceof ScalarNode s && tag(node).equals(Tag.INT) ? integer(s.getValue()) : null;
        if (value == null) {
            problem(node, what + " must be a whole number, not " + describe(node));
            return OptionalInt.empty();
        }
        return bounded(node, what, value, ((ScalarNode) node).getValue().strip(), min, max, "");
    }

    /** A duration in seconds: a whole number, or text such as {@code 45s} or {@code 1m30s}. */
    public OptionalInt seconds(Node node, String what, int min, int max) {
        if (unsupportedTag(node)) {
            return OptionalInt.empty();
        }
        if (node instanceof ScalarNode scalar && tag(node).equals(Tag.INT)) {
            BigInteger value = integer(scalar.getValue());
            if (value != null) {
                return bounded(node, what, value, scalar.getValue().strip(), min, max, " s");
            }
        }
        if (node instanceof ScalarNode scalar && tag(node).equals(Tag.STR)) {
            OptionalInt parsed = Seconds.parse(scalar.getValue());
            if (parsed.isPresent()) {
                return bounded(node, what, BigInteger.valueOf(parsed.getAsInt()), scalar.getValue().strip(),
                        min, max, " s");
            }
        }
        problem(node, what + " must be a number of seconds such as 45, 45s or 1m30s, not " + describe(node));
        return OptionalInt.empty();
    }

    private OptionalInt bounded(Node node, String what, BigInteger value, String written, int min, int max,
            String unit) {
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            String range = min == max ? "be " + min : "be between " + min + " and " + max + unit;
            problem(node, what + " must " + range + ", not " + shorten(written));
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValueExact());
    }

    /** The value of a scalar the schema calls an integer; null if it somehow is none. */
    private static BigInteger integer(String written) {
        String s = written.strip();
        if (s.length() > 40) {
            // Far out of any bound; and parsing a megabyte of digits would take a while.
            return BigInteger.TEN.pow(40).multiply(BigInteger.valueOf(s.startsWith("-") ? -1 : 1));
        }
        try {
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A yes-or-no value: true/false, or text such as yes/no and on/off ({@link OnOff}). */
    public Optional<Boolean> flag(Node node, String what) {
        if (unsupportedTag(node)) {
            return Optional.empty();
        }
        boolean word = tag(node).equals(Tag.BOOL) || tag(node).equals(Tag.STR);
        Optional<Boolean> value = node instanceof ScalarNode s && word ? OnOff.parse(s.getValue()) : Optional.empty();
        if (value.isEmpty()) {
            problem(node, what + " must be " + OnOff.WORDS + ", not " + describe(node));
        }
        return value;
    }

    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    /** Explicit tags such as {@code !!java.lang.Runtime} or {@code !custom} mean nothing here: say so. */
    private boolean unsupportedTag(Node node) {
        if (node == null) {
            return false;
        }
        Tag tag = tag(node);
        boolean plain = node instanceof ScalarNode ? SCALAR_TAGS.contains(tag)
                : node instanceof SequenceNode ? tag.equals(Tag.SEQ) : tag.equals(Tag.MAP);
        if (!plain) {
            String name = tag.getValue().startsWith(Tag.PREFIX)
                    ? "!!" + tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
            problem(node, "the tag " + quote(name) + " is not supported here; remove it");
        }
        return !plain;
    }

    /**
     * The node's tag, except that plain text which merely looks like {@code ${NAME}} or {@code <<} is text: the
     * core schema gives such scalars tags that mean nothing to a catalog.
     */
    private static Tag tag(Node node) {
        Tag tag = node.getTag();
        if (node instanceof ScalarNode && node.isResolved() && (tag.equals(Tag.ENV_TAG) || tag.equals(Tag.MERGE))) {
            return Tag.STR;
        }
        return tag;
    }

    /** Whether the node says nothing: {@code null}, {@code ~}, or no value at all. */
    public static boolean isNull(Node node) {
        return tag(node).equals(Tag.NULL);
    }

    /** How a wrong value reads in a message: "a list", "a mapping", "nothing", "true", "'abc'". */
    public static String describe(Node node) {
        if (node == null || tag(node).equals(Tag.NULL)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String v = ((ScalarNode) node).getValue();
        return tag(node).equals(Tag.STR) ? quote(v) : shorten(v);
    }

    /** {@code 'text'}, shortened, for echoing a user's text in a one-line message. */
    static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    private static String shorten(String text) {
        if (text.length() <= 40) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(36)) ? 36 : 37;
        return text.substring(0, end) + "...";
    }

    private static String lineAt(String text, int line) {
        int start = 0;
        for (int i = 0; i < line && start >= 0; i++) {
            int nl = text.indexOf('\n', start);
            start = nl < 0 ? -1 : nl + 1;
        }
        if (start < 0) {
            return "";
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int firstInvalidUtf8(byte[] bytes, int from) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** Line and column (in code points, as SnakeYAML counts) of a byte offset, not counting a byte-order mark. */
    private static int[] lineColumn(byte[] bytes, int from, int offset) {
        int line = 1;
        int col = 1;
        for (int i = from; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Thrown by {@link GuardedParser} when collections nest too deeply; carries no stack trace. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Event at;

        TooDeep(Event at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * Passes SnakeYAML's parser events through, counting nesting depth so that a hostile file stops early, and
     * remembering the last event so that an error without a position still gets one.
     */
    private static final class GuardedParser implements Parser {
        private final Parser inner;
        private int depth;
        Event last;

        GuardedParser(Parser inner) {
            this.inner = inner;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return inner.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return inner.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public Event next() {
            Event event = inner.next();
            last = event;
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(event);
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> { }
            }
            return event;
        }
    }
}
