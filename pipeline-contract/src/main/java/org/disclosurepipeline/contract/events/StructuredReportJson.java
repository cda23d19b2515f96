package org.disclosurepipeline.contract.events;

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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link StructuredReport} as JSON: the scalar fields (written even when null), the statistic period when stated,
 * one nested object per table made from the dotted cell keys, then {@code narrative} and {@code sections}.
 */
public final class StructuredReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StructuredReportJson() {
    }

    public static ObjectNode toTree(StructuredReport r) {
        ObjectNode root = NODES.objectNode();
        root.put("agencyName", r.agencyName());
        root.put("year", r.year());
        root.put("templateVersion", r.templateVersion());
        root.put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        root.put("title", r.title());
        if (r.statisticPeriod() != null) {
            ObjectNode period = root.putObject("statisticPeriod");
            period.put("from", r.statisticPeriod().from().toString());
            period.put("to", r.statisticPeriod().to().toString());
        }
        root.setAll(cellsTree(r.cells()));
        root.set("narrative", EventCodec.MAPPER.valueToTree(r.narrative()));
        ObjectNode sections = root.putObject("sections");
        r.sections().forEach((key, text) -> {
            if (text != null) {
                sections.put(key, text);
            }
        });
        return root;
    }

    /** Cells by dotted key as nested objects ({@code a.b.c} → {@code {"a":{"b":{"c":…}}}}), in the map's order. */
    public static ObjectNode cellsTree(Map<String, ? extends Number> cells) {
        ObjectNode root = NODES.objectNode();
        cells.forEach((dottedKey, value) -> {
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
        });
        return root;
    }

    public static StructuredReport fromTree(JsonNode root) {
        Map<String, Number> cells = new LinkedHashMap<>();
        for (String table : StructuredReport.TABLES) {
            if (root.path(table).isObject()) {
                flatten(table, root.get(table), cells);
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        root.path("sections").fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                sections.put(e.getKey(), e.getValue().asText());
            }
        });
        Map<String, Object> narrative = new LinkedHashMap<>();
        if (root.path("narrative").isObject()) {
            EventCodec.MAPPER.convertValue(root.get("narrative"), Map.class).forEach((k, v) -> narrative.put(
                    (String) k, v instanceof Integer || v instanceof Short ? ((Number) v).longValue() : v));
        }
        JsonNode period = root.path("statisticPeriod");
        return new StructuredReport(text(root, "agencyName"),
                root.hasNonNull("year") ? root.get("year").asInt() : null, text(root, "templateVersion"),
                date(root, "publishedOn"), text(root, "title"),
                period.hasNonNull("from") && period.hasNonNull("to")
                        ? new StructuredReport.Period(date(period, "from"), date(period, "to")) : null,
                cells, narrative, sections);
    }

    /** Whole numbers are read as Long, others as BigDecimal; text in a table is not a cell. */
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
                cells.put(key, v.isIntegralNumber() ? (Number) v.longValue() : v.decimalValue());
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }

    static final class Writer extends JsonSerializer<StructuredReport> {
        @Override
        public void serialize(StructuredReport value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeTree(toTree(value));
        }
    }

    static final class Reader extends JsonDeserializer<StructuredReport> {
        @Override
        public StructuredReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fromTree(p.getCodec().readTree(p));
        }
    }
}
