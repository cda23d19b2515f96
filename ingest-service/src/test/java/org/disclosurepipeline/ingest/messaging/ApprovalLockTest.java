package org.disclosurepipeline.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.ingest.support.Documents;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The lock on approved reports, from {@code approvals.changed} as aggregation-service publishes it: a new upload for
 * an approved agency and year is refused (409, Chinese and English, naming the way out) until a return arrives; a
 * batch line is REFUSED with the same reason; an older decision delivered late does not reopen or relock; a record
 * that cannot be read goes to {@code decisions.dlq}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ApprovalLockTest {

    static final String AGENCY = "610722111";
    static final int YEAR = 2012; // a year no other test uploads for
    static final String SUBMITTER = TestTokens.submitter(AGENCY);

    static TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    static void publish(String code, String state, Instant at) {
        ApprovalChangedEvent e = new ApprovalChangedEvent(UUID.randomUUID(), code, code.length() == 9 ? "township"
                : "county", YEAR, state, "RETURNED".equals(state) ? "表三有误" : null, "610722", "reviewer-610722", at);
        kafka().send(Topics.APPROVALS_CHANGED, code, EventCodec.encode(e), Map.of("ce_type", "approval.changed.v1"));
    }

    static ValidatableResponse upload(String variant) throws Exception {
        String text = Files.readString(Path.of("../samples/000-erli-610722111.txt")) + "\n" + variant;
        return given().auth().oauth2(SUBMITTER).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports?agency=" + AGENCY + "&year=" + YEAR).then();
    }

    @Test
    void anApprovedReportTakesNoNewUploadUntilItIsReturned() throws Exception {
        upload("first").statusCode(202);
        publish("610722", "APPROVED", Instant.now()); // a county's approval locks nothing by itself
        Instant approvedAt = Instant.now();
        publish(AGENCY, "APPROVED", approvedAt);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> upload("second").statusCode(409));
        upload("third").contentType("application/problem+json").body("title", equalTo("Report approved and locked"))
                .body("errors[0].field", equalTo("agency"))
                .body("errors[0].reason", containsString("审核通过并锁定"))
                .body("errors[0].reason", containsString("/api/v1/approvals/" + AGENCY + "/" + YEAR + "/return"));

        String batchId = given().auth().oauth2(SUBMITTER)
                .multiPart("archive", "reports.zip", Documents.zip("erli.txt", "二里镇 locked batch line"
                        .getBytes(StandardCharsets.UTF_8)), "application/zip")
                .multiPart("manifest", "manifest.csv", ("erli.txt," + AGENCY + "," + YEAR)
                        .getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/batches").then().statusCode(202).extract().path("batchId");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(SUBMITTER)
                .get("/api/v1/batches/" + batchId).then().extract().<Boolean>path("done"));
        JsonPath batch = given().auth().oauth2(SUBMITTER).get("/api/v1/batches/" + batchId).then().extract().jsonPath();
        assertThat(batch.getString("items[0].outcome")).isEqualTo("REFUSED");
        assertThat(batch.getString("items[0].reason")).contains("locked");

        publish(AGENCY, "APPROVED", approvedAt.minusSeconds(60)); // an older decision, late: still locked
        publish(AGENCY, "RETURNED", Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> upload("fourth").statusCode(202));
        publish(AGENCY, "APPROVED", approvedAt); // redelivered after the return: stays open
        Thread.sleep(1500);
        upload("fifth").statusCode(202);
    }

    @Test
    void anUnreadableApprovalGoesToTheDeadLetterTopic() {
        String marker = "not an approval " + UUID.randomUUID();
        kafka().send(Topics.APPROVALS_CHANGED, AGENCY, marker, Map.of());
        var dead = kafka().await(Topics.DECISIONS_DEAD_LETTER, r -> marker.equals(r.value()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).isNotBlank();
    }
}
