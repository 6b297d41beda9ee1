package backplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import backplan.history.FourWeeks;
import backplan.session.FakeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} over a seeded four-week history: the counts, the sections, and names that try to be markup. */
class ReportCommandTest {

    /** A name from someone's catalog that tries to be HTML, Markdown, a table's end and an entity at once. */
    static final String HOSTILE = "<script>alert('x')</script> \"Bug\" & <b>|</b> *[link](javascript:x)* `&amp;`";

    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return new Cli(home).clock(new FakeClock(FourWeeks.AFTER)).run(args);
    }

    private void seed() throws IOException {
        Cli.Result set = run("plan", "set", "--days", "mon,wed,fri", "--start", FourWeeks.START.toString());
        assertEquals(0, set.code(), set.dump());
        FourWeeks.write(home.resolve("data/backplan/history.jsonl"), HOSTILE);
    }

    @Test
    void theHtmlPageHoldsTheWeeksBothChartsAndEverySession() throws IOException {
        seed();
        Path page = home.resolve("report.html");
        Cli.Result r = run("report", "--html", page.toString());
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().startsWith("Wrote " + page + ": 10 of 11 sessions counted toward the plan; 2 of 4 weeks"
                + " met the goal of 3, from 2026-11-02 to 2026-11-29."), r.dump());
        String html = Files.readString(page);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<svg id=\"weeks-chart\""));
        assertTrue(html.contains("<svg id=\"pain-chart\""));
        assertEquals(FourWeeks.SESSIONS, count(html, "<article class=\"session"));
        assertEquals(FourWeeks.RATED_BEFORE, count(html, "<circle class=\"before\""));
        assertEquals(FourWeeks.RATED_AFTER, count(html, "<circle class=\"after\""));
        assertEquals(4, count(html, "<rect class=\"bar counted\""));
        assertFalse(html.contains("<script"), "no script, and no name became one");
        assertFalse(html.toLowerCase().contains("http://") && !html.contains("http://www.w3.org/2000/svg"),
                "nothing fetched from anywhere");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &#34;Bug&#34; &amp; &lt;b&gt;|"
                + "&lt;/b&gt; *[link](javascript:x)* `&amp;amp;`"), "escaped as text");
        assertTrue(html.contains("Bird Dog, skipped (0 of 3 sets done)"), "what was skipped");
        assertTrue(html.contains("not counted, only 3 of 6 categories had a set done (none in back, obliques,"
                + " stretch)"), "and why");
        assertTrue(html.contains("@media print"));
    }

    @Test
    void theMarkdownIsTheSameWithoutChartsAndEscaped() throws IOException {
        seed();
        Cli.Result r = run("report", "--md");
        assertEquals(0, r.code(), r.dump());
        String md = r.out();
        assertFalse(md.contains("<svg"));
        assertTrue(md.contains("| 2 | Nov 9 to Nov 15 | 2 | 1 | 3 | no |"), md);
        assertEquals(FourWeeks.SESSIONS, count(md, "\n### "));
        assertTrue(md.contains("| \\<script\\>alert\\('x'\\)\\</script\\> \"Bug\" \\& \\<b\\>\\|\\</b\\>"
                + " \\*\\[link\\]\\(javascript\\:x\\)\\* \\`\\&amp;\\` | 1 | 3 of 3 |"), md);
        assertFalse(md.contains("<script>"));
        assertEquals(md, run("report").out(), "Markdown is the default");
    }

    @Test
    void sinceNarrowsThePeriodAndTheWeeks() throws IOException {
        seed();
        String md = run("report", "--since", "2026-11-16").out();
        assertEquals(5, count(md, "\n### "), md);
        assertTrue(md.contains("5 of 5 sessions counted toward the plan; 1 of 2 weeks met the goal of 3\\."), md);
    }

    @Test
    void htmlAndMarkdownTogetherIsAUsageError() {
        Cli.Result r = run("report", "--md", "--html", "x.html");
        assertEquals(2, r.code(), r.dump());
    }

    @Test
    void anEmptyHistoryStillMakesAReport() {
        Cli.Result r = run("report");
        assertEquals(0, r.code(), r.dump());
        assertTrue(r.out().contains("No session was recorded in this period."), r.dump());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
