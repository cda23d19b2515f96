package org.disclosurepipeline.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.model.Figures;
import org.disclosurepipeline.core.model.Narrative;
import org.disclosurepipeline.core.model.StatisticPeriod;
import org.disclosurepipeline.core.template.CellKind;
import org.disclosurepipeline.core.template.SectionId;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;
import org.disclosurepipeline.core.template.TemplateVersion;

/**
 * The structured report as JSON, nested exactly as the contract: dotted cell keys become nested objects
 * ({@code applications.denied.stateSecret.total}), empty cells are {@code null}, absent rows are left out.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    public static ObjectNode toTree(DisclosureReport r) {
        ObjectNode root = NODES.objectNode();
        root.put("agencyName", r.agencyName());
        if (r.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", r.year());
        }
        root.put("templateVersion", r.templateVersion() == null ? null : r.templateVersion().code());
        root.put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        root.put("title", r.title());
        if (r.statisticPeriod() != null) {
            ObjectNode period = root.putObject("statisticPeriod");
            period.put("from", r.statisticPeriod().from().toString());
            period.put("to", r.statisticPeriod().to().toString());
        }
        r.figures().asMap().forEach((key, value) -> put(root, key, value));
        root.set("narrative", Json.mapper().valueToTree(r.narrative().asMap()));
        ObjectNode sections = root.putObject("sections");
        for (SectionId id : SectionId.values()) {
            if (r.section(id) != null) {
                sections.put(id.key(), r.section(id));
            }
        }
        return root;
    }

    /** Cells by dotted key as nested objects, the way the report contract nests them. */
    public static ObjectNode figuresTree(Map<String, ? extends Number> cells) {
        ObjectNode root = NODES.objectNode();
        cells.forEach((key, value) -> put(root, key, value));
        return root;
    }

    private static void put(ObjectNode root, String dottedKey, Number value) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        String leaf = parts[parts.length - 1];
        if (value == null) {
            node.putNull(leaf);
        } else if (value instanceof BigDecimal d) {
            node.put(leaf, d);
        } else {
            node.put(leaf, value.longValue());
        }
    }

    public static DisclosureReport fromTree(JsonNode root) {
        Map<String, Number> cells = new LinkedHashMap<>();
        for (TableId table : TableId.values()) {
            JsonNode node = root.get(table.key());
            if (node != null && node.isObject()) {
                flatten(table.key(), node, cells);
            }
        }
        Map<SectionId, String> sections = new EnumMap<>(SectionId.class);
        JsonNode sectionsNode = root.path("sections");
        for (SectionId id : SectionId.values()) {
            if (sectionsNode.hasNonNull(id.key())) {
                sections.put(id, sectionsNode.get(id.key()).asText());
            }
        }
        JsonNode period = root.path("statisticPeriod");
        @SuppressWarnings("unchecked")
        Map<String, Object> narrative = root.has("narrative")
                ? Json.mapper().convertValue(root.get("narrative"), Map.class) : Map.of();
        return new DisclosureReport(
                text(root, "agencyName"),
                root.hasNonNull("year") ? root.get("year").asInt() : null,
                root.hasNonNull("templateVersion") ? TemplateVersion.fromCode(root.get("templateVersion").asText()) : null,
                root.hasNonNull("publishedOn") ? LocalDate.parse(root.get("publishedOn").asText()) : null,
                text(root, "title"),
                period.hasNonNull("from") && period.hasNonNull("to")
                        ? new StatisticPeriod(LocalDate.parse(period.get("from").asText()),
                                LocalDate.parse(period.get("to").asText()))
                        : null,
                Figures.of(cells), Narrative.of(narrative), sections);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Number> cells) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(key, v, cells);
            } else if (v.isNull()) {
                cells.put(key, null);
            } else if (v.isNumber()) {
                boolean decimal = TemplateCatalog.kindOf(key) == CellKind.DECIMAL || !v.isIntegralNumber();
                cells.put(key, decimal ? v.decimalValue() : v.longValue());
            }
        }
    }

    private static String text(JsonNode root, String field) {
        return root.hasNonNull(field) ? root.get(field).asText() : null;
    }

    static final class Serializer extends JsonSerializer<DisclosureReport> {
        @Override
        public void serialize(DisclosureReport value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeTree(toTree(value));
        }
    }

    static final class Deserializer extends JsonDeserializer<DisclosureReport> {
        @Override
        public DisclosureReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fromTree(p.getCodec().readTree(p));
        }
    }
}
