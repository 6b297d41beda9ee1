package backplan.cli;

import backplan.app.LoggedSessions;
import backplan.app.Services;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backplan log}: records a session done away from the terminal. */
@Command(name = "log", description = {
    "Record a session done elsewhere (at the gym, on holiday): the day, the exercises and the sets done, and how"
            + " your back felt. It is marked as logged in history and the report, and counts toward the plan by"
            + " the same rule as any session, its sets standing for its work: it counts when every category had a"
            + " set and each exercise's sets are the plan's (at most one session a day counts).",
    "Without --exercise: the plan's exercises, every set done."})
final class LogCommand implements Callable<Integer> {

    private final Services services;

    LogCommand(Services services) {
        this.services = services;
    }

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "The day it was done (default: today); not in the future, nor before the plan.")
    LocalDate date;

    @Option(names = "--exercise", paramLabel = "ID[:SETS]", completionCandidates = ExerciseIds.class,
            description = "An exercise done, with the sets done (default: the plan's); repeat for each one.")
    List<String> exercises = List.of();

    @Option(names = "--pain-before", paramLabel = "N", converter = Converters.PainRating.class,
            description = "How your back felt before: 0 no pain to 10 the worst imaginable.")
    Integer painBefore;

    @Option(names = "--pain-after", paramLabel = "N", converter = Converters.PainRating.class,
            description = "How your back felt after: 0 no pain to 10 the worst imaginable.")
    Integer painAfter;

    @Option(names = "--note", paramLabel = "TEXT", converter = Converters.Note.class,
            description = "A note kept with the session (one line).")
    String note;

    @Override
    public Integer call() throws Exception {
        return services.loggedSessions().log(new LoggedSessions.Request(date, exercises, painBefore, painAfter,
                note));
    }
}
