package org.disclosurepipeline.aggregation.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run):
 * a viewer signs in with a token, drills down from 陕西省 to a township and its findings, and sees a rollup change
 * within seconds of a new validated report. Screenshots go to target/dashboard-*.png. Skipped where Chromium is not installed, except on CI.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class DashboardBrowserTest {

    static final int YEAR = 2033;
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1500,1300", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // live updates re-render the page: an element read a moment ago may be gone, so look again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            screenshot("last"); // what the page showed at the end, also when the test failed
            browser.quit();
        }
    }

    @Test
    void drillsDownFromAProvinceToATownshipAndShowsALiveChange() throws Exception {
        List<Region> townships = RegionRegistry.bundled().children("610722");
        SyntheticOutcomes outcomes = new SyntheticOutcomes(33);
        SyntheticOutcomes.publish(outcomes.outcome(townships.get(0), YEAR, Instant.now(), false));
        SyntheticOutcomes.publish(outcomes.outcome(townships.get(1), YEAR, Instant.now(), true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/rollups/610722?year=" + YEAR)
                .then().body("completeness.submitted", equalTo(2)));

        browser.get(dashboard + "#/" + YEAR);
        signInAsViewer();
        row("61").click(); // 陕西省 → its cities
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("region-title"), "陕西省"));
        row("6107").click(); // 汉中市 → its counties
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("region-title"), "汉中市"));
        row("610722").click(); // 城固县 → its townships with their status
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("region-title"), "城固县"));
        assertThat(row(townships.get(0).code()).getAttribute("data-status")).isEqualTo("VALIDATED");
        assertThat(row(townships.get(1).code()).getAttribute("data-status")).isEqualTo("REJECTED");
        assertThat(browser.findElement(By.id("missing")).getText()).contains(townships.get(2).name());
        assertThat(browser.findElement(By.id("rejections")).getText()).isNotBlank().doesNotContain("No rejected");
        assertThat(browser.findElement(By.id("breadcrumb")).getText()).contains("陕西省", "汉中市", "城固县");
        screenshot("county");

        row(townships.get(1).code()).click(); // the rejected township: its findings
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("region-title"), townships.get(1).name()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#children tr[data-severity='error']")));
        screenshot("township");

        browser.findElement(By.cssSelector("#breadcrumb a[data-code='610722']")).click();
        wait.until(d -> validatedFigure().equals("1"));
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(By.id("live")).getAttribute("class").contains("on"));
        Instant sent = Instant.now();
        SyntheticOutcomes.publish(outcomes.outcome(townships.get(2), YEAR, Instant.now(), false));
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> validatedFigure().equals("2"));
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
        wait.until(d -> "VALIDATED".equals(row(townships.get(2).code()).getAttribute("data-status")));
        wait.until(d -> browser.findElement(By.id("events")).getText().contains("610722"));
        screenshot("live");
    }

    /** Findings and pipeline health need a token: paste the viewer's, as a user pastes .local/tokens/viewer.jwt. */
    void signInAsViewer() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("token"))).sendKeys(TestTokens.viewer());
        browser.findElement(By.cssSelector("#signin button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "viewer"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#health [data-field='deadLetters']")));
    }

    WebElement row(String code) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#children tr[data-code='" + code + "']")));
    }

    String validatedFigure() {
        return browser.findElement(By.cssSelector("#completeness [data-field='validated'] b")).getText();
    }

    void screenshot(String name) throws Exception {
        Path target = Path.of("target", "dashboard-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
