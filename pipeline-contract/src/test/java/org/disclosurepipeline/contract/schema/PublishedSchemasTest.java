package org.disclosurepipeline.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurepipeline.contract.events.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * Every published revision of a {@code .vN} schema (src/test/resources/published-schemas/TYPE/N.json, never
 * edited) is still honoured by the schema in docs/schemas: the build fails on a change that would break a
 * subscriber of that type. An incompatible change needs a new type ({@code report.raw.v2}) and schema.
 */
class PublishedSchemasTest {

    static final Path PUBLISHED = Path.of("src/test/resources/published-schemas");

    @Test
    void everySchemaIsCompatibleWithEveryPublishedRevisionOfItsType() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path revision : revisions()) {
            String type = revision.getParent().getFileName().toString();
            JsonNode published = Schemas.JSON.readTree(revision.toFile());
            SchemaCompatibility.problems(published, Schemas.of(type))
                    .forEach(p -> problems.add(type + " (published revision " + revision.getFileName() + "): " + p));
        }
        assertThat(problems).as("incompatible with what subscribers were promised; raise the type's version")
                .isEmpty();
    }

    @Test
    void everyEventTypeHasAPublishedRevision() throws IOException {
        List<String> types = revisions().stream().map(r -> r.getParent().getFileName().toString()).toList();
        assertThat(types).as("freeze docs/schemas/TYPE.json as " + PUBLISHED + "/TYPE/1.json")
                .containsAll(EventSchemas.TYPES);
    }

    @Test
    void anOptionalPropertyIsCompatibleButARemovedRetypedOrNewlyRequiredOneIsNot() {
        JsonNode published = Schemas.of("report.raw.v1");
        ObjectNode added = published.deepCopy();
        ((ObjectNode) added.path("properties")).putObject("channel").put("type", "string");
        assertThat(SchemaCompatibility.problems(published, added)).isEmpty();

        ObjectNode retyped = published.deepCopy();
        ((ObjectNode) retyped.path("properties").path("year")).put("type", "string");
        assertThat(SchemaCompatibility.problems(published, retyped)).singleElement().asString()
                .contains("'year' changed type from [integer] to [string]");

        ObjectNode removed = published.deepCopy();
        ((ObjectNode) removed.path("properties")).remove("sha256");
        assertThat(SchemaCompatibility.problems(published, removed)).anyMatch(p -> p.contains("'sha256' was removed"));

        ObjectNode required = added.deepCopy();
        required.withArray("required").add("channel");
        assertThat(SchemaCompatibility.problems(published, required)).singleElement().asString()
                .contains("changed its required properties");
    }

    @Test
    void aChangeDeepInsideADefinitionIsFound() {
        JsonNode published = Schemas.of("report.validated.v1");
        ObjectNode changed = published.deepCopy();
        ((ObjectNode) changed.path("$defs").path("finding").path("properties").path("severity"))
                .putArray("enum").add("error").add("warning");
        assertThat(SchemaCompatibility.problems(published, changed))
                .anyMatch(p -> p.contains("'findings.items.severity' changed enum"));
    }

    static List<Path> revisions() throws IOException {
        try (Stream<Path> files = Files.walk(PUBLISHED)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
