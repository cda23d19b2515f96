package org.disclosurepipeline.aggregation.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.contract.events.CloudEventHeaders;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.core.json.ReportJson;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes {@code rollups.changed}, keyed by the region code: one partition carries every change of a region, so
 * a subscriber sees a province's figures in the order they changed.
 */
@ApplicationScoped
public class RollupPublisher {

    static final URI SOURCE = URI.create("/disclosure-pipeline/aggregation-service");

    @Inject
    @Channel("rollups-changed")
    MutinyEmitter<String> changed;

    /** Sends after the change committed; returns once Kafka acknowledged every record. */
    public void publish(List<Rollup> rollups) {
        for (Rollup r : rollups) {
            RollupChangedEvent event = toEvent(r);
            Message<String> message = Message.of(EventCodec.encode(event))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(r.regionCode).build())
                    .addMetadata(OutgoingCloudEventMetadata.builder()
                            .withId(UUID.randomUUID().toString())
                            .withType(EventTypes.ROLLUP_CHANGED)
                            .withSource(SOURCE)
                            .withSubject(r.regionCode)
                            .withDataContentType(CloudEventHeaders.JSON)
                            .withTimestamp(r.updatedAt.atZone(ZoneOffset.UTC))
                            .build());
            changed.sendMessageAndAwait(message);
        }
    }

    static RollupChangedEvent toEvent(Rollup r) {
        return new RollupChangedEvent(r.regionCode, r.level, r.year, r.validatedReports, r.rejectedReports,
                ReportJson.figuresTree(r.figures), r.updatedAt);
    }
}
