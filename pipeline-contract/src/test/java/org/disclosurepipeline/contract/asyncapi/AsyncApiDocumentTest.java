package org.disclosurepipeline.contract.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.disclosurepipeline.contract.events.CloudEvent;
import org.disclosurepipeline.contract.events.EventSchemas;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.Topics;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml says what the code does: the topics of {@link Topics}, the types of {@link EventTypes} with
 * their schemas, the headers {@link CloudEvent} writes, and the topics the services' configuration reads and writes,
 * each written by the service the document names.
 */
class AsyncApiDocumentTest {

    static final JsonNode DOC = read();
    static final List<String> SERVICES = List.of("ingest-service", "validation-service", "aggregation-service");

    static JsonNode read() {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(EventSchemas.ASYNCAPI)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode ref(JsonNode node) {
        return node.has("$ref") ? DOC.at(node.path("$ref").asText().substring(1)) : node;
    }

    static JsonNode channel(String topic) {
        for (JsonNode c : DOC.path("channels")) {
            if (c.path("address").asText().equals(topic)) {
                return c;
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    @Test
    void theChannelsAreTheTopicsWithTheirKafkaBindings() {
        Set<String> addresses = new HashSet<>();
        DOC.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        for (String topic : Topics.ALL) {
            assertThat(channel(topic).at("/bindings/kafka/topic").asText()).isEqualTo(topic);
            assertThat(channel(topic).at("/bindings/kafka/partitions").asInt()).isPositive();
        }
    }

    @Test
    void eachTopicCarriesItsTypeWithItsSchemaHeadersAndKey() {
        for (Map.Entry<String, String> e : EventSchemas.TYPE_OF_TOPIC.entrySet()) {
            JsonNode messages = channel(e.getKey()).path("messages");
            assertThat(messages.size()).as(e.getKey()).isEqualTo(1);
            JsonNode message = ref(messages.elements().next());
            String type = e.getValue();
            assertThat(message.path("name").asText()).isEqualTo(type);
            assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).isEqualTo(type);
            assertThat(message.at("/payload/schema/$ref").asText()).isEqualTo("./schemas/" + type + ".json");
            assertThat(getClass().getClassLoader().getResource(EventSchemas.resource(type))).as(type).isNotNull();
            String key = e.getKey().equals(Topics.ROLLUPS_CHANGED) ? "regionKey"
                    : e.getKey().equals(Topics.APPROVALS_CHANGED) ? "approvalKey" : "countyKey";
            assertThat(message.at("/bindings/kafka/key/$ref").asText()).endsWith("/" + key);
        }
        assertThat(EventSchemas.TYPE_OF_TOPIC.values()).containsExactlyInAnyOrderElementsOf(EventSchemas.TYPES);
    }

    @Test
    void everySchemaInDocsIsAnEventTypesSchema() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../docs/schemas"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")))
                    .containsExactlyInAnyOrderElementsOf(EventSchemas.TYPES);
        }
    }

    @Test
    void theHeadersAreWhatCloudEventWrites() {
        JsonNode headers = DOC.at("/components/schemas/cloudEventHeaders");
        Map<String, String> written = new CloudEvent("1", EventTypes.VALIDATED, CloudEvent.VALIDATION, "610722111",
                Instant.EPOCH, Map.of("rulesversion", "1")).attributes();
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(r -> required.add(r.asText()));
        assertThat(written).containsKeys(required.toArray(String[]::new));
        JsonNode validated = ref(channel(Topics.VALIDATED).path("messages").elements().next());
        for (String name : written.keySet()) {
            assertThat(headers.path("properties").has(name)
                    || validated.at("/headers/allOf/1/properties").has(name)).as(name).isTrue();
        }
    }

    @Test
    void theServicesReadAndWriteOnlyDocumentedTopicsAndWriteWhatTheDocumentSaysTheyWrite() throws IOException {
        for (String service : SERVICES) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("..", service, "src/main/resources/application.properties"))) {
                p.load(in);
            }
            for (String name : p.stringPropertyNames()) {
                if (!name.startsWith("mp.messaging.") || !name.matches(".*\\.(topic|topics)$")) {
                    continue;
                }
                for (String topic : p.getProperty(name).split(",")) {
                    assertThat(Topics.ALL).as(service + " " + name).contains(topic.trim());
                    if (name.startsWith("mp.messaging.outgoing.") || name.endsWith(".dead-letter-queue.topic")) {
                        assertThat(producerOf(topic.trim())).as(topic).isEqualTo(service);
                    }
                }
            }
        }
        assertThat(producerOf(Topics.RAW)).isEqualTo("ingest-service"); // the outbox relay's plain producer
    }

    static String producerOf(String topic) {
        for (JsonNode op : DOC.path("operations")) {
            if (op.path("action").asText().equals("send") && ref(op.path("channel")).equals(channel(topic))) {
                return op.path("x-producer").asText();
            }
        }
        return null;
    }
}
