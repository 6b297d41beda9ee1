package backplan.program;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Weekday names as the plan file and {@code plan set --days} write them: {@code mon}, {@code wed}, {@code fri}. */
public final class Weekdays {

    private Weekdays() {}

    /** {@code mon} for Monday. */
    public static String key(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    /** Every key, Monday first, for messages and hints. */
    public static List<String> keys() {
        return java.util.Arrays.stream(DayOfWeek.values()).map(Weekdays::key).toList();
    }

    /** A day from its short or full English name in any case ({@code mon}, {@code Monday}); empty otherwise. */
    public static Optional<DayOfWeek> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.equals(key(d)) || t.equals(d.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** {@code Mon, Wed, Fri}, in week order. */
    public static String format(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }
}
