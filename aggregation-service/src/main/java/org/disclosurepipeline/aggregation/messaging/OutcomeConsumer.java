package org.disclosurepipeline.aggregation.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurepipeline.aggregation.service.OutcomeBatches;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code reports.validated} and {@code reports.rejected} on one channel, a poll at a time: the batch is
 * applied in one transaction, the changed rollups are published (each region once) and acknowledged, and only then
 * is the batch acknowledged, so its offsets are committed after its effects are durable.
 *
 * <p>Failures, all handled here: an unreadable record is nacked on its own and goes to
 * {@code reports.outcomes.dlq} with the reason, and the rest of the batch goes on; a batch that still fails after
 * {@link OutcomeBatches}' retries is nacked record by record (each to the dead-letter topic, as the per-record
 * consumer did).
 */
@ApplicationScoped
public class OutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(OutcomeConsumer.class);

    @Inject
    OutcomeBatches batches;

    @Incoming("outcomes")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> readable = new ArrayList<>();
        List<ReportOutcomeEvent> events = new ArrayList<>();
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(EventCodec.decode(record.getPayload(), ReportOutcomeEvent.class));
                readable.add(record);
            } catch (UnreadableEventException e) {
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            batches.applyAndPublish(events);
        } catch (RuntimeException e) {
            LOG.errorf(e, "a batch of %d verdicts failed after retries; its records go to the dead-letter topic",
                    readable.size());
            readable.forEach(r -> settled.add(r.nack(e).toCompletableFuture()));
            return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
        }
        // dead letters first, so that committing the batch's offsets never skips one that is not yet written
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }
}
