package org.disclosurepipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Review and approval through the real broker and databases, as people do it: 二里镇 uploads a report with a
 * warning; 城固县 dismisses the warning with a reason and approves the report; a second upload is refused until the
 * county returns it; the corrected upload is accepted, validated and approved again; 汉中市 approves the county once
 * its townships are approved.
 */
class ReviewAndApprovalIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String ERLI = "610722111";
    static final String SHUANGXI = "610722114";
    static PipelineFixture fixture;
    static ReportSteps steps;

    @BeforeAll
    static void start() {
        fixture = PipelineFixture.start();
        steps = new ReportSteps(fixture, WAIT);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static String sample(String file) throws IOException {
        return Files.readString(Path.of("../samples", file));
    }

    @Test
    void aTownshipsReportIsReviewedApprovedLockedReturnedAndTheCountyApprovedByTheCity() throws Exception {
        String erliText = sample("000-erli-610722111.txt");
        String first = steps.upload(ERLI, erliText).statusCode(202).extract().path("submissionId");
        String shuangxi = steps.upload(SHUANGXI, sample("001-shuangxi-610722114.txt")).statusCode(202)
                .extract().path("submissionId");
        JsonPath report = steps.awaitReport(first);
        assertThat(report.getString("verdict")).isEqualTo("VALIDATED");
        List<String> rules = report.getList("findings.rule");
        int fee = rules.indexOf("R-TXT-SEC6-FEE");
        assertThat(fee).as("the warning of erli's report, among %s", rules).isNotNegative();
        assertThat(report.getString("findings[" + fee + "].severity")).isEqualTo("warning");

        // the county dismisses the warning with its reason
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken("610722"))
                .contentType(ContentType.JSON).body(Map.of("decision", "DISMISSED",
                        "reason", "本年度未收取信息处理费，第六部分表述无误"))
                .post("/api/v1/reports/" + first + "/findings/" + fee + "/review").then().statusCode(201)
                .body("decisions[0].decision", equalTo("DISMISSED"));
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.submitterToken(ERLI))
                .get("/api/v1/reports/" + first + "/reviews").then().statusCode(200)
                .body("decisions[0].rule", equalTo("R-TXT-SEC6-FEE"))
                .body("decisions[0].reason", containsString("信息处理费"));
        assertThat(fixture.kafka().await(Topics.REVIEWS_DECIDED, r -> r.value().contains(first), 1, WAIT)).hasSize(1);

        // the county approves; the city cannot approve the county while a township waits
        steps.approval("610722", ERLI, "approve", null).statusCode(200).body("state", equalTo("APPROVED"));
        exportsHoldTheDecisions(first);
        steps.approval("6107", "610722", "approve", null).statusCode(409)
                .body("errors[0].reason", containsString(SHUANGXI));

        // approved means locked: ingest has read the approval, and refuses a new upload of erli
        awaitConsumed("ingest-service-locks", Topics.APPROVALS_CHANGED);
        String corrected = erliText + "\n";
        steps.upload(ERLI, corrected).statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agency"))
                .body("errors[0].reason", containsString("审核通过并锁定"))
                .body("errors[0].reason", containsString("return"));

        // the county returns it with a reason the office reads; the upload goes through
        steps.approval("610722", ERLI, "return", Map.of("reason", "请补充第六部分的说明后重新上传")).statusCode(200)
                .body("state", equalTo("RETURNED"));
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.submitterToken(ERLI))
                .get("/api/v1/approvals?region=" + ERLI + "&year=2024").then().statusCode(200)
                .body("[0].state", equalTo("RETURNED")).body("[0].reason", containsString("第六部分"));
        await().atMost(WAIT).untilAsserted(() -> steps.upload(ERLI, corrected).statusCode(202));
        String second = given().baseUri(fixture.ingest()).auth().oauth2(fixture.submitterToken(ERLI))
                .contentType("text/plain; charset=UTF-8").body(corrected.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports?agency=" + ERLI + "&year=2024").then().statusCode(200)
                .extract().path("submissionId");
        assertThat(steps.awaitReport(second).getString("verdict")).isEqualTo("VALIDATED");

        // both townships approved, the city approves the county
        steps.approval("610722", ERLI, "approve", null).statusCode(200);
        steps.awaitReport(shuangxi);
        steps.approval("610722", SHUANGXI, "approve", null).statusCode(200);
        steps.approval("6107", "610722", "approve", null).statusCode(200).body("approver", equalTo("6107"));
        JsonPath city = given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken("6107"))
                .get("/api/v1/approvals?region=6107&year=2024").then().statusCode(200).extract().jsonPath();
        assertThat(city.getString("[0].state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(city.getString("find { it.regionCode == '610722' }.state")).isEqualTo("APPROVED");
        // and a township cannot be returned under an approved county
        steps.approval("610722", ERLI, "return", Map.of("reason", "x")).statusCode(409);

        var changes = fixture.kafka().await(Topics.APPROVALS_CHANGED, r -> true, 5, WAIT);
        assertThat(changes.stream().map(r -> TopicProbe.header(r, "ce_type")).distinct().toList())
                .containsExactly("approval.changed.v1");
    }

    /** The county's problem list holds the dismissal and the approval; the report's check sheet prints (exports). */
    static void exportsHoldTheDecisions(String submissionId) {
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> county = () -> given()
                .baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken("610722"));
        String csv = new String(county.get().get("/api/v1/exports/problems?region=610722&year=2024&format=csv").then()
                .statusCode(200).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF单位代码,");
        assertThat(csv.lines().filter(l -> l.contains(submissionId) && l.contains("R-TXT-SEC6-FEE")).toList())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("已驳回", "本年度未收取信息处理费", "已批准");
        byte[] pdf = county.get().get("/api/v1/reports/" + submissionId + "/check-sheet.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Waits until a consumer group has committed every record of a topic written so far. */
    static void awaitConsumed(String group, String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.infrastructure.kafka().bootstrapServers());
        try (AdminClient admin = AdminClient.create(props)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(WAIT).untilAsserted(() -> {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                for (var end : ends.entrySet()) {
                    long at = committed.get(end.getKey()) == null ? 0 : committed.get(end.getKey()).offset();
                    assertThat(at).as(end.getKey().toString()).isGreaterThanOrEqualTo(end.getValue());
                }
            });
        }
    }
}
