package org.disclosurepipeline.aggregation.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.common.tracing.TraceParent;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Verdicts through the real broker into the rollups: counted once, the newest submission replacing older ones. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class OutcomeConsumerTest {

    /** Each test works on its own year, so that tests sharing the database do not see each other. */
    static final AtomicInteger YEARS = new AtomicInteger(2040);

    TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    static ReportOutcomeEvent outcome(String agency, int year, Instant receivedAt, Verdict verdict) throws IOException {
        String text = Files.readString(Path.of("../samples/003-dongerying-120119123.txt"));
        var checked = ReportChecker.standard().check(text, new Submission(agency, null, year, receivedAt));
        return SyntheticOutcomes.event(UUID.randomUUID(), agency, null, year, receivedAt, verdict, checked,
                checked.validation().rulesVersion());
    }

    void publish(ReportOutcomeEvent e) {
        kafka().send(e.topic(), e.countyCode(), EventCodec.encode(e), Map.of("ce_type", e.eventType()));
    }

    JsonPath rollup(String region, int year) {
        return given().when().get("/api/v1/rollups/" + region + "?year=" + year).then().statusCode(200).extract().jsonPath();
    }

    void awaitCounts(List<String> regions, int year, int validated, int rejected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String region : regions) {
                given().when().get("/api/v1/rollups/" + region + "?year=" + year).then().statusCode(200)
                        .body("validatedReports", equalTo(validated)).body("rejectedReports", equalTo(rejected));
            }
        });
    }

    @Test
    void theRollupsAVerdictChangedAreAnnouncedInItsTrace() throws IOException {
        int year = YEARS.getAndIncrement();
        ReportOutcomeEvent e = outcome("610722111", year, Instant.now(), Verdict.VALIDATED);
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        kafka().send(e.topic(), e.countyCode(), EventCodec.encode(e),
                Map.of("ce_type", e.eventType(), "traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));
        for (String region : List.of("610722", "6107", "61")) {
            var changed = kafka().await(Topics.ROLLUPS_CHANGED,
                    r -> region.equals(r.key()) && r.value().contains("\"year\":" + year), 1, Duration.ofSeconds(30));
            org.assertj.core.api.Assertions.assertThat(changed).as("rollups.changed of %s", region).hasSize(1);
            org.assertj.core.api.Assertions.assertThat(TraceParent.traceId(changed.get(0).headers())).contains(trace);
        }
    }

    @Test
    void twoTownshipsOfACountyAreSummedAtEveryLevel() throws IOException {
        int year = YEARS.getAndIncrement();
        publish(outcome("610722111", year, Instant.now(), Verdict.VALIDATED));
        publish(outcome("610722114", year, Instant.now(), Verdict.VALIDATED));
        awaitCounts(List.of("610722", "6107", "61"), year, 2, 0);

        JsonPath county = rollup("610722", year);
        org.assertj.core.api.Assertions.assertThat(county.getString("level")).isEqualTo("county");
        org.assertj.core.api.Assertions.assertThat(county.getString("name")).isEqualTo("城固县");
        // seed 003 has one application from a commercial enterprise and one 行政处罚 decision
        org.assertj.core.api.Assertions.assertThat(county.getInt("figures.applications.newReceived.total")).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(county.getInt("figures.activeDisclosure.penaltyDecisions")).isEqualTo(2);
    }

    @Test
    void aRedeliveredVerdictIsCountedOnce() throws IOException {
        int year = YEARS.getAndIncrement();
        ReportOutcomeEvent event = outcome("610722111", year, Instant.now(), Verdict.VALIDATED);
        publish(event);
        awaitCounts(List.of("610722"), year, 1, 0);
        publish(event);
        publish(outcome("610722114", year, Instant.now(), Verdict.VALIDATED)); // a marker after the duplicate
        awaitCounts(List.of("610722", "6107", "61"), year, 2, 0);
        org.assertj.core.api.Assertions.assertThat(rollup("610722", year).getInt("figures.applications.newReceived.total"))
                .isEqualTo(2);
    }

    @Test
    void aNewerSubmissionReplacesTheOlderAndALateOlderOneChangesNothing() throws IOException {
        int year = YEARS.getAndIncrement();
        Instant t0 = Instant.parse("2025-01-10T08:00:00Z");
        publish(outcome("610722111", year, t0, Verdict.VALIDATED));
        awaitCounts(List.of("610722"), year, 1, 0);

        publish(outcome("610722111", year, t0.plusSeconds(3600), Verdict.REJECTED));
        awaitCounts(List.of("610722", "6107", "61"), year, 0, 1);
        org.assertj.core.api.Assertions.assertThat(rollup("610722", year).getMap("figures")).isEmpty();

        publish(outcome("610722111", year, t0.minusSeconds(3600), Verdict.VALIDATED)); // older, arrives last
        publish(outcome("610722114", year, t0, Verdict.VALIDATED)); // marker
        awaitCounts(List.of("610722"), year, 1, 1);
    }

    @Test
    void anUnreadableVerdictGoesToTheDeadLetterTopic() throws IOException {
        String marker = "{\"broken\": \"" + UUID.randomUUID() + "\"}";
        kafka().send(Topics.VALIDATED, "610722", marker, Map.of());
        org.assertj.core.api.Assertions.assertThat(kafka().await(Topics.OUTCOMES_DEAD_LETTER,
                r -> marker.equals(r.value()), 1, Duration.ofSeconds(30))).hasSize(1);
        int year = YEARS.getAndIncrement();
        publish(outcome("610722111", year, Instant.now(), Verdict.VALIDATED));
        awaitCounts(List.of("610722"), year, 1, 0);
    }

    @Test
    void unknownRegionsAndMissingYearsAreProblems() {
        given().when().get("/api/v1/rollups/999999?year=2024").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/rollups/61072?year=2024").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/rollups/610722").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
