package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.ReviewDecidedEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review of findings against the real broker and database: a report of 城固县's first township written by its
 * second (R-META-AGENCY rejects it), a report whose T3 does not add up, and the county's reviewer deciding on them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class ReviewApiTest {

    static final int YEAR = 2045;
    static final List<Region> CHENGGU = RegionRegistry.bundled().children("610722");
    static ReportOutcomeEvent misnamed;
    static ReportOutcomeEvent unbalanced;

    @BeforeEach
    void seedOnce() {
        if (misnamed != null) {
            return;
        }
        SyntheticOutcomes outcomes = new SyntheticOutcomes(45);
        misnamed = outcomes.outcome(CHENGGU.get(0), CHENGGU.get(1), YEAR, Instant.now(), false);
        unbalanced = outcomes.outcome(CHENGGU.get(2), YEAR, Instant.now(), true);
        assertThat(misnamed.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(misnamed.findings()).filteredOn(Finding::isError)
                .extracting(Finding::rule).containsOnly("R-META-AGENCY");
        assertThat(unbalanced.verdict()).isEqualTo(Verdict.REJECTED);
        List.of(misnamed, unbalanced).forEach(SyntheticOutcomes::publish);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> List.of(misnamed, unbalanced).forEach(e ->
                given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/" + e.submissionId()).then()
                        .statusCode(200)));
    }

    static int indexOf(ReportOutcomeEvent e, String rule) {
        for (int i = 0; i < e.findings().size(); i++) {
            if (e.findings().get(i).rule().equals(rule) && e.findings().get(i).isError()) {
                return i;
            }
        }
        throw new AssertionError(rule + " not among " + e.findings());
    }

    static int firstError(ReportOutcomeEvent e) {
        return e.findings().stream().filter(Finding::isError).findFirst()
                .map(e.findings()::indexOf).orElseThrow();
    }

    static ValidatableResponse review(String token, ReportOutcomeEvent e, Object finding, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports/" + e.submissionId() + "/findings/" + finding + "/review").then();
    }

    static List<String> rejectionRules() {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/610722/rejections?year=" + YEAR)
                .then().statusCode(200).extract().jsonPath().getList("rule");
    }

    static JsonPath county() {
        return given().get("/api/v1/rollups/610722?year=" + YEAR).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDismissedAgencyErrorTurnsTheReportAcceptedAndLeavesTheRejectionStatistics() {
        assertThat(rejectionRules()).contains("R-META-AGENCY");
        assertThat(county().getInt("validatedReports")).isZero();
        assertThat(county().getInt("rejectedReports")).isEqualTo(2);
        int n = indexOf(misnamed, "R-META-AGENCY");
        JsonPath after = review(TestTokens.reviewer("610722"), misnamed, n, Map.of("decision", "DISMISSED",
                "reason", "乡镇更名：报告以原名称署名 (the township was renamed)")).statusCode(201)
                .extract().jsonPath();
        assertThat(after.getString("verdict")).isEqualTo("REJECTED");
        assertThat(after.getString("verdictAfter")).isEqualTo("VALIDATED");
        assertThat(after.getInt("openErrors")).isZero();
        assertThat(after.getString("decisions[-1].decision")).isEqualTo("DISMISSED");
        assertThat(after.getString("decisions[-1].rule")).isEqualTo("R-META-AGENCY");
        assertThat(after.getString("decisions[-1].reviewerRegion")).isEqualTo("610722");
        assertThat(after.getString("decisions[-1].decidedBy")).isNotBlank();
        assertThat(after.getString("decisions[-1].reason")).startsWith("乡镇更名");
        assertThat(rejectionRules()).doesNotContain("R-META-AGENCY");

        // accepted after review, it counts as validated at every level, with its figures
        long received = misnamed.report().decimal("applications.newReceived.total").longValue();
        for (String region : List.of("610722", "6107", "61")) {
            JsonPath rollup = given().get("/api/v1/rollups/" + region + "?year=" + YEAR).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(rollup.getInt("validatedReports")).as(region).isEqualTo(1);
            assertThat(rollup.getInt("rejectedReports")).as(region).isEqualTo(1);
            assertThat(rollup.getLong("figures.applications.newReceived.total")).as(region).isEqualTo(received);
        }
        assertThat(county().getInt("completeness.validated")).isEqualTo(1);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/reports/" + misnamed.submissionId()).then()
                .body("verdict", equalTo("VALIDATED"));
        // and the rebuild from the stored facts agrees
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/rollups/rebuild?year=" + YEAR).then()
                .statusCode(200);
        assertThat(county().getInt("validatedReports")).isEqualTo(1);

        // the submitting office reads the decision
        given().auth().oauth2(TestTokens.submitter(misnamed.agencyCode()))
                .get("/api/v1/reports/" + misnamed.submissionId() + "/reviews").then().statusCode(200)
                .body("verdictAfter", equalTo("VALIDATED")).body("decisions[0].finding", equalTo(n));

        // and so do subscribers, with CloudEvents headers
        var records = SyntheticOutcomes.kafka().await(Topics.REVIEWS_DECIDED,
                r -> r.value().contains(misnamed.submissionId().toString()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ReviewDecidedEvent event = EventCodec.decode(records.get(0).value(), ReviewDecidedEvent.class);
        assertThat(event.decision()).isEqualTo("DISMISSED");
        assertThat(event.finding()).isEqualTo(n);
        assertThat(event.verdictAfter()).isEqualTo("VALIDATED");
        assertThat(records.get(0).key()).isEqualTo("610722");
        assertThat(TopicProbe.header(records.get(0), "ce_type")).isEqualTo("review.decided.v1");
        assertThat(TopicProbe.header(records.get(0), "ce_subject")).isEqualTo(misnamed.agencyCode());
        assertThat(TopicProbe.header(records.get(0), "ce_id")).isEqualTo(event.reviewId().toString());

        // confirmed after all: rejected again, everywhere
        review(TestTokens.reviewer("6107"), misnamed, n, Map.of("decision", "CONFIRMED", "reason", "署名单位确有错误"))
                .statusCode(201).body("verdict", equalTo("REJECTED")).body("verdictAfter", equalTo("REJECTED"))
                .body("decisions.size()", equalTo(2));
        assertThat(county().getInt("validatedReports")).isZero();
        assertThat(county().getInt("rejectedReports")).isEqualTo(2);
        assertThat(county().getString("figures.applications.newReceived.total")).isNull();
        assertThat(rejectionRules()).contains("R-META-AGENCY");
    }

    @Test
    void anArithmeticErrorCanBeConfirmedButNotDismissed() {
        int n = firstError(unbalanced);
        review(TestTokens.reviewer("6107"), unbalanced, n, Map.of("decision", "DISMISSED", "reason", "looks fine"))
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("decision"));
        review(TestTokens.reviewer("6107"), unbalanced, n, Map.of("decision", "CONFIRMED", "reason", "请重新核对表三"))
                .statusCode(201).body("verdictAfter", equalTo("REJECTED")).body("decisions[0].decision",
                        equalTo("CONFIRMED"));
    }

    @Test
    void badDecisionsAreProblemsNamingTheField() {
        String county = TestTokens.reviewer("610722");
        review(county, misnamed, 0, Map.of("decision", "DISMISSED")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        review(county, misnamed, 0, Map.of("decision", "IGNORED", "reason", "x")).statusCode(400)
                .body("errors[0].field", equalTo("decision"));
        review(county, misnamed, 999, Map.of("decision", "CONFIRMED")).statusCode(404)
                .body("errors[0].field", equalTo("finding"));
        review(county, misnamed, "abc", Map.of("decision", "CONFIRMED")).statusCode(404)
                .body("errors[0].field", equalTo("finding"));
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("decision", "CONFIRMED"))
                .post("/api/v1/reports/not-a-uuid/findings/0/review").then().statusCode(400)
                .body("errors[0].field", equalTo("submissionId"));
    }
}
