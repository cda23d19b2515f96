package org.disclosurepipeline.aggregation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.disclosurepipeline.core.json.Json;

/** Cell maps (dotted key → sum or count) to and from the JSON text of the jsonb columns. */
final class CellsJson {

    private static final TypeReference<HashMap<String, BigDecimal>> SUMS = new TypeReference<>() {
    };
    private static final TypeReference<HashMap<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private CellsJson() {
    }

    static Map<String, BigDecimal> sums(String json) {
        return read(json, SUMS);
    }

    static Map<String, Integer> counts(String json) {
        return read(json, COUNTS);
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write cells as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json == null ? "{}" : json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored cell map is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
