package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
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
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Approval by level against the real broker and database, one walk: 城固县 (610722) approves its three townships
 * that reported (one only after its error was dismissed), 汉中市 (6107) approves the county, and the returns go top
 * down. Each change is on {@code approvals.changed}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class ApprovalApiTest {

    static final int YEAR = 2046;
    static final List<Region> CHENGGU = RegionRegistry.bundled().children("610722");
    static final String COUNTY = TestTokens.reviewer("610722");
    static final String CITY = TestTokens.reviewer("6107");

    static ValidatableResponse approve(String token, String code) {
        return given().auth().oauth2(token).post("/api/v1/approvals/" + code + "/" + YEAR + "/approve").then();
    }

    static ValidatableResponse giveBack(String token, String code, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/approvals/" + code + "/" + YEAR + "/return").then();
    }

    @Test
    void townshipsThenTheCountyAreApprovedAndReturnedTopDown() {
        SyntheticOutcomes outcomes = new SyntheticOutcomes(46);
        ReportOutcomeEvent first = outcomes.outcome(CHENGGU.get(0), YEAR, Instant.now(), false);
        ReportOutcomeEvent second = outcomes.outcome(CHENGGU.get(1), YEAR, Instant.now(), false);
        ReportOutcomeEvent misnamed = outcomes.outcome(CHENGGU.get(2), CHENGGU.get(3), YEAR, Instant.now(), false);
        List.of(first, second, misnamed).forEach(SyntheticOutcomes::publish);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> List.of(first, second, misnamed).forEach(e ->
                given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/" + e.submissionId()).then()
                        .statusCode(200)));

        approve(COUNTY, first.agencyCode()).statusCode(200).body("state", equalTo("APPROVED"))
                .body("approver", equalTo("610722")).body("level", equalTo("township"));
        approve(COUNTY, first.agencyCode()).statusCode(409).contentType("application/problem+json")
                .body("errors[0].reason", containsString("already approved"));
        approve(COUNTY, "610722").statusCode(403); // a county does not approve itself
        approve(CITY, "610722").statusCode(409).body("errors[0].reason", containsString("not approved yet"));

        approve(COUNTY, misnamed.agencyCode()).statusCode(409).body("errors[0].reason", containsString("open error"));
        int error = misnamed.findings().stream().filter(Finding::isError).findFirst().map(misnamed.findings()::indexOf)
                .orElseThrow();
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(Map.of("decision", "DISMISSED", "reason", "由镇政府办公室代为署名"))
                .post("/api/v1/reports/" + misnamed.submissionId() + "/findings/" + error + "/review").then()
                .statusCode(201);
        approve(COUNTY, misnamed.agencyCode()).statusCode(200);
        approve(COUNTY, second.agencyCode()).statusCode(200);
        approve(CITY, "610722").statusCode(200).body("state", equalTo("APPROVED")).body("approver", equalTo("6107"));
        JsonPath county = given().get("/api/v1/rollups/610722?year=" + YEAR).then().statusCode(200).extract()
                .jsonPath();
        assertThat(county.getString("approval.state")).isEqualTo("APPROVED");
        assertThat(county.getInt("approval.approved")).isEqualTo(3);
        assertThat(county.getInt("approval.awaiting")).isZero();
        JsonPath city = given().get("/api/v1/rollups/6107?year=" + YEAR).then().statusCode(200).extract().jsonPath();
        assertThat(city.getString("approval.state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(city.getInt("approval.approved")).isEqualTo(1);
        assertThat(given().get("/api/v1/rollups?level=county&parent=6107&year=" + YEAR).then().statusCode(200)
                .extract().jsonPath().getString("find { it.regionCode == '610722' }.approval.state"))
                .isEqualTo("APPROVED");

        giveBack(COUNTY, first.agencyCode(), "表二第三行有误").statusCode(409)
                .body("errors[0].reason", containsString("610722"));
        giveBack(CITY, "610722", null).statusCode(400).body("errors[0].field", equalTo("reason"));
        giveBack(CITY, "610722", "请二里镇核对表三").statusCode(200).body("state", equalTo("RETURNED"));
        giveBack(COUNTY, first.agencyCode(), "表三第二行有误，请更正后重新上传").statusCode(200)
                .body("reason", equalTo("表三第二行有误，请更正后重新上传"));
        giveBack(COUNTY, first.agencyCode(), "again").statusCode(409);
        JsonPath returned = given().get("/api/v1/rollups/610722?year=" + YEAR).then().statusCode(200).extract()
                .jsonPath();
        assertThat(returned.getString("approval.state")).isEqualTo("RETURNED");
        assertThat(returned.getInt("approval.approved")).isEqualTo(2);
        assertThat(returned.getInt("approval.returned")).isEqualTo(1);

        JsonPath states = given().auth().oauth2(TestTokens.submitter("610722")).get("/api/v1/approvals?region=610722&year="
                + YEAR).then().statusCode(200).extract().jsonPath();
        assertThat(states.getString("[0].regionCode")).isEqualTo("610722");
        assertThat(states.getString("[0].state")).isEqualTo("RETURNED");
        assertThat(states.getString("find { it.regionCode == '" + first.agencyCode() + "' }.state"))
                .isEqualTo("RETURNED");
        assertThat(states.getString("find { it.regionCode == '" + second.agencyCode() + "' }.state"))
                .isEqualTo("APPROVED");
        assertThat(states.getList("regionCode")).hasSize(4);

        TopicProbe kafka = SyntheticOutcomes.kafka();
        var records = kafka.await(Topics.APPROVALS_CHANGED, r -> first.agencyCode().equals(r.key())
                && r.value().contains("\"year\":" + YEAR), 2, Duration.ofSeconds(20));
        assertThat(records).hasSize(2);
        assertThat(records.stream().map(r -> EventCodec.decode(r.value(), ApprovalChangedEvent.class).state()))
                .containsExactly("APPROVED", "RETURNED");
        assertThat(TopicProbe.header(records.get(0), "ce_type")).isEqualTo("approval.changed.v1");
        assertThat(TopicProbe.header(records.get(0), "ce_subject")).isEqualTo(first.agencyCode());
    }

    @Test
    void unknownCodesAndYearsAreProblems() {
        approve(TestTokens.admin(), "999999").statusCode(404).body("errors[0].field", equalTo("regionCode"));
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/approvals/610722/1999/approve").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        approve(TestTokens.admin(), CHENGGU.get(5).code()).statusCode(409)
                .body("errors[0].reason", containsString("no " + YEAR + " report"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/approvals?year=" + YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }
}
