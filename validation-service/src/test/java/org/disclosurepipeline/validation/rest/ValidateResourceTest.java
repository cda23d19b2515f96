package org.disclosurepipeline.validation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class ValidateResourceTest {

    @Test
    void aDryRunAnswersTheVerdictTheReportAndTheFindings() throws Exception {
        given().auth().oauth2(TestTokens.submitter("61")).contentType("text/plain; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../samples/000-erli-610722111.txt")))
                .when().post("/api/v1/validate?agency=610722111&year=2024")
                .then().statusCode(200)
                .body("verdict", equalTo("VALIDATED"))
                .body("report.applications.newReceived.total", equalTo(0))
                .body("report.publishedOn", equalTo("2025-01-24"))
                .body("findings.rule", hasItem("R-FMT-LABEL"))
                .body("rulesVersion", notNullValue());
    }

    @Test
    void aRejectedReviewRowNamesBothSides() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("../samples/002-likou-410425108.txt"));
        String broken = text.replaceFirst("(四、政府信息公开行政复议、行政诉讼情况[\\s\\S]*?)0\t0\t0\t0\t0",
                "$110\t1\t0\t0\t0");
        given().auth().oauth2(TestTokens.submitter("61")).contentType("text/plain; charset=UTF-8").body(broken)
                .when().post("/api/v1/validate")
                .then().statusCode(200)
                .body("verdict", org.hamcrest.Matchers.is("REJECTED"))
                .body("findings.find { it.rule == 'R-T4-REVIEW-SUM' }.left", org.hamcrest.Matchers.is(11))
                .body("findings.find { it.rule == 'R-T4-REVIEW-SUM' }.right", org.hamcrest.Matchers.is(0))
                .body("findings.find { it.rule == 'R-T4-REVIEW-SUM' }.severity", org.hamcrest.Matchers.is("error"));
    }

    @Test
    void anHtmlPageIsReadByItsTables() {
        org.disclosurepipeline.core.synthetic.SyntheticReport report =
                new org.disclosurepipeline.core.synthetic.ReportGenerator(3).next();
        given().auth().oauth2(TestTokens.submitter("61")).contentType("text/html; charset=UTF-8")
                .body(new org.disclosurepipeline.core.synthetic.HtmlRenderer().render(report))
                .when().post("/api/v1/validate")
                .then().statusCode(200)
                .body("report.applications.newReceived.total",
                        org.hamcrest.Matchers.is(report.get("applications.newReceived.total").intValue()));
    }

    @Test
    void anUnreadablePdfIsA422Problem() {
        given().auth().oauth2(TestTokens.submitter("61")).contentType("application/pdf").body("%PDF-1.7 truncated".getBytes())
                .when().post("/api/v1/validate")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("not a readable PDF"));
    }

    @Test
    void readinessAndMetricsAreServed() {
        given().auth().oauth2(TestTokens.submitter("61")).when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Kafka")));
        given().auth().oauth2(TestTokens.submitter("61")).when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
    }

    @Test
    void anEmptyBodyIsAProblem() {
        given().auth().oauth2(TestTokens.submitter("61")).contentType("text/plain").body(new byte[0])
                .when().post("/api/v1/validate")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().auth().oauth2(TestTokens.submitter("61")).when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths.'/api/v1/validate'.post.summary", notNullValue());
    }

    @Test
    void theDryRunJudgesParametersAsTheUploadDoes() { // it answered 404 to year=abc and took year=99999
        for (String[] c : new String[][] {{"?year=abc", "year"}, {"?agency=610722111&year=99999", "year"},
                {"?agency=999999999&year=2024", "agency"}, {"?agency=610722111&year=2024&extra=1", "extra"}}) {
            given().auth().oauth2(TestTokens.submitter("61")).contentType("text/plain").body("x".getBytes())
                    .post("/api/v1/validate" + c[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.is(c[1]));
        }
    }

    @Test
    void aTextTooLargeForOneRecordIs413AsOnUpload() throws Exception {
        String text = Files.readString(Path.of("../samples/000-erli-610722111.txt")) + "\n"
                + "本机关依法公开政府信息。\n".repeat(32_000);
        given().auth().oauth2(TestTokens.submitter("61")).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/v1/validate").then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("limit is 900000 bytes"));
    }

    @Test
    void aDeclaredTypeTheBytesContradictIsA415AsOnUpload() {
        given().auth().oauth2(TestTokens.submitter("61")).contentType("application/pdf").body("plain words".getBytes())
                .post("/api/v1/validate").then().statusCode(415)
                .body("errors[0].field", org.hamcrest.Matchers.is("Content-Type"));
        given().auth().oauth2(TestTokens.submitter("61")).header("Content-Type", "x/y/z").body("x".getBytes())
                .post("/api/v1/validate").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aReportAsTheFormPartFileIsCheckedToo() throws Exception {
        given().auth().oauth2(TestTokens.submitter("610722"))
                .multiPart("file", "erli.txt", Files.readAllBytes(Path.of("../samples/000-erli-610722111.txt")),
                        "text/plain")
                .multiPart("agency", "610722111").multiPart("year", "2024")
                .post("/api/v1/validate").then().statusCode(200).body("verdict", equalTo("VALIDATED"));
    }
}
