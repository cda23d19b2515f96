package org.disclosurepipeline.contract.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Event values to and from JSON text: times as RFC 3339 text, null properties left out (null map values and cells
 * kept), unknown properties ignored (a newer producer may add optional ones). A value that cannot be read raises
 * {@link UnreadableEventException} with the reason.
 */
public final class EventCodec {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .build();

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
