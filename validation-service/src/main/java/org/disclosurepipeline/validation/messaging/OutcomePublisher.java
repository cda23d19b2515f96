package org.disclosurepipeline.validation.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneOffset;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.disclosurepipeline.contract.events.CloudEventHeaders;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.rules.Verdict;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes a verdict on {@code reports.validated} or {@code reports.rejected}, keyed by county, as a CloudEvent,
 * and returns only once Kafka acknowledged it (acks=all): the raw record is committed after that.
 */
@ApplicationScoped
public class OutcomePublisher {

    static final URI SOURCE = URI.create("/disclosure-pipeline/validation-service");

    @Inject
    @Channel("validated")
    MutinyEmitter<String> validated;

    @Inject
    @Channel("rejected")
    MutinyEmitter<String> rejected;

    public void publish(ReportOutcomeEvent outcome) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.RULES_VERSION, outcome.rulesVersion().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Message<String> message = Message.of(EventCodec.encode(outcome))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(outcome.countyCode()).withHeaders(headers).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(outcome.submissionId().toString())
                        .withType(outcome.eventType())
                        .withSource(SOURCE)
                        .withSubject(outcome.agencyCode())
                        .withDataContentType(CloudEventHeaders.JSON)
                        .withTimestamp(outcome.checkedAt().atZone(ZoneOffset.UTC))
                        .build());
        (outcome.verdict() == Verdict.VALIDATED ? validated : rejected).sendMessageAndAwait(message);
    }
}
