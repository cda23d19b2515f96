package org.disclosurepipeline.aggregation.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium through Debian's chromium-driver (installed by .ci/run), headless, with a fresh profile: the
 * dashboard's remembered language and filter start from their defaults. Skips the test where Chromium is not
 * installed, except on CI.
 */
final class HeadlessChromium {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    final WebDriver browser;
    final WebDriverWait wait;

    private HeadlessChromium(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // live updates re-render the page: an element read a moment ago may be gone, so look again
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Skips the test (fails it on CI) where Chromium is missing: before a pipeline is started for nothing. */
    static void assumeInstalled() {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed"
                + " (Debian packages chromium, chromium-driver)");
    }

    static HeadlessChromium open() {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1500,1300", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    /** target/screenshots/NAME.png */
    void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    void quit() {
        browser.quit();
    }
}
