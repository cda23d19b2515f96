package org.disclosurepipeline.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.disclosurepipeline.ingest.support.RawEvents;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * An event the broker can never take is parked and the relay goes on: its submission shows PARKED, the metric counts
 * it, the events behind it are published, and published rows leave the outbox.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class OutboxParkingTest {

    static String upload(String agency, String text) {
        return given().auth().oauth2(TestTokens.submitter(agency)).contentType("text/plain; charset=UTF-8")
                .body(text).post("/api/v1/reports?agency=" + agency + "&year=2023").then().statusCode(202)
                .extract().path("submissionId");
    }

    @Test
    void anEventOverTheBrokersLimitIsParkedAndTheNextOneIsPublished() throws Exception {
        String sample = Files.readString(Path.of("../samples/000-erli-610722111.txt"));
        String stuck = upload("610722111", sample + "\n" + System.nanoTime());
        RawEvents.await(stuck);
        // an event of 1.2 MB for it, as the relay met before intake refused such texts (intake.max-text-bytes)
        long id = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent huge = new OutboxEvent();
            huge.topic = Topics.RAW;
            huge.messageKey = "610722";
            huge.eventId = stuck;
            huge.eventType = EventTypes.RAW;
            huge.subject = "610722111";
            huge.payload = "{\"text\":\"" + "公开".repeat(200_000) + "\"}";
            huge.createdAt = Instant.now();
            huge.persist();
            return huge.id;
        });
        String next = upload("610722114", sample + "\n" + System.nanoTime());

        RawEvents.await(next); // the relay went on
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/submissions/" + stuck).then().statusCode(200).body("status", equalTo("PARKED")));
        OutboxEvent parked = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(id));
        assertThat(parked.parkedAt).isNotNull();
        assertThat(parked.parkedReason).contains("RecordTooLargeException");
        given().get("/q/metrics").then().body(containsString("ingest_outbox_parked_total"));
        double count = Double.parseDouble(given().get("/q/metrics").asString().lines()
                .filter(l -> l.startsWith("ingest_outbox_parked_total")).findFirst().orElseThrow().split(" ")[1]);
        assertThat(count).isGreaterThanOrEqualTo(1.0);
        // published rows are deleted after the broker's ack; the parked one stays, and is no longer pending
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventId = ?1", next)) == 0);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventId = ?1", stuck)))
                .as("its first, published event deleted; the parked one kept").isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(OutboxEvent::pending)).isZero();
    }
}
