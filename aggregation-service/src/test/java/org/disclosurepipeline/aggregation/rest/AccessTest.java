package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.auth.DevTokens;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, endpoint by endpoint: no token, a token of a foreign region, of the right region, admin.
 * Rollups and the registry are public; per-agency reports and findings need a viewer or a submitter/reviewer of
 * a region that covers them; pipeline health a viewer; the rebuild an admin.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class AccessTest {

    static final int YEAR = 2036;
    static ReportOutcomeEvent stored;

    @BeforeEach
    void oneStoredReport() { // not @BeforeAll: RestAssured learns the port per test
        if (stored != null) {
            return;
        }
        stored = new SyntheticOutcomes(36).outcome(RegionRegistry.bundled().find("610722111").orElseThrow(), YEAR,
                Instant.now(), true);
        SyntheticOutcomes.publish(stored);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.admin())
                .get("/api/v1/reports/" + stored.submissionId()).then().statusCode(200));
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    static void expect(String token, String path, int status) {
        as(token).get(path).then().statusCode(status);
        if (status >= 400) {
            as(token).get(path).then().contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Authorization"));
        }
    }

    @Test
    void rollupsAndTheRegistryArePublic() {
        for (String path : List.of("/api/v1/rollups/610722?year=" + YEAR, "/api/v1/rollups?level=county&parent=6107&year="
                + YEAR, "/api/v1/regions/610722")) {
            expect(null, path, 200);
            expect(TestTokens.submitter("410425"), path, 200);
            expect(TestTokens.admin(), path, 200);
        }
    }

    @Test
    void aRegionsReportsAndRejectionsNeedATokenCoveringTheRegion() {
        for (String kind : List.of("reports", "rejections")) {
            String county = "/api/v1/regions/610722/" + kind + "?year=" + YEAR;
            expect(null, county, 401);
            expect(TestTokens.submitter("410425"), county, 403); // another province reads nothing of 城固县
            expect(TestTokens.submitter("610722111"), county, 403); // a township does not read its county's list
            expect(TestTokens.submitter("6107"), county, 200);
            expect(TestTokens.reviewer("610722"), county, 200);
            expect(TestTokens.viewer(), county, 200);
            expect(TestTokens.admin(), county, 200);
        }
    }

    @Test
    void aReviewQueueNeedsATokenCoveringTheRegion() {
        String queue = "/api/v1/review-queue?region=610722&year=" + YEAR;
        expect(null, queue, 401);
        expect(TestTokens.reviewer("410425"), queue, 403);
        expect(TestTokens.reviewer("610722111"), queue, 403); // a township does not read its county's queue
        expect(TestTokens.reviewer("6107"), queue, 200);
        as(TestTokens.reviewer("610722")).get(queue).then().statusCode(200)
                .body("reports.find { it.agencyCode == '610722111' }.state", equalTo("OPEN_ERRORS"))
                .body("reports.find { it.agencyCode == '610722111' }.problem", equalTo(true))
                .body("counts.OPEN_ERRORS", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        expect(TestTokens.viewer(), queue, 200);
        expect(TestTokens.admin(), queue, 200);
        // the page's own settings are public: the years with reports, the template, where ingest is
        for (String path : List.of("/api/v1/years", "/api/v1/template", "/api/v1/dashboard/config")) {
            expect(null, path, 200);
        }
        given().get("/api/v1/years").then().body("years", org.hamcrest.Matchers.hasItem(YEAR));
        given().get("/api/v1/template").then().body("find { it.key == 'applications' }.rows[0].label",
                equalTo("一、本年新收政府信息公开申请数量"));
    }

    @Test
    void oneReportNeedsATokenCoveringItsAgency() {
        String report = "/api/v1/reports/" + stored.submissionId();
        expect(null, report, 401);
        expect(TestTokens.reviewer("610722114"), report, 403);
        expect(TestTokens.reviewer("610722111"), report, 200);
        expect(TestTokens.submitter("61"), report, 200);
        expect(TestTokens.viewer(), report, 200);
        expect(TestTokens.admin(), report, 200);
    }

    @Test
    void exportsNeedATokenCoveringTheRegionOrTheAgency() {
        for (String path : List.of("/api/v1/exports/problems?region=610722&year=" + YEAR,
                "/api/v1/exports/problems?region=610722&year=" + YEAR + "&format=xlsx&onlyOpen=true",
                "/api/v1/exports/missing?region=610722&year=" + YEAR + "&format=xlsx")) {
            expect(null, path, 401);
            expect(TestTokens.submitter("410425"), path, 403); // another province
            expect(TestTokens.reviewer("610723"), path, 403); // the neighbouring county
            expect(TestTokens.submitter("610722111"), path, 403); // a township does not read its county's list
            expect(TestTokens.reviewer("610722"), path, 200);
            expect(TestTokens.submitter("6107"), path, 200);
            expect(TestTokens.viewer(), path, 200);
            expect(TestTokens.admin(), path, 200);
        }
        String sheet = "/api/v1/reports/" + stored.submissionId() + "/check-sheet.pdf";
        expect(null, sheet, 401);
        expect(TestTokens.reviewer("610722114"), sheet, 403);
        expect(TestTokens.submitter("610722111"), sheet, 200);
        expect(TestTokens.reviewer("610722"), sheet, 200);
        expect(TestTokens.viewer(), sheet, 200);
        expect(TestTokens.admin(), sheet, 200);
    }

    @Test
    void pipelineHealthIsForViewersAndTheRebuildForAdmins() {
        expect(null, "/api/v1/ops/pipeline", 401);
        expect(TestTokens.submitter("610722"), "/api/v1/ops/pipeline", 403);
        expect(TestTokens.viewer(), "/api/v1/ops/pipeline", 200);
        expect(TestTokens.admin(), "/api/v1/ops/pipeline", 200);
        String rebuild = "/api/v1/admin/rollups/rebuild?year=" + YEAR;
        given().post(rebuild).then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.submitter("61")).post(rebuild).then().statusCode(403);
        as(TestTokens.viewer()).post(rebuild).then().statusCode(403);
        as(TestTokens.admin()).post(rebuild).then().statusCode(200);
    }

    @Test
    void aRegionClaimThatIsNotARegistryCodeOpensNothing() {
        DevTokens tokens = TestTokens.tokens();
        expect(tokens.submitter("6"), "/api/v1/regions/610722/reports?year=" + YEAR, 403);
        expect(tokens.reviewer("610722999"), "/api/v1/reports/" + stored.submissionId(), 403);
        expect(tokens.mint("reviewer-without-region", List.of("reviewer"), null),
                "/api/v1/reports/" + stored.submissionId(), 403);
        expect(DevTokens.generate().viewer(), "/api/v1/ops/pipeline", 401); // signed by a key nobody trusts
        expect("not.a.token", "/api/v1/ops/pipeline", 401);
    }
}
