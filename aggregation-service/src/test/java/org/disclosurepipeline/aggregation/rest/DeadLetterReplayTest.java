package org.disclosurepipeline.aggregation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.support.SyntheticOutcomes;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A good verdict that reached a dead-letter topic (as the old five-retries consumer sent them during an outage) is
 * listed with its reason and, replayed by an admin, counted; a second replay finds nothing waiting.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aggregation"))
class DeadLetterReplayTest {

    static final String PATH = "/api/v1/admin/dead-letters";

    static JsonPath waiting() {
        return given().auth().oauth2(TestTokens.admin()).get(PATH + "?topic=" + Topics.OUTCOMES_DEAD_LETTER
                + "&limit=500").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDeadLetteredVerdictIsListedAndReplayedToWhereItCameFrom() {
        ReportOutcomeEvent good = new SyntheticOutcomes(2038).outcome(RegionRegistry.bundled().find("610722111")
                .orElseThrow(), 2038, Instant.now(), false);
        SyntheticOutcomes.kafka().send(Topics.OUTCOMES_DEAD_LETTER, good.countyCode(), EventCodec.encode(good),
                Map.of("ce_type", good.eventType(), "dead-letter-topic", good.topic(),
                        "dead-letter-reason", "cannot store the verdict: database down"));
        String id = good.submissionId().toString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(waiting()
                .<String>getList("[0].records.excerpt")).anyMatch(e -> e.contains(id)));
        assertThat(waiting().<String>getList("[0].records.reason")).contains("cannot store the verdict: database down");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/" + id).then().statusCode(404);

        JsonPath replayed = given().auth().oauth2(TestTokens.admin()).post(PATH + "/replay?topic="
                + Topics.OUTCOMES_DEAD_LETTER).then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getLong("[0].replayed")).isGreaterThanOrEqualTo(1);
        assertThat(replayed.getMap("[0].toTopics")).containsKey(good.topic());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/reports/" + id).then().statusCode(200));
        assertThat(waiting().<String>getList("[0].records.excerpt")).noneMatch(e -> e.contains(id));
    }

    @Test
    void onlyAnAdminSeesOrReplaysDeadLetters() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(TestTokens.viewer(), TestTokens.submitter("610722"), TestTokens.reviewer("61"))) {
            given().auth().oauth2(token).get(PATH).then().statusCode(403);
            given().auth().oauth2(token).post(PATH + "/replay").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.admin()).get(PATH + "?topic=reports.raw").then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
        given().auth().oauth2(TestTokens.admin()).get(PATH).then().statusCode(200)
                .body("topic", equalTo(List.of(Topics.RAW_DEAD_LETTER, Topics.OUTCOMES_DEAD_LETTER,
                        Topics.INGEST_STATUS_DEAD_LETTER)));
    }
}
