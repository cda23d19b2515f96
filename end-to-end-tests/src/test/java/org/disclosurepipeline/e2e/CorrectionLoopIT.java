package org.disclosurepipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop of issue 15 through the real broker and databases: 二里镇 uploads a report with a warning and a misread
 * cell (行政许可 typed {@code l2} for 12: R-NUM-VALID rejects it); 城固县 dismisses the warning with a reason and
 * corrects the cell where the finding points; the corrected version (a new version of the same original) is
 * validated again, keeps the dismissal, and is approved; a second upload is refused until the county returns the report; 汉中市 approves the
 * county; the report's history lists the versions with who and why.
 */
class CorrectionLoopIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String ERLI = "610722111";
    static final String COUNTY = "610722";
    static final String CELL = "activeDisclosure.licensingDecisions";
    static final String WHY = "原件行政许可为12件，解析误读为l2";
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

    @Test
    void aMisreadCellIsCorrectedRevalidatedApprovedLockedReturnedAndTheCountyApproved() throws Exception {
        String typedRight = Files.readString(Path.of("../samples/000-erli-610722111.txt"));
        String misread = typedRight.replaceFirst("\t行政许可\n\t0\n", "\t行政许可\n\tl2\n");
        assertThat(misread).isNotEqualTo(typedRight);

        String first = steps.upload(ERLI, misread).statusCode(202).extract().path("submissionId");
        JsonPath rejected = steps.awaitReport(first);
        assertThat(rejected.getString("verdict")).isEqualTo("REJECTED");
        int misreading = index(rejected, "R-NUM-VALID");
        assertThat(rejected.getList("findings[" + misreading + "].cells", String.class)).containsExactly(CELL);

        dismissTheWarning(first, index(rejected, "R-TXT-SEC6-FEE"));
        String second = correctTheCellTheFindingPointsAt(first, rejected.getMap("findings[" + misreading
                + "].location"));
        JsonPath validated = awaitCorrectedVersionValidated(second, first);
        assertThat(validated.getList("findings.rule", String.class)).doesNotContain("R-NUM-VALID")
                .contains("R-CELL-CORRECTED");
        theDismissalSurvivedTheCorrection(second, first, index(validated, "R-TXT-SEC6-FEE"));

        steps.approval(COUNTY, ERLI, "approve", null).statusCode(200).body("state", equalTo("APPROVED"));
        theProblemListHoldsTheDecisions(second);
        String third = secondUploadRefusedUntilReturned(typedRight);
        steps.approval(COUNTY, ERLI, "approve", null).statusCode(200);
        steps.approval("6107", COUNTY, "approve", null).statusCode(200).body("approver", equalTo("6107"));

        historyListsEveryVersionWithWhoAndWhy(first, second, third);
    }

    /** The county dismisses the report's warning with a reason. */
    static void dismissTheWarning(String submissionId, int finding) {
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken(COUNTY))
                .contentType(ContentType.JSON).body(Map.of("decision", "DISMISSED",
                        "reason", "本年度未收取信息处理费，第六部分表述无误"))
                .post("/api/v1/reports/" + submissionId + "/findings/" + finding + "/review").then().statusCode(201)
                .body("decisions[0].decision", equalTo("DISMISSED"));
    }

    /** The county's dismissal of the warning was carried over to the corrected version: not decided twice. */
    static void theDismissalSurvivedTheCorrection(String second, String first, int warning) {
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(fixture.aggregation())
                .auth().oauth2(fixture.reviewerToken(COUNTY)).get("/api/v1/reports/" + second + "/reviews").then()
                .statusCode(200).body("decisions.size()", equalTo(1))
                .body("decisions[0].finding", equalTo(warning)).body("decisions[0].decision", equalTo("DISMISSED"))
                .body("decisions[0].carriedFrom", equalTo(first))
                .body("decisions[0].decidedBy", equalTo("reviewer-" + COUNTY))
                .body("decisions[0].reason", equalTo("本年度未收取信息处理费，第六部分表述无误")));
    }

    /**
     * What the county sends its township: the problem list of the current (corrected) version, with the carried
     * dismissal, the correction and the approval.
     */
    static void theProblemListHoldsTheDecisions(String current) {
        String csv = new String(given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken(COUNTY))
                .get("/api/v1/exports/problems?region=" + COUNTY + "&year=2024&format=csv").then().statusCode(200)
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> rows = csv.lines().filter(l -> l.contains(current)).toList();
        assertThat(rows).filteredOn(l -> l.contains("R-TXT-SEC6-FEE")).singleElement()
                .asString().contains("已驳回", "本年度未收取信息处理费，第六部分表述无误", "已批准");
        assertThat(rows).anyMatch(l -> l.contains("R-CELL-CORRECTED") && l.contains("行政许可"));
        assertThat(csv).doesNotContain("R-NUM-VALID");
    }

    /** The county sends back what the finding points at (its location), with the right value and why. */
    static String correctTheCellTheFindingPointsAt(String submissionId, Map<String, Object> location) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("table", location.get("table"));
        cell.put("row", location.get("row"));
        cell.put("column", location.get("column"));
        cell.put("value", "12");
        String second = given().baseUri(fixture.ingest()).auth().oauth2(fixture.reviewerToken(COUNTY))
                .contentType(ContentType.JSON).body(Map.of("reason", WHY, "cells", List.of(cell)))
                .post("/api/v1/submissions/" + submissionId + "/corrections").then().statusCode(202)
                .body("correctionOf", equalTo(submissionId)).body("version", equalTo(2))
                .extract().path("submissionId");
        var raw = fixture.kafka().await(Topics.RAW, r -> second.equals(TopicProbe.header(r, "ce_id")), 1, WAIT);
        RawReportEvent event = EventCodec.decode(raw.get(0).value(), RawReportEvent.class);
        assertThat(event.corrections()).singleElement().satisfies(c -> assertThat(c.cell()).isEqualTo(CELL));
        return second;
    }

    /** The corrected version went through validation like any other: its status, its verdict, its correction. */
    static JsonPath awaitCorrectedVersionValidated(String second, String first) {
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(fixture.ingest())
                .auth().oauth2(fixture.submitterToken(ERLI)).get("/api/v1/submissions/" + second).then()
                .statusCode(200).body("status", equalTo("VALIDATED")));
        JsonPath report = steps.awaitReport(second);
        assertThat(report.getString("verdict")).isEqualTo("VALIDATED");
        assertThat(report.getString("correction.correctionOf")).isEqualTo(first);
        assertThat(report.getString("correction.correctedBy")).isEqualTo("reviewer-" + COUNTY);
        assertThat(report.getString("correction.reason")).isEqualTo(WHY);
        assertThat(report.getString("correction.cells[0].previous")).isEqualTo("l2");
        assertThat(report.getString("figures.activeDisclosure.licensingDecisions")).isEqualTo("12");
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.viewerToken()).get("/api/v1/reports/" + first)
                .then().statusCode(200).body("current", equalTo(false));
        return report;
    }

    /** Approved means locked: a new upload (and a correction) is refused until the county returns the report. */
    static String secondUploadRefusedUntilReturned(String typedRight) throws Exception {
        awaitLocksConsumed();
        steps.upload(ERLI, typedRight).statusCode(409).body("errors[0].reason", containsString("审核通过并锁定"));
        steps.approval(COUNTY, ERLI, "return", Map.of("reason", "请上传更正后的原件")).statusCode(200)
                .body("state", equalTo("RETURNED"));
        await().atMost(WAIT).untilAsserted(() -> steps.upload(ERLI, typedRight).statusCode(202));
        String third = steps.upload(ERLI, typedRight).statusCode(200).extract().path("submissionId");
        assertThat(steps.awaitReport(third).getString("verdict")).isEqualTo("VALIDATED");
        return third;
    }

    /** The history, once ingest has read the last verdict: every version, oldest first, with who and why. */
    static void historyListsEveryVersionWithWhoAndWhy(String first, String second, String third) {
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(fixture.ingest())
                .auth().oauth2(fixture.submitterToken(ERLI))
                .get("/api/v1/submissions/" + first + "/versions").then().statusCode(200)
                .body("currentSubmissionId", equalTo(third))
                .body("versions.submissionId", equalTo(List.of(first, second, third)))
                .body("versions.kind", equalTo(List.of("UPLOAD", "CORRECTION", "UPLOAD")))
                .body("versions.status", equalTo(List.of("REJECTED", "VALIDATED", "VALIDATED")))
                .body("versions[0].submittedBy", equalTo("office-" + ERLI))
                .body("versions[1].submittedBy", equalTo("reviewer-" + COUNTY))
                .body("versions[1].reason", equalTo(WHY))
                .body("versions[1].cells[0].cell", equalTo(CELL))
                .body("versions[1].cells[0].value", equalTo("12")));
    }

    /** Waits until ingest's lock listener has committed every approval written so far. */
    static void awaitLocksConsumed() throws Exception {
        String topic = Topics.APPROVALS_CHANGED;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.infrastructure.kafka().bootstrapServers());
        try (AdminClient admin = AdminClient.create(props)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(WAIT).untilAsserted(() -> {
                var committed = admin.listConsumerGroupOffsets("ingest-service-locks")
                        .partitionsToOffsetAndMetadata().get();
                for (var end : ends.entrySet()) {
                    long at = committed.get(end.getKey()) == null ? 0 : committed.get(end.getKey()).offset();
                    assertThat(at).as(end.getKey().toString()).isGreaterThanOrEqualTo(end.getValue());
                }
            });
        }
    }

    static int index(JsonPath report, String rule) {
        List<String> rules = report.getList("findings.rule", String.class);
        assertThat(rules).as("findings of the report").contains(rule);
        return rules.indexOf(rule);
    }
}
