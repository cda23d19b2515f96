package org.disclosurepipeline.common.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.disclosurepipeline.contract.events.CloudEvent;

/**
 * A CloudEvent's attributes as the Kafka headers of a record (binary content mode). The contract's
 * {@link CloudEvent#attributes()} decides every name and value; this only encodes them as UTF-8, so that the
 * contract does not depend on the Kafka client.
 */
public final class KafkaCloudEvents {

    private KafkaCloudEvents() {
    }

    /** The Kafka headers of a record carrying the event's data as its value, in the order they are written. */
    public static Headers headers(CloudEvent ce) {
        RecordHeaders headers = new RecordHeaders();
        ce.attributes().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
