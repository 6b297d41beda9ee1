package backplan.cli;

import backplan.base.OnOff;
import backplan.catalog.Spelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, said in backplan's words: read from the exception's parts (what was
 * unmatched, which option lacks its value, which converter refused what), never by rewriting picocli's sentences.
 */
public final class UsageErrors {

    private UsageErrors() {}

    /** One line, without the "backplan: " prefix. */
    public static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m.getMissing());
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return name(o.getOverwritten()) + " is given twice";
        }
        ArgSpec arg = e.getArgSpec();
        boolean ours = arg != null && arg.converters().length > 0;
        if (ours && e.getCause() instanceof TypeConversionException refused) {
            return name(arg) + " " + refused.getMessage();
        }
        if (arg != null && !ours && e.getValue() != null) {
            Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
            if (type.isEnum()) {
                return name(arg) + " must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", ")) + ", not '" + e.getValue() + "'";
            }
            if (type == int.class || type == Integer.class) {
                return name(arg) + " must be a whole number, not '" + e.getValue() + "'";
            }
            if (type == boolean.class || type == Boolean.class) {
                return name(arg) + " must be " + OnOff.WORDS + ", not '" + e.getValue() + "'";
            }
        }
        return e.getMessage() == null ? "the command line could not be read" : e.getMessage();
    }

    /** "unknown option '--wrok' (did you mean '--work'?)", "unknown arguments 'a', 'b'". */
    private static String unmatched(UnmatchedArgumentException u) {
        List<String> what = u.getUnmatched();
        if (what.isEmpty()) {
            return "unknown argument";
        }
        String first = what.get(0);
        if (u.isUnknownOption()) {
            List<String> names = new ArrayList<>(u.getCommandLine().getCommandSpec().optionsMap().keySet());
            String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return "unknown option '" + typed + "'" + Spelling.hint(typed, names);
        }
        return (what.size() == 1 ? "unknown argument " : "unknown arguments ")
                + what.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }

    /** "--since needs a value (DATE)", "config set needs KEY and VALUE". */
    private static String missing(List<ArgSpec> missing) {
        ArgSpec first = missing.get(0);
        if (first instanceof OptionSpec option) {
            return option.longestName() + " needs a value (" + option.paramLabel() + ")";
        }
        CommandLine command = first.command() == null ? null : first.command().commandLine();
        String who = command == null ? "the command"
                : command.getCommandSpec().qualifiedName().replaceFirst("^backplan ", "");
        return who + " needs " + missing.stream().map(UsageErrors::name).collect(Collectors.joining(" and "));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }
}
