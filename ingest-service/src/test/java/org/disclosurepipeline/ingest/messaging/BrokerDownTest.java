package org.disclosurepipeline.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.disclosurepipeline.ingest.support.RawEvents;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.disclosurepipeline.localstack.infra.KafkaBroker;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/** 202 means durable: with the real broker stopped, uploads are accepted, and published exactly once when it is back. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class BrokerDownTest {

    @Inject
    OutboxRelay relay;

    @Test
    void uploadsAcceptedWhileTheBrokerIsDownArePublishedOnceWhenItIsBack() throws Exception {
        KafkaBroker broker = SharedInfrastructure.get().kafka();
        List<String> ids = new ArrayList<>();
        broker.close();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(given().auth().oauth2(TestTokens.submitter("610722"))
                        .contentType("text/plain; charset=UTF-8").body("broker-down upload " + i + " " + System.nanoTime())
                        .post("/api/v1/reports?agency=610722114&year=2024")
                        .then().statusCode(202).extract().path("submissionId"));
            }
            // the relay is woken by each upload and tries at once: wait until it has tried and failed (the
            // producer gives up after max-block-ms), then the events must still be in the outbox, unpublished
            await().atMost(Duration.ofSeconds(60)).until(relay::isFailing);
            List<OutboxEvent> kept = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                    "eventId in ?1", ids));
            assertThat(kept).hasSize(3).allMatch(e -> e.publishedAt == null);
            for (String id : ids) {
                given().auth().oauth2(TestTokens.viewer()).get("/api/v1/submissions/" + id)
                        .then().statusCode(200).body("status", equalTo("RECEIVED"));
            }
            // still ready (uploads go to the outbox); the broker's state is in the health detail and the metrics
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(200).body("checks.find { it.name == 'outbox and broker' }.data.broker",
                            equalTo("unreachable")));
            given().get("/q/metrics").then().body(containsString("ingest_broker_reachable 0.0"));
        } finally {
            broker.start();
        }
        for (String id : ids) {
            RawEvents.await(id);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200).body("checks.find { it.name == 'outbox and broker' }.data.broker",
                        equalTo("reachable")));
        // once the outbox is empty nothing else can be sent: then count what reached the topic
        await().atMost(Duration.ofSeconds(90)).until(() -> QuarkusTransaction.requiringNew().call(OutboxEvent::pending) == 0);
        for (String id : ids) {
            assertThat(RawEvents.count(id, Duration.ofSeconds(5))).as("records of " + id).isEqualTo(1);
        }
    }
}
