package backplan.app;

import backplan.base.ExitCode;
import backplan.base.Safety;
import backplan.base.UserFiles;
import backplan.session.SessionClock;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Shows the safety note and the red flags before the first session, and remembers what was said: that the note
 * was acknowledged, and whether a red flag was reported. A reported red flag stops every session until the person
 * answers the question again.
 */
public final class SafetyGate {

    /** What the red-flag question was last answered. */
    enum RedFlags {
        /** Never asked (or recorded before backplan asked it). */
        UNANSWERED,
        NONE,
        REPORTED
    }

    private final Path marker;
    private final Prompts prompts;
    private final SessionClock clock;
    private final Output output;

    public SafetyGate(Path marker, Prompts prompts, SessionClock clock, Output output) {
        this.marker = marker;
        this.prompts = prompts;
        this.clock = clock;
        this.output = output;
    }

    /** Whether the note has been acknowledged and no red flag stands: no question comes before a session. */
    boolean acknowledged() {
        return Files.exists(marker) && redFlags() == RedFlags.NONE;
    }

    /** Whether a red flag was reported and not answered since. */
    boolean redFlagReported() {
        return redFlags() == RedFlags.REPORTED;
    }

    /**
     * Before a session: the note until it is acknowledged once, then the red flags until they are answered once;
     * a red flag on record is asked about again. Returns whether the session may start; when it may not, the
     * person has been told to see a doctor. A "no" to the note is a usage error. {@code --yes} acknowledges the
     * note and answers "none of these", printing both the first time; it never answers over a red flag on record.
     */
    boolean check(boolean yes) throws IOException {
        boolean noted = Files.exists(marker);
        RedFlags flags = redFlags();
        if (noted && flags == RedFlags.NONE) {
            return true;
        }
        PrintWriter err = output.err();
        if (flags == RedFlags.REPORTED) {
            print(List.of("Last time you said you have one of these:"));
            printRedFlags();
            if (yes || !prompts.interactive()) {
                print(List.of(Safety.CARE_NOW));
                return false;
            }
            return askRedFlags();
        }
        if (!noted) {
            print(Safety.NOTE); // even with --yes, the first time: never accepted unseen
        }
        printRedFlags();
        err.flush(); // before any screen is taken
        if (yes) {
            err.println("(--yes: the note acknowledged, and none of these)");
            remember(RedFlags.NONE);
            return true;
        }
        if (!prompts.interactive()) {
            err.println("(not asking without a terminal; pass --yes to acknowledge the note and say you have none of"
                    + " these)");
            err.flush();
            return true;
        }
        if (!noted && !prompts.confirm("Have you read this, and will you stop on sharp pain?", false)) {
            throw new UsageException("the session needs the safety note acknowledged (answer y, or pass --yes)");
        }
        return askRedFlags();
    }

    /** {@code backplan safety}: the note and the red flags, and on a terminal the question asked again. */
    public int show(boolean noRedFlags) throws IOException {
        print(Safety.NOTE);
        output.err().println();
        printRedFlags();
        if (noRedFlags) {
            remember(RedFlags.NONE);
            output.err().println("Recorded: none of these.");
            return ExitCode.OK;
        }
        if (!prompts.interactive()) {
            output.err().println(redFlags() == RedFlags.REPORTED ? "You said you have one of these; "
                    + Safety.CARE_NOW : "(not asking without a terminal; --no-red-flags says you have none of these)");
            return redFlags() == RedFlags.REPORTED ? ExitCode.SEE_CARE : ExitCode.OK;
        }
        return askRedFlags() ? ExitCode.OK : ExitCode.SEE_CARE;
    }

    /** Asks the red-flag question and keeps the answer; false (after the advice) when one is reported. */
    private boolean askRedFlags() throws IOException {
        boolean reported = prompts.confirm(Safety.RED_FLAG_QUESTION, false);
        remember(reported ? RedFlags.REPORTED : RedFlags.NONE);
        if (reported) {
            print(List.of(Safety.CARE_NOW));
            return false;
        }
        return true;
    }

    private void printRedFlags() {
        print(List.of("Get medical care now, not exercise, if you have any of these:"));
        for (String flag : Safety.RED_FLAGS) {
            TextLayout.wrap("  - ", "    ", flag, wrapWidth()).forEach(output.err()::println);
        }
    }

    /** Lines wrapped to a terminal's width; whole in a pipe. */
    private void print(List<String> lines) {
        PrintWriter err = output.err();
        if (wrapWidth() > 0) {
            TextLayout.wrap(String.join(" ", lines), wrapWidth()).forEach(err::println);
        } else {
            lines.forEach(err::println);
        }
    }

    private int wrapWidth() {
        return output.width() > 0 && output.width() < 96 ? output.width() - 1 : TextLayout.UNLIMITED;
    }

    /** The answer on record: the marker's {@code red-flags} line, or none. */
    private RedFlags redFlags() {
        if (UserFiles.notAFile(marker) != null || !Files.exists(marker)) {
            return RedFlags.UNANSWERED;
        }
        try {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (line.startsWith("red-flags reported")) {
                    return RedFlags.REPORTED;
                }
                if (line.startsWith("red-flags none")) {
                    return RedFlags.NONE;
                }
            }
        } catch (IOException | RuntimeException e) {
            return RedFlags.UNANSWERED; // unreadable: ask again rather than assume
        }
        return RedFlags.UNANSWERED;
    }

    /** The note acknowledged today and the red flags as answered, written whole or not at all. */
    private void remember(RedFlags answer) {
        String text = "acknowledged " + clock.today() + "\n" + "red-flags " + answer.name().toLowerCase(Locale.ROOT)
                + " " + clock.today() + "\n";
        try {
            // Whole or not at all: an empty marker left by a full disk would count as acknowledged.
            UserFiles.replace(marker, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            output.err().println("backplan: note: could not remember the answer in " + marker + " ("
                    + IoFailure.describe(e) + "); you will be asked again");
        }
    }
}
