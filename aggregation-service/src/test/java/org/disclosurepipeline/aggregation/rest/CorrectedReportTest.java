package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.CorrectionSummary;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/** A corrected version is the newest submission of its agency and year; its report view shows the correction. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class CorrectedReportTest {

    static final int YEAR = 2047;

    @Test
    void theCorrectedVersionIsCurrentAndSaysOfWhichWhoAndWhy() {
        Region township = RegionRegistry.bundled().children("610722").get(3);
        SyntheticOutcomes outcomes = new SyntheticOutcomes(47);
        ReportOutcomeEvent upload = outcomes.outcome(township, YEAR, Instant.now().minusSeconds(60), false);
        ReportOutcomeEvent checked = outcomes.outcome(township, YEAR, Instant.now(), false);
        CorrectionSummary summary = new CorrectionSummary(upload.submissionId(), "reviewer-610722", "原件为12，解析误读",
                List.of(new CorrectedCell("applications.newReceived.naturalPerson", "12", "l2")));
        ReportOutcomeEvent corrected = new ReportOutcomeEvent(checked.submissionId(), checked.agencyCode(),
                checked.agencyName(), YEAR, checked.receivedAt(), checked.verdict(), checked.report(),
                checked.findings(), checked.rulesVersion(), checked.checkedAt(), summary);
        SyntheticOutcomes.publish(upload);
        SyntheticOutcomes.publish(corrected);

        String reviewer = TestTokens.reviewer("610722");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reviewer)
                .get("/api/v1/reports/" + corrected.submissionId()).then().statusCode(200)
                .body("current", equalTo(true))
                .body("correction.correctionOf", equalTo(upload.submissionId().toString()))
                .body("correction.correctedBy", equalTo("reviewer-610722"))
                .body("correction.reason", equalTo("原件为12，解析误读"))
                .body("correction.cells[0].cell", equalTo("applications.newReceived.naturalPerson"))
                .body("correction.cells[0].previous", equalTo("l2")));
        given().auth().oauth2(reviewer).get("/api/v1/reports/" + upload.submissionId()).then().statusCode(200)
                .body("current", equalTo(false)).body("correction", nullValue());
    }
}
