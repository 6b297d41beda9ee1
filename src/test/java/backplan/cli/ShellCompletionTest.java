package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zsh and fish scripts of {@code backplan completion}: what they offer, and (where the shell is installed, as
 * CI installs it) that the shell itself parses them and completes from them.
 */
class ShellCompletionTest {

    @TempDir
    Path home;

    private String script(String shell) {
        Cli.Result r = new Cli(home).run("completion", shell);
        assertEquals(0, r.code(), r.dump());
        assertEquals("", r.err(), r.dump());
        return r.out();
    }

    @Test
    void firstSentenceKeepsAbbreviationsAndDropsTheFullStop() {
        assertEquals("Work time per set, e.g. 45, 45s", ShellCompletion.firstSentence(
                new String[] {"Work time per set, e.g. 45, 45s. Default: the prescription."}));
        assertEquals("List the exercises", ShellCompletion.firstSentence(new String[] {"List the exercises."}));
        assertEquals("", ShellCompletion.firstSentence(new String[0]));
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Cli.Result r = new Cli(home).run("completion", "tcsh");
        assertEquals(2, r.code(), r.dump());
        assertEquals("backplan: unknown shell 'tcsh'; backplan completes bash, zsh and fish\n", r.err());
    }

    @Test
    void zshOffersSubcommandsOptionsAndIds() {
        String zsh = script("zsh");
        assertTrue(zsh.startsWith("#compdef backplan\n"), zsh);
        assertTrue(zsh.contains("'list:List the exercises, grouped in session order'"), zsh);
        assertTrue(zsh.contains("'--catalog=[Exercise catalog to use"), "file options complete files: " + zsh);
        assertTrue(zsh.contains(":FILE:_files'"), zsh);
        assertTrue(zsh.contains("'(-h --help)'{-h,--help}'[Show this help message and exit]'"), zsh);
        assertTrue(zsh.contains("'*--category=["), "a repeatable option stays on offer: " + zsh);
        assertTrue(zsh.contains("_backplan_plan_set() {"), "nested subcommands get their own function: " + zsh);
        assertTrue(zsh.matches("(?s).*_backplan_start\\(\\) \\{.*'\\*:ID:\\([^)]*dead-bug[^)]*\\)'.*"),
                "exercise ids complete for start: " + zsh);
    }

    @Test
    void fishOffersSubcommandsOptionsAndIds() {
        String fish = script("fish");
        assertTrue(fish.contains("complete -c backplan -f\n"), "no file names where none are wanted: " + fish);
        String subcommands = String.join(" ", ReleaseFiles.commandTree("1").getSubcommands().keySet());
        assertTrue(fish.contains("complete -c backplan -n 'not __fish_seen_subcommand_from " + subcommands
                + "' -a list -d 'List the exercises, grouped in session order'\n"), fish);
        assertTrue(fish.contains("complete -c backplan -l catalog -r -F -d 'Exercise catalog to use"), fish);
        assertEquals(1, count(fish, " -l catalog "), "an inherited option is declared once: " + fish);
        assertTrue(fish.contains("-n '__fish_seen_subcommand_from plan; and __fish_seen_subcommand_from set'"
                + " -l per-week -x"), fish);
    }

    @Test
    void zshParsesTheScriptAndRegistersTheFunction() throws Exception {
        assumeTrue(onPath("zsh"), "zsh is not installed (CI installs it)");
        Path file = home.resolve("_backplan");
        Files.writeString(file, script("zsh"));
        Shell syntax = run("zsh", "-n", file.toString());
        assertEquals(0, syntax.code, syntax.output);
        Shell sourced = run("zsh", "-f", "-c", "autoload -U compinit && compinit -u -d " + home.resolve("zcompdump")
                + " && source " + file + " && print -r -- $_comps[backplan]");
        assertEquals("_backplan\n", sourced.output);
    }

    @Test
    void fishCompletesWhatATypedLineNeeds() throws Exception {
        assumeTrue(onPath("fish"), "fish is not installed (CI installs it)");
        Path file = home.resolve("backplan.fish");
        Files.writeString(file, script("fish"));
        Shell r = run("fish", "--no-config", "-c", "source " + file
                + "; complete -C 'backplan li'; echo ==; complete -C 'backplan start dead'; echo =="
                + "; complete -C 'backplan plan '; echo ==; complete -C 'backplan plan set --pe'"
                + "; echo ==; complete -C 'backplan plan set --as'");
        assertEquals(0, r.code, r.output);
        String[] parts = r.output.split("==\n", -1);
        assertEquals("list\tList the exercises, grouped in session order\n", parts[0]);
        assertEquals("dead-bug\n", parts[1]);
        assertEquals("export\tWrite the plan's sessions as an iCalendar file (RFC 5545) for any calendar app\n"
                + "renew\tStart the plan again from today once its weeks are over\n"
                + "reset\tRemove the plan (the history stays)\nresume\tSay that pain from a session has settled, so the"
                + " paused plan goes on\nset\tMake or change the plan\n", parts[2]);
        assertTrue(parts[3].startsWith("--per-week\t"), r.output);
        assertEquals("", parts[4], "plan's own --ascii is not offered after 'plan set'");
        assertFalse(r.output.contains("Unknown"), r.output);
    }

