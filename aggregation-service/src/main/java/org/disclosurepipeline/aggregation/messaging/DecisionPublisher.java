package org.disclosurepipeline.aggregation.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.disclosurepipeline.contract.events.ApprovalChangedEvent;
import org.disclosurepipeline.common.kafka.KafkaCloudEvents;
import org.disclosurepipeline.contract.events.CloudEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.ReviewDecidedEvent;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes review decisions ({@code reviews.decided}, keyed by the agency's county) and approval changes
 * ({@code approvals.changed}, keyed by the approved region code). Called inside the decision's transaction and
 * waiting for Kafka's acknowledgement, so that a decision the broker did not take is rolled back (503), never kept
 * unannounced: ingest-service locks uploads from these events.
 */
@ApplicationScoped
public class DecisionPublisher {

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    @Channel("reviews-decided")
    MutinyEmitter<String> reviews;

    @Inject
    @Channel("approvals-changed")
    MutinyEmitter<String> approvals;

    public void publish(ReviewDecidedEvent e) {
        reviews.sendMessage(message(EventCodec.encode(e), RegionCode.county(e.agencyCode()), e.reviewId(),
                EventTypes.REVIEW_DECIDED, e.agencyCode(), e.decidedAt())).await().atMost(ACK_TIMEOUT);
    }

    public void publish(ApprovalChangedEvent e) {
        approvals.sendMessage(message(EventCodec.encode(e), e.regionCode(), e.approvalId(),
                EventTypes.APPROVAL_CHANGED, e.regionCode(), e.decidedAt())).await().atMost(ACK_TIMEOUT);
    }

    static Message<String> message(String json, String key, UUID id, String type, String subject, Instant at) {
        CloudEvent ce = new CloudEvent(id.toString(), type, CloudEvent.AGGREGATION, subject, at);
        return Message.of(json).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key)
                .withHeaders(KafkaCloudEvents.headers(ce)).build());
    }
}
