package backplan.cli;

import backplan.Safety;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shows the safety note before the first session and remembers, once acknowledged, not to ask again. */
final class SafetyGate {

    private final BackplanCommand app;

    SafetyGate(BackplanCommand app) {
        this.app = app;
    }

    void check(boolean yes) throws IOException {
        Path marker = app.locations().safetyNote();
        if (Files.exists(marker)) {
            return;
        }
        PrintWriter err = app.invocation().err();
        if (!yes) {
            Safety.NOTE.forEach(err::println);
        }
        if (!yes && !app.invocation().interactive()) {
            err.println("(not asking without a terminal; pass --yes to acknowledge and hide this note)");
            err.flush();
            return;
        }
        if (!yes) {
            err.print("Have you read this, and will you stop on sharp pain? [y/N] ");
            err.flush();
            String answer = Answers.line(app.invocation().in());
            if (!answer.equalsIgnoreCase("y") && !answer.equalsIgnoreCase("yes")) {
                throw new UsageException("the session needs the safety note acknowledged (answer y, or pass --yes)");
            }
        }
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "acknowledged " + java.time.LocalDate.now() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("backplan: note: could not remember the acknowledgement in " + marker + " ("
                    + IoFailure.describe(e) + "); you will be asked again");
        }
    }
}
