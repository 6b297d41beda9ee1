package backplan.app;

import backplan.base.ExitCode;
import backplan.base.UserFiles;
import backplan.catalog.Catalog;
import backplan.catalog.Exercise;
import backplan.catalog.InvalidFileException;
import backplan.catalog.Level;
import backplan.history.HistoryEntry;
import backplan.program.CheckInFile;
import backplan.program.PainTrend;
import backplan.program.Pauses;
import backplan.program.Plan;
import backplan.program.PlanFile;
import backplan.program.Progress;
import backplan.program.Weekdays;
import backplan.session.SessionBuilder;
import backplan.session.SessionClock;
import backplan.text.Report;
import backplan.text.ReportHtml;
import backplan.text.ReportMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code backplan report}: the plan's sessions (or those since a day) gathered for a physiotherapist, as a
 * self-contained HTML page or as Markdown.
 */
public final class Reports {

    /** How the report is written. */
    public enum Format {
        HTML,
        MARKDOWN
    }

    private final ActiveCatalog activeCatalog;
    private final PlanFile planFile;
    private final SessionLog log;
    private final CheckInFile checkIns;
    private final SessionClock clock;
    private final Output output;

    /** @param checkIns the answers to "has that pain settled?", which pause and resume the plan */
    public Reports(ActiveCatalog activeCatalog, PlanFile planFile, SessionLog log, CheckInFile checkIns,
            SessionClock clock, Output output) {
        this.activeCatalog = activeCatalog;
        this.planFile = planFile;
        this.log = log;
        this.checkIns = checkIns;
        this.clock = clock;
        this.output = output;
    }

    /**
     * Writes the report.
     *
     * @param file  where the HTML goes ("-" or null: standard output); Markdown always goes to standard output
     * @param since the first day, or null for the plan's start (without a plan, the first session's day)
     */
    public int write(Format format, Path file, LocalDate since) throws IOException, InvalidFileException {
        Report report = build(since);
        String text = format == Format.HTML ? ReportHtml.render(report) : ReportMarkdown.render(report);
        if (format == Format.HTML && file != null && !file.toString().equals("-")) {
            UserFiles.replace(file, text.getBytes(StandardCharsets.UTF_8)); // health data: made readable by you only
            output.out().println("Wrote " + file + ": " + report.summary().replaceFirst("\\.$", "") + ", from "
                    + report.from() + " to " + report.to() + ". Open it in a browser; it prints on A4 or Letter.");
        } else {
            output.out().print(text);
        }
        return ExitCode.OK;
    }

    /** The report's content: one pass over the history, keeping only the period's sessions. */
    Report build(LocalDate since) throws IOException, InvalidFileException {
        Catalog catalog = activeCatalog.load();
        Plan plan = planFile.load(catalog).orElse(null);
        LocalDate today = clock.today();
        Progress.Tally tally = new Progress.Tally();
        List<HistoryEntry> all = new ArrayList<>();
        List<Report.Alert> alerts = new ArrayList<>();
        String[] raised = {null};
        LocalDate[] first = {null};
        log.each(e -> {
            tally.accept(e);
            LocalDate day = e.result().start().withZoneSameInstant(clock.zone()).toLocalDate();
            first[0] = first[0] == null || day.isBefore(first[0]) ? day : first[0];
            // The pain trend as it stood right after this session: a new alert is one the session raised.
            String alert = tally.painAlert(plan, day).orElse(null);
            if (alert != null && !Objects.equals(alert, raised[0])) {
                alerts.add(new Report.Alert(day, PainTrend.message(alert)));
            }
            raised[0] = alert;
            all.add(e);
        });
        LocalDate from = since != null ? since : plan != null ? plan.start() : first[0] != null ? first[0] : today;
        LocalDate to = plan != null && since == null && plan.end().minusDays(1).isBefore(today)
                && !all.isEmpty() && lastDay(all).isBefore(plan.end()) ? plan.end().minusDays(1) : today;
        List<HistoryEntry> sessions = all.stream().filter(e -> within(day(e), from, to)).toList();
        Progress progress = tally.against(plan, today);
        List<Progress.Week> weeks = progress.weeks().stream()
                .filter(w -> !w.start().plusDays(6).isBefore(from) && !w.start().isAfter(to)).toList();
        // A pause that overlaps the period is shown whole, with the day it began and the day it was lifted.
        List<Report.Pause> pauses = Pauses.of(all, checkIns.read(), plan).stream()
                .filter(p -> !p.from().isAfter(to) && (p.to() == null || !p.to().isBefore(from)))
                .map(p -> new Report.Pause(p.from(), p.to(), p.why()))
                .toList();
        return new Report(from, to, today, plan == null ? null : summary(catalog, plan), plan == null ? List.of()
                : weeks, sessions, alerts.stream().filter(a -> within(a.day(), from, to)).toList(), pauses);
    }

    private LocalDate day(HistoryEntry e) {
        return e.result().start().withZoneSameInstant(clock.zone()).toLocalDate();
    }

    private LocalDate lastDay(List<HistoryEntry> entries) {
        return entries.stream().map(this::day).max(LocalDate::compareTo).orElseThrow();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Report.PlanSummary summary(Catalog catalog, Plan plan) {
        String text = plan.perWeek() + (plan.perWeek() == 1 ? " session" : " sessions") + " a week for "
                + plan.weeks() + (plan.weeks() == 1 ? " week" : " weeks") + ", from "
                + plan.start().format(java.time.format.DateTimeFormatter.ofPattern("EEE MMM d, uuuu",
                        java.util.Locale.ENGLISH)) + " to " + plan.end().minusDays(1).format(
                        java.time.format.DateTimeFormatter.ofPattern("EEE MMM d, uuuu", java.util.Locale.ENGLISH))
                + (plan.days().isEmpty() ? " (no days fixed)" : ", on " + Weekdays.format(plan.days()));
        List<String> exercises = new ArrayList<>();
        for (Exercise e : SessionBuilder.byCategory(catalog, Plans.picks(catalog, plan))) {
            String level = "";
            if (!e.levels().isEmpty()) {
                Level l = e.levels().get(Math.max(1, Math.min(plan.levelOf(e.id()), e.levels().size())) - 1);
                level = " (" + l.name() + ")";
            }
            exercises.add(e.category().title() + ": " + e.name() + level);
        }
        return new Report.PlanSummary(text, exercises);
    }
}
