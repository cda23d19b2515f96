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

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
