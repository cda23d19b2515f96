package org.disclosurepipeline.contract.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CloudEvents attributes of one record and the one place that decides their Kafka headers, in binary content
 * mode (CloudEvents Kafka protocol binding 1.0): every producer of the pipeline sends its records with
 * {@link #attributes()} as headers (service-common's {@code KafkaCloudEvents}), so that every topic carries the same
 * attributes in the same form.
 *
 * @param id         unique per source (the submission id for report events)
 * @param type       one of {@link EventTypes}
 * @param source     the producing service, a URI reference ({@code /disclosure-pipeline/ingest-service})
 * @param subject    the agency code, or the region code for rollups
 * @param time       when the event happened, written as RFC 3339 UTC
 * @param extensions further attributes (lower-case letters and digits, at most 20), e.g. {@code rulesversion}
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time,
        Map<String, String> extensions) {

    public static final String INGEST = "/disclosure-pipeline/ingest-service";
    public static final String VALIDATION = "/disclosure-pipeline/validation-service";
    public static final String AGGREGATION = "/disclosure-pipeline/aggregation-service";

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,20}");

    public CloudEvent {
        if (blank(id) || blank(type) || blank(source) || time == null) {
            throw new IllegalArgumentException("a CloudEvent needs id, type, source and time");
        }
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        extensions.forEach((name, value) -> {
            if (!EXTENSION.matcher(name).matches() || value == null) {
                throw new IllegalArgumentException("not a CloudEvents extension attribute: " + name);
            }
        });
    }

    public CloudEvent(String id, String type, String source, String subject, Instant time) {
        this(id, type, source, subject, time, Map.of());
    }

    /** The header names and values, in the order they are written. */
    public Map<String, String> attributes() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type);
        if (!blank(subject)) {
            headers.put(CloudEventHeaders.SUBJECT, subject);
        }
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        extensions.forEach((name, value) -> headers.put("ce_" + name, value));
        return headers;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
