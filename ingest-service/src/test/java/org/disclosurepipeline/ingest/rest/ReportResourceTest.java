package org.disclosurepipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.common.tracing.TraceParent;
import org.disclosurepipeline.localstack.quarkus.TestTokens;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ReportResourceTest {

    static final Path SEED = Path.of("../samples/001-shuangxi-610722114.txt");

    TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @Test
    void anAcceptedReportIsPublishedOnReportsRawWithCloudEventsHeaders() throws Exception {
        byte[] report = Files.readAllBytes(SEED);
        String id = given().auth().oauth2(TestTokens.admin()).contentType("text/plain; charset=UTF-8").body(report)
                .when().post("/api/v1/reports?agency=610722114&year=2023")
                .then().statusCode(202)
                .header("Location", startsWith("http"))
                .body("duplicate", equalTo(false))
                .extract().path("submissionId");

        ConsumerRecord<String, String> record = kafka().await(Topics.RAW,
                r -> r.value().contains(id), 1, Duration.ofSeconds(30)).get(0);
        assertThat(record.key()).isEqualTo("610722");
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("report.raw.v1");
        assertThat(TopicProbe.header(record, "ce_id")).isEqualTo(id);
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo("610722114");
        RawReportEvent event = EventCodec.decode(record.value(), RawReportEvent.class);
        assertThat(event.agencyName()).isEqualTo("双溪镇");
        assertThat(event.year()).isEqualTo(2023);
        assertThat(event.content()).isEqualTo(Files.readString(SEED));
        assertThat(event.sizeBytes()).isEqualTo(report.length);

        // the upload's trace goes on in the record (W3C traceparent), and the status names it
        String traceId = TraceParent.traceId(record.headers()).orElseThrow();
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("agencyCode", equalTo("610722114"))
                .body("traceId", equalTo(traceId));
        byte[] original = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/submissions/" + id + "/original")
                .then().statusCode(200).extract().asByteArray();
        assertThat(original).isEqualTo(report);
    }

    @Test
    void anIdenticalReUploadReturnsTheEarlierSubmission() throws Exception {
        byte[] report = (Files.readString(SEED) + "\n(re-upload test)").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String first = given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(report)
                .post("/api/v1/reports?agency=610722114&year=2022").then().statusCode(202).extract().path("submissionId");
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(report)
                .post("/api/v1/reports?agency=610722114&year=2022")
                .then().statusCode(200).body("submissionId", equalTo(first)).body("duplicate", equalTo(true));
    }

    @Test
    void badParametersAreNamedInAProblem() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body("x")
                .when().post("/api/v1/reports?agency=12345&year=1999&colour=red")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("agency"))
                .body("errors.field", hasItem("year"))
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void anAgencyOutsideTheRegistryIsRefused() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body("x")
                .when().post("/api/v1/reports?agency=999999999&year=2024")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("registry"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(new byte[0])
                .when().post("/api/v1/reports?agency=610722111&year=2024")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("empty"));
    }

    @Test
    void aReportWhoseTextCannotFitOneRecordIs413NamingTheLimit() throws Exception {
        // 1.18 MB of text was accepted (202) and then stayed RECEIVED: its event was over Kafka's 1 MB
        String text = Files.readString(SEED) + "\n" + "本机关依法公开政府信息。\n".repeat(32_000);
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/api/v1/reports?agency=610722114&year=2021")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("900000 bytes (intake.max-text-bytes)"));
    }

    @Test
    void anUnknownSubmissionIs404() {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/submissions/8d3f0d55-5a59-4d49-9f07-4b8e1c2f0000")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/submissions/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
