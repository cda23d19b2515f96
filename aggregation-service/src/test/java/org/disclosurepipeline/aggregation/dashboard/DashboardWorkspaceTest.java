package org.disclosurepipeline.aggregation.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reviewer's workspace in a real headless Chromium: Chinese by default, opens on the latest year with reports,
 * the queue's 只看问题 filter, the report's tables with the cells of a finding marked and flashed on a click, the
 * English switch remembered across a reload. Screenshots in target/screenshots/workspace-*.png.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class DashboardWorkspaceTest {

    static final int YEAR = 2090; // later than every other test's year: the dashboard must open on it
    static final String TOTAL = "applications.newReceived.total";

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.open();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (chromium != null) {
            chromium.screenshot("workspace-last");
            chromium.quit();
        }
    }

    @Test
    void aReviewerFindsTheProblemsOfItsTownshipsAndTheCellsOfAFinding() throws Exception {
        List<Region> townships = RegionRegistry.bundled().children("610722");
        Region broken = townships.get(3);
        Region clean = townships.get(4);
        SyntheticOutcomes outcomes = new SyntheticOutcomes(90);
        SyntheticOutcomes.publish(outcomes.outcome(broken, YEAR, Instant.now(), true));
        ReportOutcomeEvent cleanReport = outcomes.outcome(clean, YEAR, Instant.now(), false);
        SyntheticOutcomes.publish(cleanReport);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/rollups/610722?year=" + YEAR)
                .then().body("completeness.submitted", equalTo(2)));
        // the county has dismissed the warnings of the clean report: nothing left to do on it
        for (int n = 0; n < cleanReport.findings().size(); n++) {
            given().auth().oauth2(TestTokens.reviewer("610722")).contentType("application/json")
                    .body(Map.of("decision", "DISMISSED", "reason", "已核实"))
                    .post("/api/v1/reports/" + cleanReport.submissionId() + "/findings/" + n + "/review")
                    .then().statusCode(201);
        }
        given().get("/api/v1/years").then().body("years[0]", equalTo(YEAR));

        var browser = chromium.browser;
        var wait = chromium.wait;
        browser.get(dashboard.toString()); // no year in the address
        wait.until(d -> String.valueOf(YEAR).equals(d.findElement(By.id("year")).getAttribute("value")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政府信息公开工作年度报告 · 报送与审核");
        assertThat(browser.findElement(By.id("lang")).getText()).isEqualTo("English");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("token"))).sendKeys(TestTokens.reviewer("610722"));
        browser.findElement(By.cssSelector("#signin button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("queue-link"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ws-title"), "城固县 · " + YEAR + "年 · 审核工作台"));
        WebElement problem = queueRow(broken);
        assertThat(problem.getAttribute("data-state")).isEqualTo("OPEN_ERRORS");
        assertThat(problem.getText()).contains(broken.name(), "未通过", "有待处理错误");
        assertThat(queueRow(clean).isDisplayed()).as("只看问题 hides a report without findings").isFalse();
        assertThat(browser.findElement(By.cssSelector("#queue-counts [data-field='OPEN_ERRORS'] b")).getText())
                .isEqualTo("1");
        browser.findElement(By.id("only-problems")).click();
        wait.until(d -> queueRow(clean).isDisplayed());
        chromium.screenshot("workspace-queue-zh");

        problem.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ws-title"), broken.name()));
        WebElement total = browser.findElement(By.cssSelector("td[data-cell='" + TOTAL + "']"));
        assertThat(total.getAttribute("class")).contains("hl-error");
        assertThat(browser.findElement(By.cssSelector("tr[data-row='applications.newReceived'] th")).getText())
                .isEqualTo("一、本年新收政府信息公开申请数量");
        WebElement finding = browser.findElements(By.cssSelector("#findings li.finding")).stream()
                .filter(li -> li.getAttribute("data-cells").contains(TOTAL)).findFirst().orElseThrow();
        assertThat(finding.findElement(By.cssSelector(".message")).getText()).containsPattern("[\\u4e00-\\u9fff]");
        finding.findElement(By.tagName("code")).click();
        wait.until(d -> d.findElement(By.cssSelector("td[data-cell='" + TOTAL + "']")).getAttribute("class")
                .contains("flash-cell"));
        chromium.screenshot("workspace-report-zh");

        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ws-title"), "report for " + YEAR));
        browser.navigate().refresh(); // the choice is remembered
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ws-title"), "report for " + YEAR));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Annual disclosure reports");
        assertThat(browser.findElement(By.id("findings")).getText()).contains("error").doesNotContain("错误");
        chromium.screenshot("workspace-report-en");
    }

    WebElement queueRow(Region township) {
        return chromium.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#queue tr[data-code='" + township.code() + "']")));
    }
}
