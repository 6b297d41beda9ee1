package backplan.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * Native zsh and fish completion scripts written from the picocli model, so that every option, subcommand and
 * exercise id the parser knows is offered with its description (bash uses picocli's own {@code AutoComplete}).
 */
final class ShellCompletion {

    /**
     * Where a menu's short line ends: a full stop before a capital letter ("e.g. 45s" goes on, "Default 3. Use..."
     * ends), or a semicolon or colon before more.
     */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("\\.\\s+(?=\\p{Lu})|[;:]\\s");

    private ShellCompletion() {}

    /** A zsh completion function: works from a file named {@code _backplan} on the fpath, or sourced. */
    static String zsh(CommandLine root) {
        String name = root.getCommandName();
        StringBuilder s = new StringBuilder();
        s.append("#compdef ").append(name).append('\n')
                .append("# zsh completion for ").append(name).append(", written from its command model by '")
                .append(name).append(" completion zsh'.\n")
                .append("# Install: save as _").append(name).append(" in a directory on $fpath, or source it.\n\n");
        zshFunction(s, root, "_" + name);
        s.append("if [ \"$funcstack[1]\" = \"_").append(name).append("\" ]; then\n")
                .append("    _").append(name).append(" \"$@\"\n")
                .append("else\n")
                .append("    compdef _").append(name).append(' ').append(name).append('\n')
                .append("fi\n");
        return s.toString();
    }

    private static void zshFunction(StringBuilder s, CommandLine command, String function) {
        CommandSpec spec = command.getCommandSpec();
        Map<String, CommandLine> subs = spec.subcommands();
        s.append(function).append("() {\n");
        if (!subs.isEmpty()) {
            s.append("    local curcontext=\"$curcontext\" state line\n    typeset -A opt_args\n");
        }
        s.append("    _arguments -s").append(subs.isEmpty() ? "" : " -C").append(" \\\n");
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                s.append("        ").append(zshOption(o)).append(" \\\n");
            }
        }
        if (subs.isEmpty()) {
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (!p.hidden()) {
                    String action = zshAction(p);
                    s.append("        ").append(quote((p.arity().max() > 1 ? "*" : "") + ":" + p.paramLabel() + ":"
                            + action)).append(" \\\n");
                }
            }
            trimContinuation(s);
            s.append("}\n\n");
            return;
        }
        s.append("        ").append(quote(": :->command")).append(" \\\n")
                .append("        ").append(quote("*:: :->args")).append(" && return\n")
                .append("    case $state in\n")
                .append("        command)\n")
                .append("            local -a commands\n")
                .append("            commands=(\n");
        subs.forEach((sub, cl) -> s.append("                ")
                .append(quote(sub + ":" + firstSentence(cl.getCommandSpec().usageMessage().description())))
                .append('\n'));
        s.append("            )\n")
                .append("            _describe -t commands '").append(spec.qualifiedName()).append(" command' commands\n")
                .append("            ;;\n")
                .append("        args)\n")
                .append("            case $line[1] in\n");
        subs.forEach((sub, cl) -> s.append("                ").append(sub).append(") ").append(function).append('_')
                .append(sub.replace('-', '_')).append(" ;;\n"));
        s.append("            esac\n            ;;\n    esac\n}\n\n");
        subs.forEach((sub, cl) -> zshFunction(s, cl, function + "_" + sub.replace('-', '_')));
    }

    private static String zshOption(OptionSpec o) {
        String[] names = o.names();
        boolean takesValue = o.arity().max() > 0;
        // A repeatable option stays on offer after use; one that is not excludes all its names once used.
        String prefix = o.isMultiValue() ? "*" : names.length > 1 ? "(" + String.join(" ", names) + ")" : "";
        String describe = "[" + firstSentence(o.description()).replace("[", "\\[").replace("]", "\\]") + "]";
        String value = takesValue ? ":" + o.paramLabel() + ":" + zshAction(o) : "";
        List<String> specs = new ArrayList<>();
        for (String n : names) {
            specs.add(n + (takesValue && n.startsWith("--") ? "=" : "")); // --x=: the value may follow '=' or a space
        }
        if (specs.size() == 1) {
            return quote(prefix + specs.get(0) + describe + value);
        }
        // zsh's brace expansion gives one spec per name: '(-h --help)'{-h,--help}'[Show help]'
        return quote(prefix) + "{" + String.join(",", specs) + "}" + quote(describe + value);
    }

    private static String zshAction(ArgSpec arg) {
        List<String> candidates = candidates(arg);
        if (!candidates.isEmpty()) {
            return "(" + String.join(" ", candidates) + ")";
        }
        return isPath(arg) ? "_files" : " ";
    }

    /** Fish completions: one {@code complete} line per subcommand and option, conditioned on the words typed. */
    static String fish(CommandLine root) {
        String name = root.getCommandName();
        StringBuilder s = new StringBuilder();
        s.append("# fish completion for ").append(name).append(", written from its command model by '").append(name)
                .append(" completion fish'.\n")
                .append("# Install: save as ~/.config/fish/completions/").append(name).append(".fish\n\n")
                .append("complete -c ").append(name).append(" -f\n");
        fishCommand(s, name, root, List.of());
        return s.toString();
    }

    private static void fishCommand(StringBuilder s, String name, CommandLine command, List<String> path) {
        CommandSpec spec = command.getCommandSpec();
        Map<String, CommandLine> subs = spec.subcommands();
        String here = fishCondition(path);
        String own = here; // this command's own options and subcommand names: not once a subcommand is typed
        if (!subs.isEmpty()) {
            String none = "not __fish_seen_subcommand_from " + String.join(" ", subs.keySet());
            own = here.isEmpty() ? none : here + "; and " + none;
            String condition = own;
            subs.forEach((sub, cl) -> s.append("complete -c ").append(name).append(" -n ").append(quote(condition))
                    .append(" -a ").append(sub).append(" -d ")
                    .append(quote(firstSentence(cl.getCommandSpec().usageMessage().description()))).append('\n'));
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || o.inherited()) {
                continue; // an inherited option is offered once, from the command that declares it
            }
            s.append("complete -c ").append(name);
            if (!own.isEmpty() && !path.isEmpty()) {
                s.append(" -n ").append(quote(own));
            }
            for (String n : o.names()) {
                s.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
            }
            if (o.arity().max() > 0) {
                List<String> candidates = candidates(o);
                s.append(!candidates.isEmpty() ? " -x -a " + quote(String.join(" ", candidates))
                        : isPath(o) ? " -r -F" : " -x");
            }
            s.append(" -d ").append(quote(firstSentence(o.description()))).append('\n');
        }
        if (subs.isEmpty()) {
            for (PositionalParamSpec p : spec.positionalParameters()) {
                List<String> candidates = candidates(p);
                if (p.hidden() || (candidates.isEmpty() && !isPath(p))) {
                    continue;
                }
                s.append("complete -c ").append(name).append(" -n ").append(quote(here))
                        .append(candidates.isEmpty() ? " -F" : " -a " + quote(String.join(" ", candidates)))
                        .append('\n');
            }
        }
        subs.forEach((sub, cl) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub);
            fishCommand(s, name, cl, deeper);
        });
    }

    /** The subcommands typed so far: {@code plan set} is reached once both words are on the line. */
    private static String fishCondition(List<String> path) {
        List<String> parts = new ArrayList<>();
        for (String word : path) {
            parts.add("__fish_seen_subcommand_from " + word);
        }
        return String.join("; and ", parts);
    }

    private static List<String> candidates(ArgSpec arg) {
        List<String> all = new ArrayList<>();
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null) {
            candidates.forEach(all::add);
        }
        return all;
    }

    private static boolean isPath(ArgSpec arg) {
        Class<?> type = arg.type();
        return type == Path.class || type == File.class;
    }

    /** The first sentence of a picocli description, as one short line for a completion menu. */
    static String firstSentence(String[] description) {
        String text = description.length == 0 ? "" : description[0].replaceAll("\\$\\{[^}]*}", "").strip();
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        int cut = text.length();
        while (end.find()) {
            if (depth(text, end.start()) == 0) { // "(default: ...)" is part of the line, not its end
                cut = end.start() + 1;
                break;
            }
        }
        text = text.substring(0, cut);
        text = text.endsWith(".") || text.endsWith(";") || text.endsWith(":") ? text.substring(0, text.length() - 1)
                : text;
        return text.replaceAll("@\\|\\w+ ([^|]*)\\|@", "$1");
    }

    /** How many parentheses are open at {@code at}. */
    private static int depth(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth;
    }


    /** Single quotes for sh, zsh and fish alike. */
    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void trimContinuation(StringBuilder s) {
        int cut = s.lastIndexOf(" \\\n");
        if (cut == s.length() - 3) {
            s.setLength(cut);
            s.append('\n');
        }
    }
}
