package backplan.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, independent reader of iCalendar text, strict where RFC 5545 says MUST (and where it says lines SHOULD
 * stay within 75 octets): CRLF line ends only, folding, the content-line grammar, nested components that close
 * in order, and the properties each component needs exactly once. It shares no code with the writer or with
 * biweekly, so a file both accept is one other calendar apps can read. Throws on the first fault, naming the line.
 */
public final class StrictIcs {

    /** A component: its name, its properties in order, its subcomponents. */
    public record Component(String name, List<Property> properties, List<Component> components) {

        /** Every property of that name, in order. */
        public List<Property> all(String property) {
            return properties.stream().filter(p -> p.name().equals(property)).toList();
        }

        public Property one(String property) {
            List<Property> found = all(property);
            if (found.size() != 1) {
                throw new AssertionError(name + " has " + found.size() + " " + property + ", not one");
            }
            return found.get(0);
        }

        public List<Component> components(String component) {
            return components.stream().filter(c -> c.name().equals(component)).toList();
        }
    }

    /** A property: name, parameters, raw value. */
    public record Property(String name, Map<String, String> parameters, String value) {

        /** The value as TEXT (RFC 5545 3.3.11): escapes undone, and checked. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    if (i + 1 == value.length()) {
                        throw new AssertionError(name + ": a lone backslash ends the text");
                    }
                    char e = value.charAt(++i);
                    switch (e) {
                        case 'n', 'N' -> sb.append('\n');
                        case '\\', ';', ',' -> sb.append(e);
                        default -> throw new AssertionError(name + ": unknown escape \\" + e);
                    }
                } else if (c == ';' || c == ',') {
                    throw new AssertionError(name + ": an unescaped '" + c + "' in text");
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z0-9-]+)=(\"[^\"\\p{Cntrl}]*\"|[^\";:,\\p{Cntrl}]*)");
    static final Pattern DATE_TIME_UTC = Pattern.compile("\\d{8}T\\d{6}Z");
    static final Pattern DURATION = Pattern.compile(
            "[+-]?P(\\d+W|(\\d+D)?(T(\\d+H(\\d+M(\\d+S)?)?|\\d+M(\\d+S)?|\\d+S))?)");

    private StrictIcs() {}

    /** Parses a whole file's bytes: one VCALENDAR. */
    public static Component parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("the file does not end with CRLF");
        }
        List<String> physical = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int crlf = text.indexOf("\r\n", from);
            String line = text.substring(from, crlf);
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new AssertionError("line " + (physical.size() + 1) + ": a bare CR or LF");
            }
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            if (octets > 75) {
                throw new AssertionError("line " + (physical.size() + 1) + ": " + octets + " octets, over 75: " + line);
            }
            physical.add(line);
            from = crlf + 2;
        }
        List<String> logical = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            String line = physical.get(i);
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new AssertionError("line 1 is a continuation");
                }
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else if (line.isEmpty()) {
                throw new AssertionError("line " + (i + 1) + " is empty");
            } else {
                logical.add(line);
            }
        }
        Deque<Component> open = new ArrayDeque<>();
        Component root = null;
        for (String line : logical) {
            Property p = property(line);
            if (p.name().equals("BEGIN")) {
                Component c = new Component(p.value(), new ArrayList<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    if (root != null || !p.value().equals("VCALENDAR")) {
                        throw new AssertionError("one VCALENDAR only, not " + p.value());
                    }
                    root = c;
                } else {
                    open.peek().components().add(c);
                }
                open.push(c);
            } else if (p.name().equals("END")) {
                if (open.isEmpty() || !open.peek().name().equals(p.value())) {
                    throw new AssertionError("END:" + p.value() + " closes " + (open.isEmpty() ? "nothing"
                            : open.peek().name()));
                }
                check(open.pop());
            } else {
                if (open.isEmpty()) {
                    throw new AssertionError(p.name() + " outside any component");
                }
                open.peek().properties().add(p);
            }
        }
        if (root == null || !open.isEmpty()) {
            throw new AssertionError("the calendar is not closed");
        }
        return root;
    }

    /** name *(";" param) ":" value, with no control character but a tab anywhere. */
    private static Property property(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new AssertionError("a control character in: " + line);
            }
        }
        Matcher name = NAME.matcher(line);
        if (!name.lookingAt()) {
            throw new AssertionError("no property name: " + line);
        }
        int at = name.end();
        Map<String, String> params = new LinkedHashMap<>();
        while (at < line.length() && line.charAt(at) == ';') {
            Matcher m = PARAM.matcher(line).region(at + 1, line.length());
            if (!m.lookingAt()) {
                throw new AssertionError("a bad parameter: " + line);
            }
            params.put(m.group(1).toUpperCase(Locale.ROOT), m.group(2));
            at = m.end();
        }
        if (at >= line.length() || line.charAt(at) != ':') {
            throw new AssertionError("no ':' before the value: " + line);
        }
        return new Property(name.group().toUpperCase(Locale.ROOT), params, line.substring(at + 1));
    }

    /** What RFC 5545 requires of the components backplan writes. */
    private static void check(Component c) {
        switch (c.name()) {
            case "VCALENDAR" -> {
                if (!c.one("VERSION").value().equals("2.0")) {
                    throw new AssertionError("VERSION is not 2.0");
                }
                c.one("PRODID");
            }
            case "VEVENT" -> {
                c.one("UID");
                expect(DATE_TIME_UTC, c.one("DTSTAMP").value(), "DTSTAMP");
                expect(DATE_TIME_UTC, c.one("DTSTART").value(), "DTSTART");
                if (!c.all("DTEND").isEmpty() && !c.all("DURATION").isEmpty()) {
                    throw new AssertionError("DTEND and DURATION together");
                }
                c.all("DURATION").forEach(d -> expect(DURATION, d.value(), "DURATION"));
                c.all("SUMMARY").forEach(Property::text);
                c.all("DESCRIPTION").forEach(Property::text);
            }
            case "VALARM" -> {
                String action = c.one("ACTION").value();
                expect(DURATION, c.one("TRIGGER").value(), "TRIGGER");
                if (action.equals("DISPLAY")) {
                    c.one("DESCRIPTION").text();
                }
            }
            default -> { }
        }
    }

    private static void expect(Pattern p, String value, String what) {
        if (!p.matcher(value).matches()) {
            throw new AssertionError(what + " is not valid: " + value);
        }
    }
}
