package org.disclosurepipeline.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.disclosurepipeline.contract.events.EventSchemas;

/** The published JSON Schemas, read from the classpath and applied with formats asserted (uuid, date-time). */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private Schemas() {
    }

    static JsonNode read(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode of(String eventType) {
        return read(EventSchemas.resource(eventType));
    }

    /** What is wrong with {@code json} as data of {@code eventType}; empty when it is valid. */
    static List<String> problems(String eventType, String json) {
        return problems(of(eventType), json);
    }

    /**
     * What is wrong with {@code json} as data of {@code eventType} when every object the schema lists properties of
     * is closed: what the services send must be in the schema, though subscribers read the schema open (a new
     * optional property must not break them).
     */
    static List<String> strictProblems(String eventType, String json) {
        JsonNode closed = of(eventType).deepCopy();
        close(closed);
        return problems(closed, json);
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode o && o.has("properties") && !o.has("additionalProperties")) {
            o.put("additionalProperties", false);
        }
        node.forEach(Schemas::close);
    }

    private static List<String> problems(JsonNode schemaNode, String json) {
        try {
            JsonSchema schema = FACTORY.getSchema(schemaNode, CONFIG);
            return schema.validate(JSON.readTree(json)).stream().map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }
}
