package backplan.text;

import backplan.history.HistoryEntry;
import backplan.program.Progress;
import backplan.session.ExerciseResult;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no script and nothing fetched from
 * anywhere, and a print stylesheet for A4 or Letter. Every piece of text is escaped by the OWASP encoder (names come
 * from the person's own catalog); the markup around it is fixed.
 */
public final class ReportHtml {

    /** The pain chart's colors: before and after a session. */
    private static final String BEFORE = "#3b6ea8";
    private static final String AFTER = "#c4621d";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #1d2327; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
            h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
            .period { color: #555; margin: 0; }
            .note { background: #f4f6f8; border-left: 4px solid #8a98a8; padding: .5rem .8rem; font-size: .9rem; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; }
            th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #e3e7eb; vertical-align: top; }
            th { font-weight: 600; background: #f4f6f8; }
            td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: .8rem 0; }
            figcaption { font-size: .85rem; color: #555; }
            svg { width: 100%; height: auto; display: block; }
            svg text { font: 11px system-ui, sans-serif; fill: #333; }
            .facts { margin: .1rem 0 .4rem; color: #333; font-size: .9rem; }
            .note { margin: .1rem 0 .4rem; font-style: italic; }
            .notcounted { color: #9a3412; }
            ul.plain { padding-left: 1.2rem; }
            @page { margin: 14mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              h2 { break-after: avoid; }
              figure, .session, tr { break-inside: avoid; }
              .note { border-left-color: #000; }
            }
            """;

    private ReportHtml() {}

    /** The whole page. */
    public static String render(Report r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(r.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Back exercise report</h1>\n<p class=\"period\">")
                .append(esc(r.from().format(Report.DAY) + " to " + r.to().format(Report.DAY) + " · made on "
                        + r.made().format(Report.DAY)))
                .append("</p>\n<p class=\"note\">A record of home exercise sessions kept with backplan, to show a"
                        + " doctor or physiotherapist what was done and how the back felt. It is not a diagnosis."
                        + " Pain is rated from 0 (no pain) to 10 (worst imaginable).</p>\n</header>\n");
        plan(h, r);
        weeks(h, r);
        pain(h, r);
        alerts(h, r);
        skips(h, r);
        sessions(h, r);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void plan(StringBuilder h, Report r) {
        h.append("<section id=\"plan\">\n<h2>The plan</h2>\n");
        if (r.plan() == null) {
            h.append("<p>No plan was set: sessions are counted against 3 a week.</p>\n");
        } else {
            h.append("<p>").append(esc(r.plan().text())).append("</p>\n<ul class=\"plain\">\n");
            r.plan().exercises().forEach(x -> h.append("<li>").append(esc(x)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void weeks(StringBuilder h, Report r) {
        h.append("<section id=\"weeks\">\n<h2>Weeks against the goal</h2>\n<p id=\"summary\">")
                .append(esc(r.summary())).append("</p>\n");
        if (!r.weeks().isEmpty()) {
            h.append("<figure>\n");
            weekChart(h, r.weeks());
            h.append("<figcaption>Sessions per week that counted toward the plan (dark), those that did not"
                    + " (light), and the goal (dashed line).</figcaption>\n</figure>\n");
            h.append("<table id=\"weeks-table\">\n<thead><tr><th>Week</th><th>Days</th><th class=\"number\">Counted"
                    + "</th><th class=\"number\">Not counted</th><th class=\"number\">Goal</th><th>Met</th></tr>"
                    + "</thead>\n<tbody>\n");
            for (Progress.Week w : r.weeks()) {
                h.append("<tr data-week=\"").append(w.number()).append("\"><td>").append(w.number()).append("</td><td>")
                        .append(esc(w.start().format(Report.SHORT_DAY) + " to "
                                + w.start().plusDays(6).format(Report.SHORT_DAY)))
                        .append("</td><td class=\"number counted\">").append(w.done())
                        .append("</td><td class=\"number partial\">").append(w.partial())
                        .append("</td><td class=\"number\">").append(w.goal()).append("</td><td>")
                        .append(w.metGoal() ? "yes" : "no").append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    private static void pain(StringBuilder h, Report r) {
        h.append("<section id=\"pain\">\n<h2>Pain before and after sessions</h2>\n");
        List<HistoryEntry> rated = r.rated();
        if (rated.isEmpty()) {
            h.append("<p>No pain ratings were given in this period.</p>\n</section>\n");
            return;
        }
        h.append("<figure>\n");
        painChart(h, rated);
        h.append("<figcaption>Each rated session, oldest first: pain before it (blue, dashed) and after it"
                + " (orange).</figcaption>\n</figure>\n</section>\n");
    }

    private static void alerts(StringBuilder h, Report r) {
        h.append("<section id=\"alerts\">\n<h2>Alerts and pauses</h2>\n");
        if (r.alerts().isEmpty() && r.pauses().isEmpty()) {
            h.append("<p>No pain alert and no pause in this period.</p>\n");
        } else {
            h.append("<ul class=\"plain\">\n");
            r.alerts().forEach(a -> h.append("<li class=\"alert\">").append(esc(a.day().format(Report.DAY) + ": "
                    + a.text())).append("</li>\n"));
            r.pauses().forEach(p -> h.append("<li class=\"pause\">").append(esc("Paused from "
                    + p.from().format(Report.DAY) + (p.to() == null ? ", still paused" : " to "
                    + p.to().format(Report.DAY)) + ": " + p.why())).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void skips(StringBuilder h, Report r) {
        h.append("<section id=\"skipped\">\n<h2>Skipped, and why</h2>\n");
        List<String> skips = r.skips();
        if (skips.isEmpty()) {
            h.append("<p>Nothing was skipped: every session ran to its end and counted.</p>\n");
        } else {
            h.append("<ul class=\"plain\">\n");
            skips.forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void sessions(StringBuilder h, Report r) {
        h.append("<section id=\"sessions\">\n<h2>Sessions</h2>\n");
        if (r.sessions().isEmpty()) {
            h.append("<p>No session was recorded in this period.</p>\n");
        }
        for (HistoryEntry e : r.sessions()) {
            h.append("<article class=\"session").append(e.counts() ? "" : " notcounted").append("\">\n<h3>")
                    .append(esc(Report.heading(e))).append("</h3>\n<p class=\"facts\">")
                    .append(esc(String.join(" · ", Report.facts(e, "→")))).append("</p>\n");
            if (e.note() != null) {
                h.append("<p class=\"note\">").append(esc(Report.note(e))).append("</p>\n");
            }
            h.append("<table>\n<thead><tr>");
            Report.EXERCISE_COLUMNS.forEach(c -> h.append("<th>").append(esc(c.header())).append("</th>"));
            h.append("</tr></thead>\n<tbody>\n");
            for (ExerciseResult x : e.result().exercises()) {
                h.append("<tr>");
                Report.EXERCISE_COLUMNS.forEach(c -> h.append("<td>").append(esc(c.value().apply(x))).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n</article>\n");
        }
        h.append("</section>\n");
    }

    /** Bars per plan week: counted sessions, then the ones that did not count above them; the goal dashed. */
    private static void weekChart(StringBuilder h, List<Progress.Week> weeks) {
        int max = weeks.stream().mapToInt(w -> Math.max(w.goal(), w.done() + w.partial())).max().orElse(1);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        h.append("<svg id=\"weeks-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Sessions per week against the goal\""
                        + " xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int v = 0; v <= max; v++) {
            double y = TOP + plotH * (1 - (double) v / max);
            h.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#e3e7eb\"/>\n")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>\n");
        }
        double slot = (double) plotW / weeks.size();
        double bar = Math.min(56, slot * 0.6);
        for (int i = 0; i < weeks.size(); i++) {
            Progress.Week w = weeks.get(i);
            double x = LEFT + slot * i + (slot - bar) / 2;
            double doneH = plotH * (double) w.done() / max;
            double partH = plotH * (double) w.partial() / max;
            double base = TOP + plotH;
            h.append("<rect class=\"bar counted\" data-week=\"").append(w.number()).append("\" data-value=\"")
                    .append(w.done()).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(base - doneH))
                    .append("\" width=\"").append(num(bar)).append("\" height=\"").append(num(doneH))
                    .append("\" fill=\"#2f7d4f\"><title>").append(esc("week " + w.number() + ": " + w.done()
                            + " counted")).append("</title></rect>\n");
            if (w.partial() > 0) {
                h.append("<rect class=\"bar partial\" data-week=\"").append(w.number()).append("\" data-value=\"")
                        .append(w.partial()).append("\" x=\"").append(num(x)).append("\" y=\"")
                        .append(num(base - doneH - partH)).append("\" width=\"").append(num(bar))
                        .append("\" height=\"").append(num(partH)).append("\" fill=\"#b7d4c1\"><title>")
                        .append(esc("week " + w.number() + ": " + w.partial() + " not counted"))
                        .append("</title></rect>\n");
            }
            h.append("<text x=\"").append(num(x + bar / 2)).append("\" y=\"").append(num(base - doneH - partH - 5))
                    .append("\" text-anchor=\"middle\">").append(w.done()).append("/").append(w.goal())
                    .append("</text>\n<text x=\"").append(num(x + bar / 2)).append("\" y=\"")
                    .append(num(base + 16)).append("\" text-anchor=\"middle\">").append(esc("week " + w.number()))
                    .append("</text>\n<text x=\"").append(num(x + bar / 2)).append("\" y=\"")
                    .append(num(base + 30)).append("\" text-anchor=\"middle\" fill=\"#666\">")
                    .append(esc(w.start().format(Report.SHORT_DAY))).append("</text>\n");
        }
        int goal = weeks.get(0).goal();
        double gy = TOP + plotH * (1 - (double) goal / max);
        h.append("<line class=\"goal\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(num(gy)).append("\" y2=\"").append(num(gy))
                .append("\" stroke=\"#1d2327\" stroke-dasharray=\"6 4\"/>\n")
                .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(num(gy - 5))
                .append("\" text-anchor=\"end\">").append(esc("goal " + goal)).append("</text>\n</svg>\n");
    }

    /** Pain 0-10 before and after each rated session, as two lines of points. */
    private static void painChart(StringBuilder h, List<HistoryEntry> rated) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int n = rated.size();
        h.append("<svg id=\"pain-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Pain before and after each session, 0 to 10\""
                        + " xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int v = 0; v <= 10; v += 2) {
            double y = painY(v, plotH);
            h.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#e3e7eb\"/>\n")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>\n");
        }
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i += every) {
            h.append("<text x=\"").append(num(painX(i, n, plotW))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#666\">")
                    .append(esc(rated.get(i).result().start().format(Report.SHORT_DAY))).append("</text>\n");
        }
        series(h, rated, true, plotW, plotH);
        series(h, rated, false, plotW, plotH);
        h.append("<circle cx=\"").append(LEFT + 8).append("\" cy=\"12\" r=\"4\" fill=\"").append(BEFORE)
                .append("\"/><text x=\"").append(LEFT + 16).append("\" y=\"16\">before</text>\n<circle cx=\"")
                .append(LEFT + 80).append("\" cy=\"12\" r=\"4\" fill=\"").append(AFTER).append("\"/><text x=\"")
                .append(LEFT + 88).append("\" y=\"16\">after</text>\n</svg>\n");
    }

    private static void series(StringBuilder h, List<HistoryEntry> rated, boolean before, int plotW, int plotH) {
        String color = before ? BEFORE : AFTER;
        String name = before ? "before" : "after";
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int n = rated.size();
        for (int i = 0; i < n; i++) {
            HistoryEntry e = rated.get(i);
            Integer v = before ? e.painBefore() : e.painAfter();
            if (v == null) {
                continue;
            }
            double x = painX(i, n, plotW);
            double y = painY(v, plotH);
            points.append(points.length() == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
            dots.append("<circle class=\"").append(name).append("\" data-value=\"").append(v).append("\" cx=\"")
                    .append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"4\" fill=\"").append(color)
                    .append("\"><title>").append(esc(e.result().start().format(Report.SHORT_DAY) + ": " + v + " "
                            + name)).append("</title></circle>\n");
        }
        if (points.length() > 0) {
            h.append("<polyline class=\"").append(name).append("\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-width=\"2\"").append(before ? " stroke-dasharray=\"5 4\"" : "")
                    .append(" points=\"").append(points).append("\"/>\n");
        }
        h.append(dots);
    }

    private static double painX(int i, int n, int plotW) {
        return n == 1 ? LEFT + plotW / 2.0 : LEFT + 8 + (plotW - 16) * (double) i / (n - 1);
    }

    private static double painY(int v, int plotH) {
        return TOP + plotH * (1 - v / 10.0);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Text for HTML content and for double-quoted attributes alike. */
    static String esc(String text) {
        return Encode.forHtml(text);
    }
}
