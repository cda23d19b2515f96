package org.disclosurepipeline.validation.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.common.kafka.KafkaCloudEvents;
import java.util.UUID;
import org.disclosurepipeline.contract.events.CloudEvent;
import org.disclosurepipeline.contract.events.CloudEventHeaders;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Verdict;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes verdicts on {@code reports.validated} or {@code reports.rejected}, keyed by county, with the CloudEvents headers {@link CloudEvent} writes: a
 * batch at a time, all sent at once, returning only once Kafka acknowledged every one of them (acks=all), so that
 * the raw records are committed after that.
 */
@ApplicationScoped
public class OutcomePublisher {

    /** Sends in flight at once: below the emitters' buffer plus the connector's in-flight limit. */
    static final int WINDOW = 256;
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    @Channel("validated")
    MutinyEmitter<String> validated;

    @Inject
    @Channel("rejected")
    MutinyEmitter<String> rejected;

    public void publish(List<ReportOutcomeEvent> outcomes) {
        publish(outcomes, Map.of());
    }

    /**
     * @param traces the context each verdict continues (its "validate report" span): the connector's publish span
     *               is its child and writes the record's {@code traceparent}
     */
    public void publish(List<ReportOutcomeEvent> outcomes, Map<UUID, Context> traces) {
        for (int from = 0; from < outcomes.size(); from += WINDOW) {
            List<Uni<Void>> acks = new ArrayList<>();
            for (ReportOutcomeEvent outcome : outcomes.subList(from, Math.min(outcomes.size(), from + WINDOW))) {
                Message<String> message = message(outcome);
                Context trace = traces.get(outcome.submissionId());
                if (trace != null) {
                    message = message.addMetadata(TracingMetadata.withCurrent(trace));
                }
                acks.add((outcome.verdict() == Verdict.VALIDATED ? validated : rejected).sendMessage(message));
            }
            Uni.join().all(acks).andFailFast().await().atMost(ACK_TIMEOUT);
        }
    }

    static Message<String> message(ReportOutcomeEvent outcome) {
        CloudEvent ce = new CloudEvent(outcome.submissionId().toString(), outcome.eventType(), CloudEvent.VALIDATION,
                outcome.agencyCode(), outcome.checkedAt(),
                Map.of(CloudEventHeaders.RULES_VERSION_EXTENSION, outcome.rulesVersion()));
        return Message.of(EventCodec.encode(outcome)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(outcome.countyCode()).withHeaders(KafkaCloudEvents.headers(ce)).build());
    }
}
