package backplan.app;

import backplan.base.Safety;
import backplan.base.UserFiles;
import backplan.text.TextLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shows the safety note before the first session and remembers, once acknowledged, not to ask again. */
final class SafetyGate {

    private final Environment env;

    SafetyGate(Environment env) {
        this.env = env;
    }

    /**
     * Returns once the note is acknowledged (or cannot be asked about); a "no" is a usage error. The note is shown
     * until it has been acknowledged once, {@code --yes} included.
     */
    void check(boolean yes) throws IOException {
        Path marker = env.locations().safetyNote();
        if (Files.exists(marker)) {
            return;
        }
        PrintWriter err = env.err();
        // even with --yes, the first time: never accepted unseen; on a terminal, wrapped to its width
        List<String> note = env.width() > 0 && env.width() < 96
                ? TextLayout.wrap(String.join(" ", Safety.NOTE), env.width() - 1) : Safety.NOTE;
        note.forEach(err::println);
        err.flush(); // before any screen is taken
        if (!yes) {
            if (!env.interactive()) {
                err.println("(not asking without a terminal; pass --yes to acknowledge and hide this note)");
                err.flush();
                return;
            }
            if (!env.prompts().confirm("Have you read this, and will you stop on sharp pain?", false)) {
                throw new UsageException("the session needs the safety note acknowledged (answer y, or pass --yes)");
            }
        }
        try {
            // Written whole or not at all: an empty marker left by a full disk would count as acknowledged.
            UserFiles.replace(marker, ("acknowledged " + env.today() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("backplan: note: could not remember the acknowledgement in " + marker + " ("
                    + IoFailure.describe(e) + "); you will be asked again");
        }
    }
}
