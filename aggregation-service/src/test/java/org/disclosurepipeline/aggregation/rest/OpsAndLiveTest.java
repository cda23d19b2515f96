package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/** The live stream, pipeline health, metrics, readiness and the OpenAPI document. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class OpsAndLiveTest {

    @TestHTTPResource("/api/v1/rollups/stream?year=2034&region=6107")
    URI stream;

    @Test
    void theStreamSendsEachChangeOfTheRegionAsItHappens() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        var response = http.sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try (Stream<String> body = response.get(30, TimeUnit.SECONDS).body()) {
                body.forEach(lines::add);
            } catch (Exception e) {
                // the test ends the stream by leaving
            }
        });
        reader.setDaemon(true);
        reader.start();
        Region township = RegionRegistry.bundled().children("610722").get(5);
        SyntheticOutcomes outcomes = new SyntheticOutcomes(34);
        // the live consumer reads only new records: send until the stream has shown one (normally the first)
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(8)).until(() -> {
            SyntheticOutcomes.publish(outcomes.outcome(township, 2034, Instant.now(), false));
            // the county's and the city's records travel on different partitions: either may come first
            return lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"regionCode\":\"6107\""))
                    && lines.stream().anyMatch(l -> l.contains("\"regionCode\":\"610722\"")
                            && l.contains("\"year\":2034"));
        });
        assertThat(lines).noneMatch(l -> l.contains("\"regionCode\":\"61\","));
        reader.interrupt();
    }

    static io.restassured.path.json.JsonPath health() {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/ops/pipeline").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void pipelineHealthCountsDeadLettersAndLag() {
        // other test classes share the broker and may have dead-lettered records already: count from here
        Instant start = Instant.now(); // a reading of the broker taken after this moment, not a stale one
        await().atMost(Duration.ofSeconds(30)).until(() -> health().get("readAt") != null
                && Instant.parse(health().getString("readAt")).isAfter(start));
        long deadBefore = health().getLong("deadLetters.'reports.outcomes.dlq'");
        long appliedBefore = health().getLong("outcomesTotal");
        SyntheticOutcomes.kafka().send(Topics.REJECTED, "610722", "not json", java.util.Map.of());
        SyntheticOutcomes.publish(new SyntheticOutcomes(35).outcome(RegionRegistry.bundled().children("610722")
                .get(7), 2037, Instant.now(), false)); // a year of its own: other classes count theirs
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            io.restassured.path.json.JsonPath h = health();
            assertThat(h.getLong("deadLetters.'reports.outcomes.dlq'")).isEqualTo(deadBefore + 1);
            assertThat(h.getLong("outcomesTotal")).isGreaterThan(appliedBefore);
            assertThat(h.getDouble("outcomesPerSecond")).isPositive();
            assertThat(h.getInt("consumerLag.'reports.validated'")).isZero();
            assertThat(h.getString("brokerError")).isNull();
        });
    }

    @Test
    void prometheusMetricsIncludeKafkaConsumerLagAndTheServicesOwn() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("aggregation_consumer_lag{"))
                .body(containsString("pipeline_dead_letters{"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag")));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointAndTheDashboardIsServed() {
        String openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/rollups/{regionCode}", "/api/v1/rollups", "/api/v1/rollups/stream",
                "/api/v1/regions/{code}/reports", "/api/v1/regions/{code}/rejections", "/api/v1/reports/{submissionId}",
                "/api/v1/admin/rollups/rebuild", "/api/v1/ops/pipeline")) {
            assertThat(openapi).contains("\"" + path + "\"");
        }
        given().get("/dashboard/").then().statusCode(200).body(containsString("<title>政府信息公开工作年度报告</title>"));
        given().get("/dashboard/charts.js").then().statusCode(200);
    }
}
