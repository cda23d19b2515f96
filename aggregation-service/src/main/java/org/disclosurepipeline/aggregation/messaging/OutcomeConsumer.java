package org.disclosurepipeline.aggregation.messaging;

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
import org.disclosurepipeline.aggregation.service.OutcomeBatches;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.common.retry.Persistently;
import org.disclosurepipeline.common.tracing.RecordTraces;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code reports.validated} and {@code reports.rejected} on one channel, a poll at a time: the batch is
 * applied in one transaction, the changed rollups are published (each region once) and acknowledged, and only then
 * is the batch acknowledged, so its offsets are committed after its effects are durable.
 *
 * <p>Failures, all handled here: an unreadable record is nacked on its own and goes to
 * {@code reports.outcomes.dlq} with the reason, and the rest of the batch goes on; a batch that fails (database or
 * broker down) is retried with backoff for as long as the outage lasts: a readable verdict is never dead-lettered.
 */
@ApplicationScoped
public class OutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(OutcomeConsumer.class);

    @Inject
    OutcomeBatches batches;

    /** Transient failures (database, broker) are retried with backoff for as long as they last. */
    private final Persistently persistently = Persistently.withDefaultBackoff();

    void stopRetrying(@Observes ShutdownEvent event) {
        persistently.stop();
    }

    @Incoming("outcomes")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<ReportOutcomeEvent> events = new ArrayList<>();
        Map<UUID, Context> traces = new HashMap<>();
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                ReportOutcomeEvent event = EventCodec.decode(record.getPayload(), ReportOutcomeEvent.class);
                events.add(event);
                // each verdict's work continues its own upload's trace, not the batch's
                traces.putIfAbsent(event.submissionId(), RecordTraces.parentOf(record, record.getHeaders()));
            } catch (UnreadableEventException e) {
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            persistently.run("applying a batch of " + events.size() + " verdicts",
                    () -> batches.applyAndPublish(events, traces));
        } catch (Persistently.Stopped e) {
            // shutting down: left unacknowledged, the batch is delivered again after the restart
            LOG.warnf("shutting down while %d verdicts could not be processed; they are delivered again",
                    events.size());
            return new CompletableFuture<>();
        }
        // dead letters first, so that committing the batch's offsets never skips one that is not yet written
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }
}