    /** What a person is offered, in each shell, for the words typed so far (the last one may be partly typed). */
    private static final List<List<String>> OFFERS = List.of(
            List.of("backplan start --sound ", "auto bell off tones"),
            List.of("backplan start --no-", "--no-color --no-figure --no-flash --no-voice --no-wait"),
            List.of("backplan start --pick glutes=c", "glutes=clamshell"),
            List.of("backplan plan set --pick back=w", "back=wall-angel"),
            List.of("backplan list --part s", "strength stretch"),
            List.of("backplan config set ", "figure flash hook.session-end lead-in sound voice voice-name voice-rate volume wait"),
            List.of("backplan config set sound ", "auto bell off tones"),
            List.of("backplan config set wait ", "false true"),
            List.of("backplan config get l", "lead-in"),
            List.of("backplan config unset f", "figure flash"),
            List.of("backplan help st", "start status"));

    @Test
    void bashCompletesValuesNegatedOptionsAndKeys() throws Exception {
        Path file = home.resolve("backplan.bash");
        Files.writeString(file, script("bash"));
        for (List<String> offer : OFFERS) {
            // bash splits words at '=' (COMP_WORDBREAKS): glutes=c reaches the function as glutes = c
            String typed = offer.get(0).replace("=", " = ");
            List<String> words = new ArrayList<>(List.of(typed.split(" ", -1)));
            StringBuilder array = new StringBuilder();
            words.forEach(w -> array.append(" '").append(w).append("'"));
            Shell r = run("bash", "--norc", "--noprofile", "-c", "source " + file + " && COMP_WORDS=(" + array
                    + ") && COMP_CWORD=" + (words.size() - 1) + " && _complete_backplan 2>/dev/null;"
                    + " printf '%s\\n' \"${COMPREPLY[@]}\"");
            assertEquals(0, r.code, r.output);
            String expected = offer.get(1).contains("=") ? offer.get(1).substring(offer.get(1).indexOf('=') + 1)
                    : offer.get(1);
            assertEquals(expected, sorted(r.output), offer.get(0));
        }
    }

    @Test
    void zshCompletesValuesNegatedOptionsAndKeys() throws Exception {
        assumeTrue(onPath("zsh"), "zsh is not installed (CI installs it)");
        Path file = home.resolve("_backplan");
        Files.writeString(file, script("zsh"));
        // A zsh in a pseudo-terminal, where compadd prints what it is given instead of showing a menu.
        Path init = home.resolve("init.zsh");
        Files.writeString(init, """
                PROMPT=''
                autoload -U compinit && compinit -u -d %s
                bindkey '^I' complete-word
                zstyle ':completion:*' insert-tab false
                compprefuncs=( begin-marks )
                comppostfuncs=( end-marks )
                begin-marks () { print -rn -- '<<<BEGIN>>>' }
                end-marks () { print -rn -- '<<<END>>>'; exit }
                compadd () {
                    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
                        builtin compadd "$@"
                        return $?
                    fi
                    local -a hits
                    builtin compadd -A hits "$@"
                    local h
                    for h in $hits; do print -rn -- "$h"$'\\n'; done
                }
                source %s
                """.formatted(home.resolve("zcompdump"), file));
        Path capture = home.resolve("capture.zsh");
        Files.writeString(capture, """
                zmodload zsh/zpty
                zpty z zsh -f -i
                zpty -w z "source ${(q)1}"
                zpty -w z "$2"$'\\t'
                local out=""
                while zpty -r z line; do out+=$line; done
                print -r -- ${${out#*<<<BEGIN>>>}%%<<<END>>>*}
                """);
        for (List<String> offer : OFFERS) {
            Shell r = run("zsh", "-f", capture.toString(), init.toString(), offer.get(0));
            assertEquals(offer.get(1), sorted(r.output.replace("\r", "")), offer.get(0) + "\n" + r.output);
        }
    }

    @Test
    void fishCompletesValuesNegatedOptionsAndKeys() throws Exception {
        assumeTrue(onPath("fish"), "fish is not installed (CI installs it)");
        Path file = home.resolve("backplan.fish");
        Files.writeString(file, script("fish"));
        StringBuilder commands = new StringBuilder("source " + file);
        for (List<String> offer : OFFERS) {
            commands.append("; complete -C '").append(offer.get(0)).append("'; echo ==");
        }
        Shell r = run("fish", "--no-config", "-c", commands.toString());
        assertEquals(0, r.code, r.output);
        String[] parts = r.output.split("==\n", -1);
        for (int i = 0; i < OFFERS.size(); i++) {
            assertEquals(OFFERS.get(i).get(1), sorted(parts[i].replaceAll("\t[^\n]*", "")), OFFERS.get(i).get(0));
        }
    }

    /** The words of a shell's answer, one a line or a space apart, sorted and joined by one space. */
    private static String sorted(String output) {
        return java.util.Arrays.stream(output.strip().split("\\s+")).filter(w -> !w.isEmpty()).sorted()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private record Shell(int code, String output) {}

    private Shell run(String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the shell ended");
        return new Shell(p.exitValue(), output);
    }
}
