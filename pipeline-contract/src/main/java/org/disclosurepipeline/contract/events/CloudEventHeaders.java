package org.disclosurepipeline.contract.events;

/**
 * Kafka header names of the CloudEvents binary content mode (CloudEvents Kafka protocol binding 1.0); {@link CloudEvent}
 * writes them.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attribute {@code rulesversion}: the rule catalogue version on validation outcomes. */
    public static final String RULES_VERSION = "ce_rulesversion";
    public static final String RULES_VERSION_EXTENSION = "rulesversion";
    /**
     * W3C Trace Context of the upload the record belongs to, as OpenTelemetry's Kafka instrumentation writes and reads
     * it: plain headers beside the {@code ce_*} attributes, not the CloudEvents tracing extension's
     * {@code ce_traceparent} (docs/tracing.md).
     */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
