package backplan.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a small YAML file into SnakeYAML Engine nodes and checks values against a schema, collecting every problem
 * with its {@code file:line:col} instead of stopping at the first.
 */
public final class YamlReader {

    /** Hand-edited catalogs and plans are small; a bigger file is almost surely the wrong one. */
    public static final int MAX_BYTES = 1 << 20;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public YamlReader(String file) {
        this.file = file;
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
        try {
            if (Files.isDirectory(path)) {
                problems.add(Problem.whole(file, "is a directory, not a file"));
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(Problem.whole(file, String.format(
                        "file is too large (%.1f MB; at most %d KB expected)", size / 1e6, MAX_BYTES / 1024)));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.add(Problem.whole(file, "no such file"));
            return Optional.empty();
        } catch (AccessDeniedException e) {
            problems.add(Problem.whole(file, "cannot read the file: permission denied"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.whole(file, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        return parse(bytes);
    }

    /** Composes UTF-8 bytes (a leading byte-order mark is allowed). */
    public Optional<Node> parse(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int[] pos = lineColumn(bytes, bad);
            problems.add(new Problem(file, pos[0], pos[1], "not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + "); save the file as UTF-8"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text);
    }

    public Optional<Node> parse(String text) {
        if (text.indexOf('\0') >= 0) {
            int at = text.indexOf('\0');
            int[] pos = lineColumn(text, at);
            problems.add(new Problem(file, pos[0], pos[1], "binary data (a NUL byte): this is not a YAML text file"));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                problems.add(Problem.whole(file, "the file is empty (only blanks or comments)"));
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            problems.add(mark == null
                    ? Problem.whole(file, "YAML syntax error: " + what)
                    : new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, "YAML syntax error: " + what));
        } catch (YamlEngineException e) {
            problems.add(Problem.whole(file, "YAML error: " + firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            problems.add(Problem.whole(file, "the YAML is nested too deeply"));
        }
        return Optional.empty();
    }

    /** Records a problem at a node's position. */
    public void problem(Node at, String message) {
        Optional<Mark> mark = at == null ? Optional.empty() : at.getStartMark();
        problems.add(mark.map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, message))
                .orElseGet(() -> Problem.whole(file, message)));
    }

    public void problem(String message) {
        problems.add(Problem.whole(file, message));
    }

    /**
     * The entries of a mapping by key, in file order. Reports a value that is no mapping, keys that are not plain
     * text, duplicate keys (the first one wins) and keys outside {@code known}, with a spelling hint.
     */
    public Optional<Map<String, Node>> mapping(Node node, String what, Collection<String> known) {
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " must be a mapping of keys to values, not " + describe(node));
            return Optional.empty();
        }
        checkTag(node);
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
                problem(keyNode, "duplicate key '" + key + "' in " + what
                        + first.getStartMark().map(m -> " (first at line " + (m.getLine() + 1) + ")").orElse(""));
                continue;
            }
            keyNodes.put(key, keyNode);
            if (!known.contains(key)) {
                problem(keyNode, "unknown key '" + key + "' in " + what + Spelling.hint(key, known));
                continue;
            }
            entries.put(key, tuple.getValueNode());
        }
        return Optional.of(entries);
    }

    public Optional<List<Node>> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, what + " must be a list, not " + describe(node));
            return Optional.empty();
        }
        checkTag(node);
        return Optional.of(seq.getValue());
    }

    /** Non-empty text on one line; numbers are accepted as text, other types are not. */
    public Optional<String> text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || isNull(node) || node.getTag().equals(Tag.BOOL)) {
            problem(node, what + " must be text, not " + describe(node));
            return Optional.empty();
        }
        checkTag(node);
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(node, what + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(value.replaceAll("\\s*\\R\\s*", " "));
    }

    public Optional<List<String>> texts(Node node, String what) {
        Optional<List<Node>> items = sequence(node, what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean good = true;
        for (Node item : items.get()) {
            Optional<String> t = text(item, "each of " + what);
            good &= t.isPresent();
            t.ifPresent(out::add);
        }
        return good ? Optional.of(out) : Optional.empty();
    }

    /** A whole number within bounds. */
    public OptionalInt whole(Node node, String what, int min, int max) {
        if (!(node instanceof ScalarNode scalar) || !node.getTag().equals(Tag.INT)) {
            if (node instanceof ScalarNode s && node.getTag().equals(Tag.FLOAT)) {
                problem(node, what + " must be a whole number, not " + s.getValue());
            } else {
                problem(node, what + " must be a whole number, not " + describe(node));
            }
            return OptionalInt.empty();
        }
        return bounded(node, what, scalar.getValue().strip(), min, max, "");
    }

    /** A duration in seconds: a whole number, or text such as {@code 45s} or {@code 1m30s}. */
    public OptionalInt seconds(Node node, String what, int min, int max) {
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.INT)) {
            return bounded(node, what, scalar.getValue().strip(), min, max, " s");
        }
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.STR)) {
            OptionalInt parsed = Seconds.parse(scalar.getValue());
            if (parsed.isPresent()) {
                return bounded(node, what, Integer.toString(parsed.getAsInt()), min, max, " s");
            }
        }
        problem(node, what + " must be a number of seconds such as 45, 45s or 1m30s, not " + describe(node));
        return OptionalInt.empty();
    }

    private OptionalInt bounded(Node node, String what, String digits, int min, int max, String unit) {
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            problem(node, what + " is far too large (at most " + max + unit + ")");
            return OptionalInt.empty();
        }
        if (value < min || value > max) {
            problem(node, what + " must be " + (min == 0 ? "at most " + max + unit
                    : "between " + min + " and " + max + unit) + ", not " + value
                    + (value > max ? "" : unit));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
    }

    public Optional<Boolean> flag(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || !node.getTag().equals(Tag.BOOL)) {
            problem(node, what + " must be true or false, not " + describe(node));
            return Optional.empty();
        }
        return Optional.of(Boolean.parseBoolean(scalar.getValue().strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    /** Explicit tags such as {@code !!java.lang.Runtime} or {@code !custom} mean nothing here: say so. */
    private void checkTag(Node node) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problem(node, "the tag '" + node.getTag().getValue() + "' is not supported; remove it");
        }
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    /** How a wrong value reads in a message: "a list", "a mapping", "nothing", "true", "'abc'". */
    public static String describe(Node node) {
        if (node == null || node.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String v = ((ScalarNode) node).getValue();
        if (v.length() > 40) {
            v = v.substring(0, 37) + "...";
        }
        return node.getTag().equals(Tag.STR) ? "'" + v + "'" : v;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int[] lineColumn(byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
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
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
