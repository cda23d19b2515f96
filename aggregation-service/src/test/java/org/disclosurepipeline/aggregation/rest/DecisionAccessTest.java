package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may review and approve, endpoint by endpoint: no token, a foreign region, the right region, admin. Reading
 * decisions is for whoever reads the report; deciding is for a reviewer of a region above the agency, or an admin.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class DecisionAccessTest {

    static final int YEAR = 2047;
    static final String TOWNSHIP = "610722111";
    static ReportOutcomeEvent stored;

    @BeforeEach
    void oneStoredReport() {
        if (stored != null) {
            return;
        }
        stored = new SyntheticOutcomes(47).outcome(RegionRegistry.bundled().find(TOWNSHIP).orElseThrow(), YEAR,
                Instant.now(), true);
        SyntheticOutcomes.publish(stored);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/reports/" + stored.submissionId()).then().statusCode(200));
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    static void expect(int status, RequestSpecification request, String method, String path) {
        var then = request.request(method, path).then().statusCode(status);
        if (status >= 400) {
            then.contentType("application/problem+json").body("errors[0].field", equalTo("Authorization"));
        }
    }

    @Test
    void reviewingAFindingIsForReviewersAboveTheAgency() {
        String path = "/api/v1/reports/" + stored.submissionId() + "/findings/0/review";
        Map<String, String> body = Map.of("decision", "CONFIRMED", "reason", "请核对");
        expect(401, as(null).body(body), "POST", path);
        expect(403, as(TestTokens.reviewer("410425")).body(body), "POST", path); // another province
        expect(403, as(TestTokens.reviewer("610723")).body(body), "POST", path); // the neighbouring county
        expect(403, as(TestTokens.reviewer(TOWNSHIP)).body(body), "POST", path); // the township itself
        expect(403, as(TestTokens.submitter("610722")).body(body), "POST", path); // submitters do not review
        expect(403, as(TestTokens.viewer()).body(body), "POST", path);
        expect(201, as(TestTokens.reviewer("610722")).body(body), "POST", path);
        expect(201, as(TestTokens.reviewer("61")).body(body), "POST", path);
        expect(201, as(TestTokens.admin()).body(body), "POST", path);
    }

    @Test
    void readingTheDecisionsIsForWhoeverReadsTheReport() {
        String path = "/api/v1/reports/" + stored.submissionId() + "/reviews";
        expect(401, as(null), "GET", path);
        expect(403, as(TestTokens.reviewer("610723")), "GET", path);
        expect(200, as(TestTokens.submitter(TOWNSHIP)), "GET", path);
        expect(200, as(TestTokens.reviewer("610722")), "GET", path);
        expect(200, as(TestTokens.viewer()), "GET", path);
        expect(200, as(TestTokens.admin()), "GET", path);
    }

    @Test
    void approvingAndReturningAreForReviewersAboveAndAdmins() {
        // the stored report is rejected: an allowed caller gets past access and is told why it cannot be approved
        String approve = "/api/v1/approvals/" + TOWNSHIP + "/" + YEAR + "/approve";
        expect(401, as(null), "POST", approve);
        expect(403, as(TestTokens.reviewer("610723")), "POST", approve);
        expect(403, as(TestTokens.reviewer(TOWNSHIP)), "POST", approve);
        expect(403, as(TestTokens.submitter("610722")), "POST", approve);
        expect(403, as(TestTokens.viewer()), "POST", approve);
        as(TestTokens.reviewer("610722")).post(approve).then().statusCode(409);
        as(TestTokens.admin()).post(approve).then().statusCode(409);

        String giveBack = "/api/v1/approvals/" + TOWNSHIP + "/" + YEAR + "/return";
        Map<String, String> reason = Map.of("reason", "请更正");
        expect(401, as(null).body(reason), "POST", giveBack);
        expect(403, as(TestTokens.reviewer("410425")).body(reason), "POST", giveBack);
        expect(403, as(TestTokens.submitter(TOWNSHIP)).body(reason), "POST", giveBack);
        as(TestTokens.reviewer("610722")).body(reason).post(giveBack).then().statusCode(409); // not approved
        as(TestTokens.admin()).body(reason).post(giveBack).then().statusCode(409);
    }

    @Test
    void approvalStatesAreForReadersOfTheRegion() {
        String path = "/api/v1/approvals?region=610722&year=" + YEAR;
        expect(401, as(null), "GET", path);
        expect(403, as(TestTokens.reviewer("410425")), "GET", path);
        expect(403, as(TestTokens.submitter(TOWNSHIP)), "GET", path); // a township does not read its county's
        expect(200, as(TestTokens.submitter(TOWNSHIP)), "GET", "/api/v1/approvals?region=" + TOWNSHIP + "&year=" + YEAR);
        expect(200, as(TestTokens.reviewer("610722")), "GET", path);
        expect(200, as(TestTokens.viewer()), "GET", path);
        expect(200, as(TestTokens.admin()), "GET", path);
    }
}
