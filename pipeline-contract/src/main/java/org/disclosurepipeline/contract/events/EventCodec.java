package org.disclosurepipeline.contract.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosurepipeline.core.json.Json;

/**
 * Event values to and from JSON text, with the core's mapper so that the structured report keeps its contract
 * shape. A value that cannot be read raises {@link UnreadableEventException} with the reason.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = Json.mapper();

    private EventCodec() {
    }

    public static String encode(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("the record has no value");
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new UnreadableEventException("the record's value is JSON null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
