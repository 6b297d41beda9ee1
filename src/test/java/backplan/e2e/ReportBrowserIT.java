package backplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import backplan.history.FourWeeks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * {@code report --html} of a seeded four-week history, made by the packaged program and loaded in headless
 * Chromium (Debian's chromium and chromium-driver, which .ci/run installs): both charts are drawn with a size,
 * the page logs no error, and its numbers are the history's. With {@code -Dbackplan.report.png=docs/report.png}
 * it also writes the screenshot the README shows (regenerated on purpose, not on every run).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReportBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    @Test
    void theReportRendersWithBothChartsAndTheHistorysNumbers() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(present || System.getenv("CI") != null, "Chromium is not installed (Debian: apt-get install"
                + " chromium chromium-driver; .ci/run does it): the report was not checked in a browser");
        Sandbox sandbox = new Sandbox(tmp);
        // Four weeks that ended last Sunday or before, in the machine's own zone, so none lies in the future.
        LocalDate monday = LocalDate.now(ZoneId.systemDefault()).with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
                .minusWeeks(4);
        Launch.Result set = new Launch(sandbox).env("TZ", "Europe/Paris").run("--data-dir",
                sandbox.dataDir().toString(), "plan", "set", "--days", "mon,wed,fri", "--start", monday.toString());
        assertEquals(0, set.code(), set.dump());
        FourWeeks.write(sandbox.history(), monday, "Dead Bug <b>&</b>");
        Path page = tmp.resolve("report.html");
        Launch.Result report = new Launch(sandbox).env("TZ", "Europe/Paris").run("--data-dir",
                sandbox.dataDir().toString(), "report", "--html", page.toString());
        assertEquals(0, report.code(), report.dump());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Per docs: no network beyond the package registries here, so nothing in the background may try it.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")),
                "--window-size=900,1700", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(page.toUri().toString());

            for (String id : List.of("weeks-chart", "pain-chart")) {
                WebElement chart = driver.findElement(By.id(id));
                assertTrue(chart.isDisplayed(), id);
                Dimension size = chart.getSize();
                assertTrue(size.getWidth() > 300 && size.getHeight() > 100, id + " is drawn at " + size);
            }
            List<WebElement> bars = driver.findElements(By.cssSelector("#weeks-chart rect.bar.counted"));
            assertEquals(4, bars.size());
            for (int w = 0; w < 4; w++) {
                assertEquals(Integer.toString(FourWeeks.COUNTED[w]), bars.get(w).getAttribute("data-value"));
                assertTrue(bars.get(w).getSize().getHeight() > 0, "bar " + (w + 1) + " has a height");
                String row = "#weeks-table tr[data-week='" + (w + 1) + "'] ";
                assertEquals(Integer.toString(FourWeeks.COUNTED[w]),
                        driver.findElement(By.cssSelector(row + "td.counted")).getText());
                assertEquals(Integer.toString(FourWeeks.NOT_COUNTED[w]),
                        driver.findElement(By.cssSelector(row + "td.partial")).getText());
            }
            assertEquals(FourWeeks.RATED_BEFORE, driver.findElements(By.cssSelector("#pain-chart circle.before"))
                    .size());
            assertEquals(FourWeeks.RATED_AFTER, driver.findElements(By.cssSelector("#pain-chart circle.after"))
                    .size());
            assertTrue(driver.findElement(By.cssSelector("#pain-chart polyline.after")).getSize().getWidth() > 300);
            assertEquals(FourWeeks.SESSIONS, driver.findElements(By.cssSelector("article.session")).size());
            assertEquals("10 of 11 sessions counted toward the plan; 2 of 4 weeks met the goal of 3.",
                    driver.findElement(By.id("summary")).getText());
            assertTrue(driver.findElement(By.id("sessions")).getText().contains("Dead Bug <b>&</b>"),
                    "the name shown as text, not taken as markup");
            assertEquals(0, driver.findElements(By.cssSelector("#sessions b")).size());
            assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelectorAll('script').length"));

            List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "the console is clean");

            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            assertTrue(png.length > 10_000, "a screenshot with something in it");
            Path shot = Files.write(tmp.resolve("report.png"), png);
            String keep = System.getProperty("backplan.report.png");
            if (keep != null && !keep.isBlank()) {
                Path target = Path.of(keep).isAbsolute() ? Path.of(keep) : Sandbox.project().resolve(keep);
                Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            driver.quit();
        }
    }
}
