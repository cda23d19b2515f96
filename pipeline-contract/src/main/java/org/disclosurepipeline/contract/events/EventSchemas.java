package org.disclosurepipeline.contract.events;

import java.util.List;
import java.util.Map;

/**
 * Where the published contract lives on the classpath (and, served by every service, under {@code /asyncapi/}):
 * the AsyncAPI document and one JSON Schema per CloudEvents type, named after the type
 * ({@code schemas/report.raw.v1.json}). Their source is {@code docs/asyncapi.yaml} and {@code docs/schemas/}.
 */
public final class EventSchemas {

    /** Classpath folder of the contract documents; Quarkus serves it at {@code /asyncapi/}. */
    public static final String FOLDER = "META-INF/resources/asyncapi/";
    public static final String ASYNCAPI = FOLDER + "asyncapi.yaml";

    /** Every CloudEvents type the pipeline publishes; each has a schema. */
    public static final List<String> TYPES = List.of(EventTypes.RAW, EventTypes.VALIDATED, EventTypes.REJECTED,
            EventTypes.ROLLUP_CHANGED, EventTypes.REVIEW_DECIDED, EventTypes.APPROVAL_CHANGED);

    /** The CloudEvents type of each topic's records; the dead-letter topics keep whatever they could not read. */
    public static final Map<String, String> TYPE_OF_TOPIC = Map.of(Topics.RAW, EventTypes.RAW,
            Topics.VALIDATED, EventTypes.VALIDATED, Topics.REJECTED, EventTypes.REJECTED,
            Topics.ROLLUPS_CHANGED, EventTypes.ROLLUP_CHANGED, Topics.REVIEWS_DECIDED, EventTypes.REVIEW_DECIDED,
            Topics.APPROVALS_CHANGED, EventTypes.APPROVAL_CHANGED);

    private EventSchemas() {
    }

    /** Classpath resource of the JSON Schema of an event type's data. */
    public static String resource(String eventType) {
        return FOLDER + "schemas/" + eventType + ".json";
    }
}
