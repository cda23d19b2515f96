package org.disclosurepipeline.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.ingest.support.RawEvents;
import org.disclosurepipeline.localstack.infra.PostgresServer;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.SharedInfrastructure;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A submission's status follows its verdicts: the verdict of a re-validation (newer rules version) replaces the
 * first one, and a late verdict of an older version does not bring the old status back; a verdict that arrives while
 * the database is down waits for it, however long, instead of going to the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class OutcomeListenerTest {

    static void publish(RawReportEvent raw, Verdict verdict, String rulesVersion) {
        ReportOutcomeEvent outcome = new ReportOutcomeEvent(raw.submissionId(), raw.agencyCode(), raw.agencyName(),
                raw.year(), raw.receivedAt(), verdict, null, List.of(), rulesVersion, Instant.now());
        RawEvents.kafka().send(outcome.topic(), outcome.countyCode(), EventCodec.encode(outcome),
                Map.of("ce_id", raw.submissionId().toString()));
    }

    static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/submissions/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aNewerRulesVersionReplacesTheStatusAndAnOlderOneArrivingLateDoesNot() throws Exception {
        String id = given().auth().oauth2(TestTokens.admin()).contentType("text/plain; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../samples/000-erli-610722111.txt")))
                .when().post("/api/v1/reports?agency=610722111&year=2019").then().statusCode(202)
                .extract().path("submissionId");
        RawReportEvent raw = RawEvents.await(id);

        publish(raw, Verdict.VALIDATED, "2026.11.2");
        awaitStatus(id, "VALIDATED");
        publish(raw, Verdict.REJECTED, "2026.11.2.1");
        awaitStatus(id, "REJECTED");
        publish(raw, Verdict.VALIDATED, "2026.11.2"); // the first verdict, redelivered late
        // a marker submission whose verdict comes after it: once the marker moved, the late one was read too
        String marker = given().auth().oauth2(TestTokens.admin()).contentType("text/plain; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../samples/001-shuangxi-610722114.txt")))
                .when().post("/api/v1/reports?agency=610722114&year=2019").then().statusCode(202)
                .extract().path("submissionId");
        publish(RawEvents.await(marker), Verdict.VALIDATED, "2026.11.2");
        awaitStatus(marker, "VALIDATED");
        awaitStatus(id, "REJECTED");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/submissions/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void aVerdictArrivingDuringALongDatabaseOutageIsStoredAfterItNotDeadLettered() throws Exception {
        String id = given().auth().oauth2(TestTokens.admin()).contentType("text/plain; charset=UTF-8")
                .body(Files.readString(Path.of("../samples/000-erli-610722111.txt")) + "\n" + System.nanoTime())
                .when().post("/api/v1/reports?agency=610722111&year=2018").then().statusCode(202)
                .extract().path("submissionId");
        RawReportEvent raw = RawEvents.await(id);
        PostgresServer postgres = SharedInfrastructure.get().postgres();
        postgres.close();
        try {
            publish(raw, Verdict.VALIDATED, "2026.11.2");
            Thread.sleep(12_000); // longer than the five one-second retries that used to dead-letter it
        } finally {
            postgres.start();
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/submissions/" + id).then().statusCode(200).body("status", equalTo("VALIDATED")));
        assertThat(RawEvents.kafka().readAll(Topics.INGEST_STATUS_DEAD_LETTER,
                r -> r.value() != null && r.value().contains(id), Duration.ofSeconds(3))).isEmpty();
    }
}
