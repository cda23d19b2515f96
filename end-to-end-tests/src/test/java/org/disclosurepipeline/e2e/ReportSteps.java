package org.disclosurepipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP steps the review, correction and approval tests share against one running pipeline, for reports of
 * 2024: a township's upload, its report once aggregation holds it as current, an approval decision.
 */
record ReportSteps(PipelineFixture fixture, Duration timeout) {

    /** The agency's office uploads the text. */
    ValidatableResponse upload(String agency, String text) {
        return given().baseUri(fixture.ingest()).auth().oauth2(fixture.submitterToken(agency))
                .contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports?agency=" + agency + "&year=2024").then();
    }

    /** The submission as aggregation shows it, once it is the agency's current report. */
    JsonPath awaitReport(String submissionId) {
        await().atMost(timeout).untilAsserted(() -> given().baseUri(fixture.aggregation())
                .auth().oauth2(fixture.viewerToken()).get("/api/v1/reports/" + submissionId).then().statusCode(200)
                .body("current", equalTo(true)));
        return given().baseUri(fixture.aggregation()).auth().oauth2(fixture.viewerToken())
                .get("/api/v1/reports/" + submissionId).then().extract().jsonPath();
    }

    /** A reviewer of {@code reviewer}'s region approves or returns ({@code action}) what {@code code} reported. */
    ValidatableResponse approval(String reviewer, String code, String action, Map<String, String> body) {
        var request = given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken(reviewer));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/approvals/" + code + "/2024/" + action).then();
    }
}
