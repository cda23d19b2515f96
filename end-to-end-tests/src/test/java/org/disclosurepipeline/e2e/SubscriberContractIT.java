package org.disclosurepipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosurepipeline.contract.events.EventSchemas;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a subscriber gets, read the way a subscriber reads it: every record of every topic is a binary-mode
 * CloudEvent by the CloudEvents Java SDK's Kafka binding, of its topic's type, whose data validates against the
 * published JSON Schema; dead letters carry their reason; the topics have the partitions docs/asyncapi.yaml says;
 * every service serves that document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriberContractIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static PipelineFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = PipelineFixture.start();
        List<String> submissions = new java.util.ArrayList<>();
        for (String[] upload : List.of(new String[] {"000-erli-610722111.txt", "610722111", "2024"},
                new String[] {"001-shuangxi-610722114.txt", "610722114", "2024"},
                new String[] {"000-erli-610722111.txt", "610722111", "2023"})) { // the report says 2024: rejected
            submissions.add(given().baseUri(fixture.ingest()).auth().oauth2(fixture.submitterToken(upload[1]))
                    .contentType("text/plain; charset=UTF-8").body(Files.readAllBytes(Path.of("../samples", upload[0])))
                    .when().post("/api/v1/reports?agency=" + upload[1] + "&year=" + upload[2])
                    .then().statusCode(202).extract().path("submissionId"));
        }
        // a review decision and an approval, so that reviews.decided and approvals.changed carry records too
        String erli = submissions.get(0);
        await().atMost(WAIT).until(() -> given().baseUri(fixture.aggregation()).auth().oauth2(fixture.adminToken())
                .get("/api/v1/reports/" + erli).statusCode() == 200);
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken("610722"))
                .contentType("application/json").body(Map.of("decision", "CONFIRMED", "reason", "请核对"))
                .post("/api/v1/reports/" + erli + "/findings/0/review").then().statusCode(201);
        given().baseUri(fixture.aggregation()).auth().oauth2(fixture.reviewerToken("610722"))
                .post("/api/v1/approvals/610722111/2024/approve").then().statusCode(200);
        TopicProbe kafka = fixture.kafka();
        Map<String, String> ce = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_source", "/subscriber-contract-it", "ce_type", "report.raw.v1", "content-type", "application/json");
        kafka.send(Topics.RAW, "610722", GARBAGE, ce);
        kafka.send(Topics.VALIDATED, "610722", GARBAGE, Map.of("ce_id", UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> !records(Topics.ROLLUPS_CHANGED).isEmpty()
                && !records(Topics.REVIEWS_DECIDED).isEmpty() && !records(Topics.APPROVALS_CHANGED).isEmpty()
                && !records(Topics.REJECTED).isEmpty() && !records(Topics.INGEST_STATUS_DEAD_LETTER).isEmpty()
                && !records(Topics.OUTCOMES_DEAD_LETTER).isEmpty() && !records(Topics.RAW_DEAD_LETTER).isEmpty());
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static final String GARBAGE = "{not json";

    /** The topic's records; on an event topic the pipeline's own, not the unreadable ones this test put there. */
    static List<ConsumerRecord<String, String>> records(String topic) {
        boolean deadLetters = !EventSchemas.TYPE_OF_TOPIC.containsKey(topic);
        return fixture.kafka().readAll(topic, r -> deadLetters || !GARBAGE.equals(r.value()), Duration.ofSeconds(1));
    }

    @Test
    @Order(1)
    void everyRecordOfEveryEventTopicIsABinaryModeCloudEventWhoseDataMatchesItsSchema() throws IOException {
        for (Map.Entry<String, String> topic : EventSchemas.TYPE_OF_TOPIC.entrySet()) {
            List<ConsumerRecord<String, String>> records = records(topic.getKey());
            assertThat(records).as(topic.getKey()).isNotEmpty();
            for (ConsumerRecord<String, String> r : records) {
                String where = r.topic() + "/" + r.partition() + "@" + r.offset();
                MessageReader reader = KafkaMessageFactory.createReader(r.headers(),
                        r.value().getBytes(StandardCharsets.UTF_8));
                assertThat(reader.getEncoding()).as(where).isEqualTo(Encoding.BINARY);
                CloudEvent event = reader.toEvent();
                assertThat(event.getSpecVersion().toString()).as(where).isEqualTo("1.0");
                assertThat(event.getId()).as(where).isNotBlank();
                assertThat(event.getSource().toString()).as(where).startsWith("/disclosure-pipeline/");
                assertThat(event.getType()).as(where).isEqualTo(topic.getValue());
                assertThat(event.getDataContentType()).as(where).isEqualTo("application/json");
                assertThat(event.getTime()).as(where).isNotNull();
                assertThat(event.getSubject()).as(where).isNotBlank();
                assertThat(r.key()).as(where).matches(topic.getKey().equals(Topics.ROLLUPS_CHANGED)
                        ? "\\d{2}|\\d{4}|\\d{6}" : topic.getKey().equals(Topics.APPROVALS_CHANGED)
                        ? "\\d{2}|\\d{4}|\\d{6}|\\d{9}" : "\\d{6}");
                assertThat(problems(event.getType(), event.getData().toBytes())).as(where).isEmpty();
            }
        }
    }

    @Test
    @Order(2)
    void outcomesCarryTheRulesVersionAsAnExtension() {
        for (String topic : List.of(Topics.VALIDATED, Topics.REJECTED)) {
            for (ConsumerRecord<String, String> r : records(topic)) {
                CloudEvent event = KafkaMessageFactory.createReader(r.headers(),
                        r.value().getBytes(StandardCharsets.UTF_8)).toEvent();
                assertThat(event.getExtension("rulesversion")).as(topic).isNotNull();
            }
        }
    }

    @Test
    @Order(3)
    void deadLettersKeepTheOriginalAndSayWhy() {
        for (String topic : List.of(Topics.RAW_DEAD_LETTER, Topics.OUTCOMES_DEAD_LETTER,
                Topics.INGEST_STATUS_DEAD_LETTER)) {
            for (ConsumerRecord<String, String> r : records(topic)) {
                assertThat(r.value()).as(topic).isEqualTo(GARBAGE);
                assertThat(r.key()).as(topic).isEqualTo("610722");
                for (String h : List.of("dead-letter-reason", "dead-letter-topic", "dead-letter-partition",
                        "dead-letter-offset", "ce_id")) {
                    assertThat(TopicProbe.header(r, h)).as(topic + " " + h).isNotBlank();
                }
            }
        }
        ConsumerRecord<String, String> raw = records(Topics.RAW_DEAD_LETTER).get(0);
        assertThat(TopicProbe.header(raw, "dead-letter-topic")).isEqualTo(Topics.RAW);
        assertThat(TopicProbe.header(raw, "ce_type")).isEqualTo("report.raw.v1");
    }

    @Test
    @Order(4)
    void theTopicsHaveThePartitionsTheDocumentSays() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(resource(EventSchemas.ASYNCAPI));
        Map<String, Integer> documented = new java.util.HashMap<>();
        doc.path("channels").forEach(c -> documented.put(c.path("address").asText(),
                c.at("/bindings/kafka/partitions").asInt()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixture.infrastructure.kafka().bootstrapServers()))) {
            Map<String, Integer> actual = admin.describeTopics(Topics.ALL).allTopicNames().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size()));
            assertThat(actual).isEqualTo(documented);
        }
    }

    @Test
    @Order(5)
    void everyServiceServesTheDocumentAndTheSchemas() throws IOException {
        String document = new String(resource(EventSchemas.ASYNCAPI).readAllBytes(), StandardCharsets.UTF_8);
        for (String service : Set.of(fixture.ingest(), fixture.pipeline.validation().baseUrl(), fixture.aggregation())) {
            assertThat(given().baseUri(service).when().get("/asyncapi/asyncapi.yaml").then().statusCode(200)
                    .extract().asString()).isEqualTo(document);
            given().baseUri(service).when().get("/asyncapi/schemas/rollup.changed.v1.json").then().statusCode(200);
        }
    }

    @Test
    @Order(6)
    void theNodeSubscriberPrintsTheCountysFigures() throws Exception {
        Path example = Path.of("../examples/node-subscriber").toAbsolutePath().normalize();
        run(example, "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund");
        String out = run(example, "node", "subscriber.js", "--brokers",
                fixture.infrastructure.kafka().bootstrapServers(), "--county", "610722", "--year", "2024", "--json");
        JsonNode printed = JSON.readTree(out.lines().reduce((a, b) -> b).orElseThrow());

        JsonNode rollup = JSON.readTree(given().baseUri(fixture.aggregation())
                .when().get("/api/v1/rollups/610722?year=2024").then().statusCode(200).extract().asString());
        assertThat(printed.path("validatedReports").asLong()).isEqualTo(2).isEqualTo(rollup.path("validatedReports").asLong());
        assertThat(printed.path("rejectedReports").asLong()).isEqualTo(rollup.path("rejectedReports").asLong());
        assertThat(printed.path("figures").size()).isPositive();
        printed.path("figures").fields().forEachRemaining(cell -> assertThat(
                rollup.path("figures").at("/" + cell.getKey().replace('.', '/')).decimalValue())
                .as(cell.getKey()).isEqualByComparingTo(cell.getValue().decimalValue()));
        assertThat(printed.findValuesAsText("agencyCode")).containsExactly("610722111", "610722114");
        assertThat(printed.path("skipped").asInt()).as("the unreadable record this test put on reports.validated")
                .isEqualTo(1);
    }

    /** Runs a command in {@code dir}, failing on a non-zero exit; returns what it printed. */
    static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + " printed:\n" + out).isZero();
        return out;
    }

    static InputStream resource(String name) {
        return SubscriberContractIT.class.getClassLoader().getResourceAsStream(name);
    }

    static List<String> problems(String eventType, byte[] data) throws IOException {
        JsonNode schema = JSON.readTree(resource(EventSchemas.resource(eventType)));
        return SCHEMAS.getSchema(schema, FORMATS).validate(JSON.readTree(data)).stream()
                .map(ValidationMessage::getMessage).toList();
    }
}
