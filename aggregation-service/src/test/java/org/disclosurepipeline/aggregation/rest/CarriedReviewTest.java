package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.CorrectionSummary;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.ReviewDecidedEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.FindingStatus;
import org.disclosurepipeline.contract.events.Location;
import org.disclosurepipeline.contract.events.Severity;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Decisions survive a correction of a parsed cell: version 1 has a misread cell (R-NUM-VALID), a township's name
 * the rules do not recognise (R-META-AGENCY) and an explained difference (R-TXT-APPLICATIONS warning); the county
 * dismisses the last two, corrects the cell, and the correction's verdict arrives with both dismissals carried.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class CarriedReviewTest {

    static final int YEAR = 2053;
    static final String CELL = "applications.newReceived.naturalPerson";
    static final Finding MISREAD = new Finding("R-NUM-VALID", Severity.ERROR, FindingStatus.FAIL, "'l2' is not a number",
            "“l2”不是数字", new Location("applications", "T2", "newReceived", "naturalPerson"), null, null, List.of(CELL));
    static final Finding RENAMED = new Finding("R-META-AGENCY", Severity.ERROR, FindingStatus.FAIL,
            "the report names another agency", "报告署名机构与报送机构不一致", Location.document(), null, null, List.of());
    static final Finding OVERVIEW = new Finding("R-TXT-APPLICATIONS", Severity.WARNING, FindingStatus.FAIL,
            "the overview says 30 applications, T2 says 42", "概述申请数30与表二42不一致", new Location("overview", null, null, null),
            null, null, List.of("applications.newReceived.total"));
    static final Finding CORRECTED = new Finding("R-CELL-CORRECTED", Severity.INFO, FindingStatus.FAIL,
            "corrected by reviewer-610722", "由reviewer-610722更正", MISREAD.location(), null, null, List.of(CELL));

    @Test
    void dismissalsOfTheCorrectedVersionCarryOverToTheSameFindingsOnce() {
        Region township = RegionRegistry.bundled().children("610722").get(4);
        SyntheticOutcomes outcomes = new SyntheticOutcomes(53);
        ReportOutcomeEvent v1 = with(outcomes.outcome(township, YEAR, Instant.now().minusSeconds(60), false),
                List.of(MISREAD, RENAMED, OVERVIEW), null);
        SyntheticOutcomes.publish(v1);
        String reviewer = TestTokens.reviewer("610722");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reviewer)
                .get("/api/v1/reports/" + v1.submissionId()).then().statusCode(200));
        ReviewApiTest.review(reviewer, v1, 2, Map.of("decision", "DISMISSED", "reason", "概述仅统计本机关受理的申请"))
                .statusCode(201);
        ReviewApiTest.review(reviewer, v1, 1, Map.of("decision", "DISMISSED", "reason", "乡镇更名，以原名称署名"))
                .statusCode(201).body("verdictAfter", equalTo("REJECTED")).body("openErrors", equalTo(1));

        // the correction as the correction flow makes it: same agency and year, later, pointing at version 1
        CorrectionSummary summary = new CorrectionSummary(v1.submissionId(), "reviewer-610722", "原件为12，解析误读为l2",
                List.of(new CorrectedCell(CELL, "12", "l2")));
        ReportOutcomeEvent v2 = with(outcomes.outcome(township, YEAR, Instant.now(), false),
                List.of(CORRECTED, RENAMED, OVERVIEW), summary);
        SyntheticOutcomes.publish(v2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reviewer)
                .get("/api/v1/reports/" + v2.submissionId() + "/reviews").then().statusCode(200)
                .body("decisions.size()", equalTo(2)));
        JsonPath carried = reviews(v2);
        assertCarried(carried, v1);

        // accepted after review at every level: the rules' REJECTED (R-META-AGENCY) no longer counts
        JsonPath county = given().get("/api/v1/rollups/610722?year=" + YEAR).then().statusCode(200).extract()
                .jsonPath();
        assertThat(county.getInt("validatedReports")).isEqualTo(1);
        assertThat(county.getInt("rejectedReports")).isZero();

        // announced like any decision, saying from where
        var records = SyntheticOutcomes.kafka().await(Topics.REVIEWS_DECIDED,
                r -> r.value().contains(v2.submissionId().toString()), 2, Duration.ofSeconds(20));
        assertThat(records).hasSize(2).allSatisfy(r -> {
            ReviewDecidedEvent e = EventCodec.decode(r.value(), ReviewDecidedEvent.class);
            assertThat(e.carriedFrom()).isEqualTo(v1.submissionId());
            assertThat(e.decision()).isEqualTo("DISMISSED");
        });
        assertThat(records).extracting(r -> EventCodec.decode(r.value(), ReviewDecidedEvent.class).verdictAfter())
                .containsOnly("VALIDATED"); // R-META-AGENCY (finding 1) is carried first: its error was the last

        // a redelivered verdict carries nothing again: a later verdict of the same partition proves it was read
        SyntheticOutcomes.publish(v2);
        ReportOutcomeEvent later = outcomes.outcome(RegionRegistry.bundled().children("610722").get(5), YEAR,
                Instant.now(), true);
        assertThat(later.verdict()).isEqualTo(Verdict.REJECTED);
        SyntheticOutcomes.publish(later);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reviewer)
                .get("/api/v1/reports/" + later.submissionId()).then().statusCode(200));
        assertThat(reviews(v2).getList("decisions")).isEqualTo(carried.getList("decisions"));
        assertThat(given().get("/api/v1/rollups/610722?year=" + YEAR).then().extract().jsonPath()
                .getInt("validatedReports")).isEqualTo(1);
        // version 1 keeps its own decisions, uncarried
        given().auth().oauth2(reviewer).get("/api/v1/reports/" + v1.submissionId() + "/reviews").then()
                .body("decisions.size()", equalTo(2)).body("decisions[0].carriedFrom", equalTo(null));
    }

    private static void assertCarried(JsonPath v2, ReportOutcomeEvent v1) {
        assertThat(v2.getString("verdict")).isEqualTo("REJECTED");
        assertThat(v2.getString("verdictAfter")).isEqualTo("VALIDATED");
        assertThat(v2.getInt("openErrors")).isZero();
        assertThat(v2.getList("decisions.finding", Integer.class)).containsExactly(2, 1); // oldest first
        assertThat(v2.getList("decisions.rule", String.class)).containsExactly("R-TXT-APPLICATIONS", "R-META-AGENCY");
        assertThat(v2.getList("decisions.reason", String.class))
                .containsExactly("概述仅统计本机关受理的申请", "乡镇更名，以原名称署名");
        assertThat(v2.getList("decisions.decidedBy", String.class)).containsOnly("reviewer-610722");
        assertThat(v2.getList("decisions.reviewerRegion", String.class)).containsOnly("610722");
        assertThat(v2.getList("decisions.carriedFrom", String.class)).containsOnly(v1.submissionId().toString());
    }

    private static JsonPath reviews(ReportOutcomeEvent e) {
        return given().auth().oauth2(TestTokens.reviewer("610722")).get("/api/v1/reports/" + e.submissionId()
                + "/reviews").then().statusCode(200).extract().jsonPath();
    }

    private static ReportOutcomeEvent with(ReportOutcomeEvent e, List<Finding> findings, CorrectionSummary c) {
        return new ReportOutcomeEvent(e.submissionId(), e.agencyCode(), e.agencyName(), e.year(), e.receivedAt(),
                Verdict.REJECTED, e.report(), findings, e.rulesVersion(), e.checkedAt(), c);
    }
}
