package backplan.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
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

    /**
     * A bash completion script: picocli's {@code AutoComplete}, with what it leaves out put in: the negated names of
     * negatable options ({@code --no-voice}) and values that depend on the word before them ({@code config set
     * sound} offers the sound modes). Each addition finds its place in picocli's script or fails loudly, so a
     * picocli upgrade that moves things cannot drop one silently.
     */
    static String bash(CommandLine root) {
        String name = root.getCommandName();
        StringBuilder script = new StringBuilder(AutoComplete.bash(name, root));
        bashExtras(script, root, "_picocli_" + bashName(name));
        return script.toString();
    }

    private static void bashExtras(StringBuilder script, CommandLine command, String function) {
        CommandSpec spec = command.getCommandSpec();
        int start = script.indexOf("\nfunction " + function + "() {\n");
        int end = start < 0 ? -1 : script.indexOf("\n}\n", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("no function " + function + " in picocli's bash script");
        }
        String body = script.substring(start, end);
        String changed = body;
        List<String> negated = negatedNames(spec);
        if (!negated.isEmpty()) {
            int flags = changed.indexOf("  local flag_opts=\"");
            int close = flags < 0 ? -1 : changed.indexOf("\"\n", flags);
            if (close < 0) {
                throw new IllegalStateException("no flag_opts in " + function + " of picocli's bash script");
            }
            StringBuilder more = new StringBuilder();
            negated.forEach(n -> more.append(" '").append(n).append("'"));
            changed = changed.substring(0, close) + more + changed.substring(close);
        }
        for (OptionSpec o : spec.options()) {
            if (o.completionCandidates() instanceof Candidates.Pairs pairs && !o.hidden()) {
                int at = changed.indexOf("\n  case ${prev_word} in\n");
                if (at < 0) {
                    throw new IllegalStateException("no case on prev_word in " + function + " of picocli's bash script");
                }
                changed = changed.substring(0, at + 1) + bashPairs(o, pairs) + changed.substring(at + 1);
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.completionCandidates() instanceof Candidates.Keyed keyed && !p.hidden()) {
                String array = bashName(p.paramLabel()) + "_pos_param_args";
                int line = changed.indexOf("  local " + array + "=(");
                int eol = line < 0 ? -1 : changed.indexOf('\n', line);
                if (eol < 0) {
                    throw new IllegalStateException("no " + array + " in " + function + " of picocli's bash script");
                }
                StringBuilder byKey = new StringBuilder("  local " + array + "=()\n"
                        + "  case ${COMP_WORDS[COMP_CWORD-1]} in # the values of the key before\n");
                keyed.byKey().forEach((key, values) -> byKey.append("    ").append(quote(key)).append(") ")
                        .append(array).append("=(").append(String.join(" ", values.stream()
                                .map(ShellCompletion::quote).toList())).append(") ;;\n"));
                byKey.append("  esac");
                changed = changed.substring(0, line) + byKey + changed.substring(eol);
            }
        }
        script.replace(start, end, changed);
        command.getSubcommands().forEach((sub, cl) -> {
            if (!cl.getCommandSpec().usageMessage().hidden()) {
                bashExtras(script, cl, function + "_" + bashName(sub));
            }
        });
    }

    /**
     * The value of a {@code KEY=VALUE} option after its {@code =}: bash splits the word there ({@code =} is in
     * COMP_WORDBREAKS), so {@code --pick glutes=c} reaches the function as {@code --pick glutes = c}, and what is
     * offered replaces only the part after {@code =}.
     */
    private static String bashPairs(OptionSpec option, Candidates.Pairs pairs) {
        String names = String.join("|", option.names());
        StringBuilder s = new StringBuilder()
                .append("  local pair_key=\"\" pair_cur=${curr_word} # ").append(option.longestName())
                .append(" KEY=VALUE, split at '=' by bash\n")
                .append("  if [[ ${curr_word} == '=' ]] && [[ ${COMP_WORDS[COMP_CWORD-2]} == @(").append(names)
                .append(") ]]; then\n")
                .append("    pair_key=${COMP_WORDS[COMP_CWORD-1]}; pair_cur=\"\"\n")
                .append("  elif [[ ${COMP_WORDS[COMP_CWORD-1]} == '=' ]] && [[ ${COMP_WORDS[COMP_CWORD-3]} == @(")
                .append(names).append(") ]]; then\n")
                .append("    pair_key=${COMP_WORDS[COMP_CWORD-2]}\n")
                .append("  fi\n")
                .append("  if [[ -n ${pair_key} ]]; then\n")
                .append("    local pair_values=()\n")
                .append("    case ${pair_key} in\n");
        pairs.byKey().forEach((key, values) -> s.append("      ").append(quote(key)).append(") pair_values=(")
                .append(String.join(" ", values.stream().map(ShellCompletion::quote).toList())).append(") ;;\n"));
        return s.append("    esac\n")
                .append("    local IFS=$'\\n'\n")
                .append("    COMPREPLY=( $(compgen -W \"${pair_values[*]}\" -- \"${pair_cur}\") )\n")
                .append("    return 0\n")
                .append("  fi\n").toString();
    }

    /** As picocli names bash functions and arrays: letters, digits and underscores only. */
    private static String bashName(String name) {
        return name.replaceAll("[^\\p{L}\\p{Nd}_]", "");
    }

    /** The negated names of every negatable option of a command. */
    private static List<String> negatedNames(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                out.addAll(negatedNames(spec, o));
            }
        }
        return out;
    }

    /** {@code --no-voice} for a negatable {@code --voice}: the names picocli accepts but its model does not list. */
    private static List<String> negatedNames(CommandSpec spec, OptionSpec o) {
        List<String> out = new ArrayList<>();
        if (o.negatable()) {
            for (String n : o.names()) {
                String negative = spec.negatableOptionTransformer().makeNegative(n, spec);
                if (negative != null && !negative.equals(n) && negative.startsWith("--")) {
                    out.add(negative);
                }
            }
        }
        return out;
    }

    /** A menu's line for {@code --no-voice}. */
    private static String negatedDescription(OptionSpec o) {
        return "Not " + o.longestName() + ", whatever is saved";
    }

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
                for (String each : zshOption(spec, o)) {
                    s.append("        ").append(each).append(" \\\n");
                }
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

    /** One spec, or for a negatable option two ({@code --voice}, {@code --no-voice}) that exclude each other. */
    private static List<String> zshOption(CommandSpec spec, OptionSpec o) {
        List<String> negated = negatedNames(spec, o);
        if (!negated.isEmpty()) {
            List<String> all = new ArrayList<>(List.of(o.names()));
            all.addAll(negated);
            String exclusive = "(" + String.join(" ", all) + ")";
            List<String> out = new ArrayList<>();
            for (String n : o.names()) {
                out.add(quote(exclusive + n + "[" + zshDescription(firstSentence(o.description())) + "]"));
            }
            for (String n : negated) {
                out.add(quote(exclusive + n + "[" + zshDescription(negatedDescription(o)) + "]"));
            }
            return out;
        }
        return List.of(zshOption(o));
    }

    private static String zshDescription(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }

    private static String zshOption(OptionSpec o) {
        String[] names = o.names();
        boolean takesValue = o.arity().max() > 0;
        // A repeatable option stays on offer after use; one that is not excludes all its names once used.
        String prefix = o.isMultiValue() ? "*" : names.length > 1 ? "(" + String.join(" ", names) + ")" : "";
        String describe = "[" + zshDescription(firstSentence(o.description())) + "]";
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
        if (arg.completionCandidates() instanceof Candidates.Keyed keyed) {
            // the values of the key typed just before
            StringBuilder cases = new StringBuilder("{case $words[CURRENT-1] in");
            keyed.byKey().forEach((key, values) -> cases.append(" (").append(key).append(") compadd -- ")
                    .append(String.join(" ", values)).append(";;"));
            return cases.append(" esac}").toString();
        }
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
            for (String n : negatedNames(spec, o)) {
                s.append("complete -c ").append(name);
                if (!own.isEmpty() && !path.isEmpty()) {
                    s.append(" -n ").append(quote(own));
                }
                s.append(" -l ").append(n.substring(2)).append(" -d ").append(quote(negatedDescription(o)))
                        .append('\n');
            }
        }
        if (subs.isEmpty()) {
            List<PositionalParamSpec> positionals = spec.positionalParameters();
            for (int i = 0; i < positionals.size(); i++) {
                PositionalParamSpec p = positionals.get(i);
                List<String> candidates = candidates(p);
                if (p.hidden() || (candidates.isEmpty() && !isPath(p))) {
                    continue;
                }
                if (p.completionCandidates() instanceof Candidates.Keyed keyed) {
                    // each key's values once that key is on the line
                    String after = here.isEmpty() ? "" : here + "; and ";
                    keyed.byKey().forEach((key, values) -> s.append("complete -c ").append(name).append(" -n ")
                            .append(quote(after + "__fish_seen_subcommand_from " + key)).append(" -a ")
                            .append(quote(String.join(" ", values))).append('\n'));
                    continue;
                }
                String condition = here;
                boolean keysFor = i + 1 < positionals.size()
                        && positionals.get(i + 1).completionCandidates() instanceof Candidates.Keyed;
                if (keysFor) {
                    // a key is offered until one is typed; then its values are
                    condition = (here.isEmpty() ? "" : here + "; and ") + "not __fish_seen_subcommand_from "
                            + String.join(" ", candidates);
                }
                s.append("complete -c ").append(name).append(" -n ").append(quote(condition))
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
