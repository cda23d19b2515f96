package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Correction of parsed cells: a new version from the same original, announced on {@code reports.raw} with the
 * corrections; refused for a version that is not current, for an approved report, for a cell not in the template or
 * a value that is not a number; the history lists every version with who and why.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class CorrectionResourceTest {

    static final String AGENCY = "610722111";
    static final String REVIEWER = TestTokens.reviewer("610722");
    static final String CELL = "{\"table\":\"T3\",\"row\":\"newReceived\",\"column\":\"naturalPerson\",\"value\":\"12\"}";

    static String upload(int year) throws Exception {
        String text = Files.readString(Path.of("../samples/000-erli-610722111.txt")) + "\n" + year + " " + UUID.randomUUID();
        return given().auth().oauth2(TestTokens.submitter(AGENCY)).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports?agency=" + AGENCY + "&year=" + year).then().statusCode(202)
                .extract().path("submissionId");
    }

    static ValidatableResponse correct(String token, String id, String body) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType("application/json").body(body)
                .post("/api/v1/submissions/" + id + "/corrections").then();
    }

    static String body(String reason, String cells) {
        return "{\"reason\":\"" + reason + "\",\"cells\":[" + cells + "]}";
    }

    @Test
    void aCorrectionIsANewVersionOfTheSameOriginalAnnouncedWithItsCells() throws Exception {
        String first = upload(2013);
        String second = correct(REVIEWER, first, body("原件为12，解析误读", CELL)).statusCode(202)
                .contentType("application/json")
                .body("correctionOf", equalTo(first)).body("version", equalTo(2))
                .body("statusUrl", containsString("/api/v1/submissions/")).extract().path("submissionId");
        // the same original, served for both versions
        byte[] original = given().auth().oauth2(REVIEWER).get("/api/v1/submissions/" + first + "/original").asByteArray();
        assertThat(given().auth().oauth2(REVIEWER).get("/api/v1/submissions/" + second + "/original").asByteArray())
                .isEqualTo(original);
        given().auth().oauth2(REVIEWER).get("/api/v1/submissions/" + second).then().statusCode(200)
                .body("status", equalTo("RECEIVED"));

        var records = kafka().await(Topics.RAW, r -> second.equals(TopicProbe.header(r, "ce_id")), 1,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        RawReportEvent raw = EventCodec.decode(records.get(0).value(), RawReportEvent.class);
        assertThat(raw.correctionOf()).isEqualTo(UUID.fromString(first));
        assertThat(raw.corrections()).containsExactly(
                new CorrectedCell("applications.newReceived.naturalPerson", "12", null));
        assertThat(raw.correctedBy()).isEqualTo("reviewer-610722");
        assertThat(raw.reason()).isEqualTo("原件为12，解析误读");
        assertThat(raw.content()).isEqualTo(new String(original, StandardCharsets.UTF_8));

        // a correction of the correction carries both steps' cells; the first version is no longer current
        String cell2 = "{\"cell\":\"applications.carriedOver.total\",\"value\":3}";
        String third = correct(TestTokens.submitter(AGENCY), second, body("二次更正", cell2)).statusCode(202)
                .body("version", equalTo(3)).extract().path("submissionId");
        var again = kafka().await(Topics.RAW, r -> third.equals(TopicProbe.header(r, "ce_id")), 1,
                Duration.ofSeconds(30));
        assertThat(EventCodec.decode(again.get(0).value(), RawReportEvent.class).corrections())
                .extracting(CorrectedCell::cell).containsExactly("applications.newReceived.naturalPerson",
                        "applications.carriedOver.total");
        correct(REVIEWER, first, body("旧版本", CELL)).statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Not the current version")).body("errors[0].reason", containsString(third));

        given().auth().oauth2(TestTokens.submitter(AGENCY)).get("/api/v1/submissions/" + first + "/versions").then()
                .statusCode(200).body("currentSubmissionId", equalTo(third))
                .body("versions.kind", equalTo(List.of("UPLOAD", "CORRECTION", "CORRECTION")))
                .body("versions.version", equalTo(List.of(1, 2, 3)))
                .body("versions[0].submittedBy", equalTo("office-610722111"))
                .body("versions[1].submittedBy", equalTo("reviewer-610722"))
                .body("versions[1].reason", equalTo("原件为12，解析误读"))
                .body("versions[1].correctionOf", equalTo(first))
                .body("versions[1].cells[0].cell", equalTo("applications.newReceived.naturalPerson"))
                .body("versions[1].cells[0].table", equalTo("T3"))
                .body("versions[1].cells[0].value", equalTo("12"))
                .body("versions[2].cells[0].value", equalTo("3"));
    }

    @Test
    void aBadCellOrValueIsNamedInChineseAndEnglish() throws Exception {
        String id = upload(2014);
        correct(REVIEWER, id, body("x", "{\"table\":\"T3\",\"row\":\"newReceivedd\",\"column\":\"naturalPerson\","
                + "\"value\":\"1\"}")).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cells[0].row")).body("errors[0].reason", containsString("没有"))
                .body("errors[0].reason", containsString("has no row 'newReceivedd'"));
        correct(REVIEWER, id, body("x", CELL + "," + CELL.replace("naturalPerson", "nobody")))
                .statusCode(422).body("errors[0].field", equalTo("cells[1].column"));
        correct(REVIEWER, id, body("x", "{\"table\":\"T7\",\"row\":\"newReceived\",\"value\":\"1\"}"))
                .statusCode(422).body("errors[0].field", equalTo("cells[0].table"));
        correct(REVIEWER, id, body("x", CELL.replace("\"12\"", "\"l2\""))).statusCode(422)
                .body("errors[0].field", equalTo("cells[0].value"))
                .body("errors[0].reason", containsString("“l2”不是非负整数"))
                .body("errors[0].reason", containsString("'l2' is not a non-negative integer"));
        correct(REVIEWER, id, "{\"cells\":[" + CELL + "]}").statusCode(400).body("errors[0].field", equalTo("reason"));
        correct(REVIEWER, id, body("x", "")).statusCode(400).body("errors[0].field", equalTo("cells"));
        correct(REVIEWER, id, "[1,2").statusCode(400).body("errors[0].field", equalTo("body"));
        correct(REVIEWER, UUID.randomUUID().toString(), body("x", CELL)).statusCode(404);
        given().auth().oauth2(REVIEWER).get("/api/v1/submissions/" + id + "/versions").then()
                .body("versions.size()", equalTo(1));
    }

    @Test
    void anApprovedReportIsNotCorrectedUntilItIsReturned() throws Exception {
        String id = upload(2015);
        publish(2015, "APPROVED", Instant.now());
        // the lock follows the event: a new upload shows when it took effect (and makes no version while locked)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.submitter(AGENCY))
                .contentType("text/plain; charset=UTF-8").body("二里镇 probe " + UUID.randomUUID())
                .post("/api/v1/reports?agency=" + AGENCY + "&year=2015").then().statusCode(409));
        correct(REVIEWER, id, body("x", CELL)).statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Report approved and locked"))
                .body("errors[0].reason", containsString("审核通过并锁定"));
        publish(2015, "RETURNED", Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> correct(REVIEWER, current(id),
                body("退回后更正", CELL)).statusCode(202));
    }

    @Test
    void theSubmittingOfficeAndReviewersAboveItCorrectOthersDoNot() throws Exception {
        String id = upload(2016);
        String v = "/api/v1/submissions/" + id + "/versions";
        correct(null, id, body("x", CELL)).statusCode(401).contentType("application/problem+json");
        given().get(v).then().statusCode(401);
        for (String token : List.of(TestTokens.viewer(), TestTokens.reviewer("410425"),
                TestTokens.reviewer(AGENCY), TestTokens.submitter("610722114"), TestTokens.reviewer("610722114"))) {
            correct(token, id, body("x", CELL)).statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Authorization"));
        }
        given().auth().oauth2(TestTokens.reviewer("410425")).get(v).then().statusCode(403);
        given().auth().oauth2(TestTokens.submitter("610722114")).get(v).then().statusCode(403);
        for (String token : List.of(TestTokens.viewer(), TestTokens.reviewer("6107"), TestTokens.submitter(AGENCY),
                TestTokens.admin())) {
            given().auth().oauth2(token).get(v).then().statusCode(200);
        }
        String byOffice = correct(TestTokens.submitter(AGENCY), id, body("本单位更正", CELL)).statusCode(202)
                .extract().path("submissionId");
        String byCity = correct(TestTokens.reviewer("6107"), byOffice, body("市级更正", CELL)).statusCode(202)
                .extract().path("submissionId");
        correct(TestTokens.admin(), byCity, body("管理员更正", CELL)).statusCode(202);
    }

    /** The current version of the report a submission belongs to (probing uploads may have made newer ones). */
    static String current(String id) {
        return given().auth().oauth2(REVIEWER).get("/api/v1/submissions/" + id + "/versions").then().statusCode(200)
                .extract().path("currentSubmissionId");
    }

    static TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    static void publish(int year, String state, Instant at) {
        ApprovalChangedEvent e = new ApprovalChangedEvent(UUID.randomUUID(), AGENCY, "township", year, state,
                "RETURNED".equals(state) ? "请更正" : null, "610722", "reviewer-610722", at);
        kafka().send(Topics.APPROVALS_CHANGED, AGENCY, EventCodec.encode(e), Map.of("ce_type", "approval.changed.v1"));
    }
}
