package org.disclosurepipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.common.tracing.TraceParent;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole way: upload → reports.raw → validation → reports.validated → county, city and province rollups → query,
 * with the packaged services on a real Kafka broker and PostgreSQL. The steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    static final List<String> LEVELS = List.of("610722", "6107", "61");
    static final Duration WAIT = Duration.ofSeconds(60);

    static PipelineFixture fixture;
    static OtlpReceiver traces;
    static String erliSubmission;

    @BeforeAll
    static void start() {
        traces = new OtlpReceiver();
        fixture = PipelineFixture.start(1, false, Map.of("tracing.otlp-endpoint", traces.endpoint(),
                "quarkus.otel.bsp.schedule.delay", "200ms"));
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
        traces.close();
    }

    static byte[] sample(String file) throws IOException {
        return Files.readAllBytes(Path.of("../samples", file));
    }

    static String post(byte[] report, String agency, int expectedStatus) {
        return given().baseUri(fixture.ingest()).auth().oauth2(fixture.submitterToken(agency))
                .contentType("text/plain; charset=UTF-8").body(report)
                .when().post("/api/v1/reports?agency=" + agency + "&year=2024")
                .then().statusCode(expectedStatus).extract().path("submissionId");
    }

    static void awaitValidated(int expected) {
        await().atMost(WAIT).untilAsserted(() -> {
            for (String region : LEVELS) {
                given().baseUri(fixture.aggregation()).when().get("/api/v1/rollups/" + region + "?year=2024")
                        .then().statusCode(200).body("validatedReports", equalTo(expected))
                        .body("rejectedReports", equalTo(0));
            }
        });
    }

    static int penaltyDecisions(String region) {
        return given().baseUri(fixture.aggregation()).when().get("/api/v1/rollups/" + region + "?year=2024")
                .then().statusCode(200).extract().path("figures.activeDisclosure.penaltyDecisions");
    }

    @Test
    @Order(1)
    void twoTownshipsOfChengguCountyAreCountedAtCountyCityAndProvince() throws IOException {
        erliSubmission = post(sample("000-erli-610722111.txt"), "610722111", 202);
        post(sample("001-shuangxi-610722114.txt"), "610722114", 202);
        awaitValidated(2);
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(fixture.ingest())
                .auth().oauth2(fixture.viewerToken()).when().get("/api/v1/submissions/" + erliSubmission)
                .then().body("status", equalTo("VALIDATED")));
    }

    @Test
    @Order(2)
    void oneUploadIsOneTraceThroughIngestValidationAndAggregation() {
        String traceId = given().baseUri(fixture.ingest()).auth().oauth2(fixture.viewerToken())
                .get("/api/v1/submissions/" + erliSubmission).then().statusCode(200).extract().path("traceId");
        assertThat(traceId).matches("[0-9a-f]{32}");
        TopicProbe kafka = fixture.kafka();
        for (String topic : List.of(Topics.RAW, Topics.VALIDATED)) {
            ConsumerRecord<String, String> record = kafka.await(topic,
                    r -> erliSubmission.equals(TopicProbe.header(r, "ce_id")), 1, WAIT).get(0);
            assertThat(TraceParent.traceId(record.headers())).as(topic).contains(traceId);
        }
        // and the spans of all three services reached the collector under that trace id
        await().atMost(WAIT).untilAsserted(() -> assertThat(traces.servicesOf(traceId))
                .containsExactlyInAnyOrderElementsOf(OtlpReceiver.SERVICES));
    }

    @Test
    @Order(2)
    void postingTheSameReportAgainLeavesTheCountAtTwo() throws IOException {
        String again = post(sample("000-erli-610722111.txt"), "610722111", 200);
        assertThat(again).isEqualTo(erliSubmission);
        awaitValidated(2);
    }

    @Test
    @Order(3)
    void redeliveringItsEventsLeavesTheCountAtTwo() {
        int received = newReceived("610722");
        TopicProbe kafka = fixture.kafka();
        for (String topic : List.of(Topics.RAW, Topics.VALIDATED)) {
            ConsumerRecord<String, String> record = kafka.await(topic,
                    r -> erliSubmission.equals(TopicProbe.header(r, "ce_id")), 1, WAIT).get(0);
            kafka.send(topic, record.key(), record.value(), Map.of("ce_id", erliSubmission,
                    "ce_type", TopicProbe.header(record, "ce_type")));
        }
        // the re-validated raw event comes back as a second validated record for the same submission
        assertThat(kafka.await(Topics.VALIDATED, r -> erliSubmission.equals(TopicProbe.header(r, "ce_id")), 3, WAIT))
                .hasSize(3);
        // the counts were two before the redelivered records were read, too: wait until aggregation has read
        // every record of the topic (its committed offsets, read from the broker after this moment), then count
        Instant sent = Instant.now();
        await().atMost(WAIT).untilAsserted(() -> {
            io.restassured.path.json.JsonPath health = given().baseUri(fixture.aggregation())
                    .auth().oauth2(fixture.viewerToken()).get("/api/v1/ops/pipeline").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(health.getString("readAt")).isNotNull();
            assertThat(Instant.parse(health.getString("readAt"))).isAfter(sent);
            assertThat(health.getInt("consumerLag.'reports.validated'")).isZero();
        });
        awaitValidated(2);
        assertThat(newReceived("610722")).isEqualTo(received);
    }

    static int newReceived(String region) {
        return given().baseUri(fixture.aggregation()).when().get("/api/v1/rollups/" + region + "?year=2024")
                .then().statusCode(200).extract().path("figures.applications.newReceived.total");
    }

    @Test
    @Order(4)
    void aResubmissionByErliReplacesItsFirstReportAtEveryLevel() throws IOException {
        assertThat(penaltyDecisions("610722")).isZero();
        String revised = new String(sample("000-erli-610722111.txt"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\t行政处罚\n\t0", "\t行政处罚\n\t5");
        assertThat(revised).contains("\t行政处罚\n\t5");
        post(revised.getBytes(java.nio.charset.StandardCharsets.UTF_8), "610722111", 202);
        await().atMost(WAIT).untilAsserted(() -> {
            for (String region : LEVELS) {
                assertThat(penaltyDecisions(region)).isEqualTo(5);
            }
        });
        awaitValidated(2);
    }

    @Test
    @Order(5)
    void aTownshipTokenSubmitsOnlyForItsOwnTownship() throws IOException {
        byte[] report = sample("001-shuangxi-610722114.txt");
        given().baseUri(fixture.ingest()).auth().oauth2(fixture.submitterToken("610722111"))
                .contentType("text/plain; charset=UTF-8").body(report)
                .when().post("/api/v1/reports?agency=610722114&year=2024")
                .then().statusCode(403).contentType("application/problem+json");
        given().baseUri(fixture.ingest()).contentType("text/plain; charset=UTF-8").body(report)
                .when().post("/api/v1/reports?agency=610722114&year=2024")
                .then().statusCode(401);
    }
}
