package backplan.cli;

import backplan.base.OnOff;
import backplan.catalog.Seconds;
import backplan.history.SaneValues;
import backplan.program.Weekdays;
import backplan.session.Tempo;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line's values are read: each kind of value once, with its bounds, for every option that takes it.
 * A converter's message follows the option's name ("--start must be a date …"); {@link UsageErrors} joins them.
 */
final class Converters {

    private Converters() {}

    /** {@code 45}, {@code 45s}, {@code 1m30s}: a duration within sane bounds for a workout. */
    static final class Duration implements ITypeConverter<Integer> {

        static final int MAX_SECONDS = 3600;

        @Override
        public Integer convert(String value) {
            return seconds(value, MAX_SECONDS, "a duration such as 45, 45s or 1m30s");
        }
    }

    /** A reminder's lead: {@code 0} to {@code 24h}. */
    static final class Reminder implements ITypeConverter<Integer> {

        static final int MAX_SECONDS = 24 * 3600;

        @Override
        public Integer convert(String value) {
            return seconds(value, MAX_SECONDS, "a duration from 0 to 24h, such as 15m or 1h");
        }
    }

    private static int seconds(String value, int max, String what) {
        OptionalInt seconds = Seconds.parse(value);
        if (seconds.isEmpty()) {
            throw new TypeConversionException("must be " + what + ", not '" + value + "'");
        }
        if (seconds.getAsInt() > max) {
            throw new TypeConversionException("is at most " + Seconds.format(max) + ", not " + value);
        }
        return seconds.getAsInt();
    }

    /**
     * A file or directory. An empty one is refused: it is what a script passes when its variable is unset, and as a
     * path it would mean the current directory.
     */
    static final class FilePath implements ITypeConverter<Path> {

        @Override
        public Path convert(String value) {
            if (value.isEmpty()) {
                throw new TypeConversionException("must not be empty: an empty path names no file (is a variable"
                        + " unset?)");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("cannot be '" + value + "': " + e.getReason());
            }
        }
    }

    /** A day such as {@code 2026-11-24}, within the years the history and plan accept. */
    static final class Day implements ITypeConverter<LocalDate> {

        @Override
        public LocalDate convert(String value) {
            LocalDate day;
            try {
                day = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a date such as 2026-11-24, not '" + value + "'");
            }
            if (!SaneValues.contains(day)) {
                throw new TypeConversionException("must be a day from " + SaneValues.range() + ", not " + value);
            }
            return day;
        }
    }

    /** A time of day such as {@code 18:00} or {@code 7:30}. */
    static final class TimeOfDay implements ITypeConverter<LocalTime> {

        @Override
        public LocalTime convert(String value) {
            String t = value.strip();
            try {
                return LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a time such as 18:00 or 7:30, not '" + value + "'");
            }
        }
    }

    /** {@code OUT/BACK} seconds of a paced rep, each 1 to 30. */
    static final class TempoValue implements ITypeConverter<Tempo> {

        @Override
        public Tempo convert(String value) {
            String[] parts = value.split("/");
            try {
                if (parts.length == 2) {
                    int out = Integer.parseInt(parts[0].strip());
                    int back = Integer.parseInt(parts[1].strip());
                    if (out >= 1 && back >= 1 && out <= 30 && back <= 30) {
                        return new Tempo(out, back);
                    }
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("must be OUT/BACK in whole seconds (1-30), such as 2/2, not '" + value
                    + "'");
        }
    }

    /** The weekdays of the sessions, {@code mon,wed,fri}, or {@code none}. */
    static final class Days implements ITypeConverter<Set<DayOfWeek>> {

        @Override
        public Set<DayOfWeek> convert(String value) {
            if (value.strip().equalsIgnoreCase("none")) {
                return Set.of();
            }
            Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
            for (String name : value.split(",")) {
                DayOfWeek day = Weekdays.parse(name).orElseThrow(() -> new TypeConversionException(
                        "names an unknown day '" + name.strip() + "'; days are " + String.join(", ", Weekdays.keys())
                                + ", or none"));
                if (!out.add(day)) {
                    throw new TypeConversionException("names " + Weekdays.key(day) + " twice");
                }
            }
            return out;
        }
    }

    /** A yes-or-no given as a value ({@code --voice=no}): true/false, yes/no or on/off, in any case. */
    static final class YesNo implements ITypeConverter<Boolean> {

        @Override
        public Boolean convert(String value) {
            return OnOff.parse(value).orElseThrow(() -> new TypeConversionException("must be " + OnOff.WORDS
                    + ", not '" + value + "'"));
        }
    }

    /** A pain rating: a whole number from 0 (no pain) to 10 (the worst imaginable). */
    /** A session's note: one line of text (see {@link backplan.history.Notes}). */
    static final class Note implements ITypeConverter<String> {

        @Override
        public String convert(String value) {
            backplan.history.Notes.problem(value).ifPresent(why -> {
                throw new TypeConversionException("must be " + why.replaceFirst("^a note is ", "") + " (" + why
                        + ")");
            });
            return backplan.history.Notes.clean(value);
        }
    }

    static final class PainRating implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number from 0 (no pain) to 10 (the worst"
                        + " imaginable), not '" + value + "'");
            }
            if (n < 0 || n > 10) {
                throw new TypeConversionException("must be between 0 and 10, not " + n);
            }
            return n;
        }
    }

    /**
     * {@code N} or {@code ID=N}: a level for an exercise; the id is empty when the level names none.
     *
     * @param id    the exercise's id, or "" for "the one exercise with levels"
     * @param level 1 to {@link #MAX}
     */
    record LevelChoice(String id, int level) {

        static final int MAX = 9;
    }

    /** Reads a {@link LevelChoice}. */
    static final class Level implements ITypeConverter<LevelChoice> {

        @Override
        public LevelChoice convert(String value) {
            int eq = value.indexOf('=');
            String id = eq < 0 ? "" : value.substring(0, eq).strip();
            int level;
            try {
                level = Integer.parseInt(value.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a number such as 2, or ID=N such as oblique-knee-drop=2,"
                        + " not '" + value + "'");
            }
            if (level < 1 || level > LevelChoice.MAX) {
                throw new TypeConversionException("must be between 1 and " + LevelChoice.MAX + ", not " + level);
            }
            return new LevelChoice(id, level);
        }
    }
}
