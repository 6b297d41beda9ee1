package backplan.cli;

import backplan.catalog.Seconds;
import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 45}, {@code 45s}, {@code 1m30s} for duration options, within sane bounds for a workout. */
final class DurationConverter implements ITypeConverter<Integer> {

    static final int MAX_SECONDS = 3600;

    @Override
    public Integer convert(String value) {
        OptionalInt seconds = Seconds.parse(value);
        if (seconds.isEmpty()) {
            throw new TypeConversionException("'" + value + "' is not a duration; use seconds such as 45, 45s or"
                    + " 1m30s");
        }
        if (seconds.getAsInt() > MAX_SECONDS) {
            throw new TypeConversionException("'" + value + "' is too long; at most " + Seconds.format(MAX_SECONDS));
        }
        return seconds.getAsInt();
    }
}
