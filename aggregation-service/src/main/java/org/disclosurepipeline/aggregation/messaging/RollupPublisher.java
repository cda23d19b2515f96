package org.disclosurepipeline.aggregation.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.common.kafka.KafkaCloudEvents;
import java.util.function.Function;
import org.disclosurepipeline.contract.events.CloudEvent;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.contract.events.StructuredReportJson;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes {@code rollups.changed}, keyed by the region code (one partition carries every change of a region, in
 * order): one record per changed region per batch, all sent at once, returning when Kafka acknowledged every one.
 */
@ApplicationScoped
public class RollupPublisher {

    /** Sends in flight at once: below the emitter's buffer plus the connector's in-flight limit. */
    static final int WINDOW = 256;
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    /** A region's rollup after a change: what a record says. */
    public record Change(String regionCode, int year, long validated, long rejected, Map<String, BigDecimal> figures,
            Instant changedAt) {
    }

    @Inject
    @Channel("rollups-changed")
    MutinyEmitter<String> changed;

    /** Sends after the change committed; returns once Kafka acknowledged every record. */
    public void publish(List<Change> changes) {
        publish(changes, c -> null);
    }

    /**
     * As above, each record published in the trace its change continues (the connector's publish span is a child
     * of it and writes the record's {@code traceparent}); the current one where {@code traces} has none.
     */
    public void publish(List<Change> changes, Function<Change, Context> traces) {
        for (int from = 0; from < changes.size(); from += WINDOW) {
            List<Uni<Void>> acks = new ArrayList<>();
            for (Change c : changes.subList(from, Math.min(changes.size(), from + WINDOW))) {
                Message<String> message = message(c);
                Context trace = traces.apply(c);
                if (trace != null) {
                    message = message.addMetadata(TracingMetadata.withCurrent(trace));
                }
                acks.add(changed.sendMessage(message));
            }
            Uni.join().all(acks).andFailFast().await().atMost(ACK_TIMEOUT);
        }
    }

    static Message<String> message(Change c) {
        RollupChangedEvent event = new RollupChangedEvent(c.regionCode(), RegionCode.level(c.regionCode()), c.year(),
                c.validated(), c.rejected(), StructuredReportJson.cellsTree(c.figures()), c.changedAt());
        CloudEvent ce = new CloudEvent(UUID.randomUUID().toString(), EventTypes.ROLLUP_CHANGED, CloudEvent.AGGREGATION,
                c.regionCode(), c.changedAt());
        return Message.of(EventCodec.encode(event)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(c.regionCode()).withHeaders(KafkaCloudEvents.headers(ce)).build());
    }
}
