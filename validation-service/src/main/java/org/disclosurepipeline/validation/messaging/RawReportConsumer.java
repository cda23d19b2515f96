package org.disclosurepipeline.validation.messaging;

import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.common.tracing.RecordTraces;
import org.disclosurepipeline.validation.service.ValidationBatches;
import org.disclosurepipeline.common.retry.Persistently;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code reports.raw} a poll at a time: validates the batch, stores it in one transaction and publishes
 * every verdict before the batch is acknowledged (its offsets are committed after that: at least once; downstream
 * consumers drop duplicates by submission id and rules version).
 *
 * <p>Failures, all handled here: a record that is not a raw report event at all is nacked on its own and goes to
 * {@code reports.raw.dlq} with the reason, and the rest of the batch goes on; a batch that fails (database or
 * broker down) is retried with backoff for as long as the outage lasts: a readable report is never dead-lettered.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    @Inject
    ValidationBatches batches;

    /** Transient failures (database, broker) are retried with backoff for as long as they last. */
    private final Persistently persistently = Persistently.withDefaultBackoff();

    void stopRetrying(@Observes ShutdownEvent event) {
        persistently.stop();
    }

    @Incoming("raw")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<RawReportEvent> events = new ArrayList<>();
        Map<UUID, Context> traces = new HashMap<>();
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                RawReportEvent event = EventCodec.decode(record.getPayload(), RawReportEvent.class);
                events.add(event);
                // each report's work continues its own upload's trace, not the batch's
                traces.putIfAbsent(event.submissionId(), RecordTraces.parentOf(record, record.getHeaders()));
            } catch (UnreadableEventException e) {
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            persistently.run("validating a batch of " + events.size() + " raw reports",
                    () -> batches.validateAndPublish(events, null, new HashMap<>(traces)));
        } catch (Persistently.Stopped e) {
            // shutting down: left unacknowledged, the batch is delivered again after the restart
            LOG.warnf("shutting down while %d raw reports could not be processed; they are delivered again",
                    events.size());
            return new CompletableFuture<>();
        }
        // dead letters first, so that committing the batch's offsets never skips one that is not yet written
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }
}
