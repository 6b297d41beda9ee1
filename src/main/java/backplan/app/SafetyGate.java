package backplan.app;

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

/** Shows the safety note before the first session and remembers, once acknowledged, not to ask again. */
public final class SafetyGate {

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

    /** Whether the note has been acknowledged once, so it is not shown again. */
    boolean acknowledged() {
        return Files.exists(marker);
    }

    /**
     * Returns once the note is acknowledged (or cannot be asked about); a "no" is a usage error. The note is shown
     * until it has been acknowledged once, {@code --yes} included.
     */
    void check(boolean yes) throws IOException {
        if (acknowledged()) {
            return;
        }
        PrintWriter err = output.err();
        // even with --yes, the first time: never accepted unseen; on a terminal, wrapped to its width
        List<String> note = output.width() > 0 && output.width() < 96
                ? TextLayout.wrap(String.join(" ", Safety.NOTE), output.width() - 1) : Safety.NOTE;
        note.forEach(err::println);
        err.flush(); // before any screen is taken
        if (!yes) {
            if (!prompts.interactive()) {
                err.println("(not asking without a terminal; pass --yes to acknowledge and hide this note)");
                err.flush();
                return;
            }
            if (!prompts.confirm("Have you read this, and will you stop on sharp pain?", false)) {
                throw new UsageException("the session needs the safety note acknowledged (answer y, or pass --yes)");
            }
        }
        try {
            // Written whole or not at all: an empty marker left by a full disk would count as acknowledged.
            UserFiles.replace(marker, ("acknowledged " + clock.today() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("backplan: note: could not remember the acknowledgement in " + marker + " ("
                    + IoFailure.describe(e) + "); you will be asked again");
        }
    }
}
