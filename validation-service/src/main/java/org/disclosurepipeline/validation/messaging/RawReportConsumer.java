package org.disclosurepipeline.validation.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.validation.service.ValidationBatches;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code reports.raw} a poll at a time: validates the batch, stores it in one transaction and publishes
 * every verdict before the batch is acknowledged (its offsets are committed after that: at least once; downstream
 * consumers drop duplicates by submission id and rules version).
 *
 * <p>Failures, all handled here: a record that is not a raw report event at all is nacked on its own and goes to
 * {@code reports.raw.dlq} with the reason, and the rest of the batch goes on; a batch that still fails after
 * {@link ValidationBatches}' retries (database or broker down) is nacked record by record, which sends each to
 * the dead-letter topic too, as the per-record consumer did.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    @Inject
    ValidationBatches batches;

    @Incoming("raw")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> readable = new ArrayList<>();
        List<RawReportEvent> events = new ArrayList<>();
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(EventCodec.decode(record.getPayload(), RawReportEvent.class));
                readable.add(record);
            } catch (UnreadableEventException e) {
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            batches.validateAndPublish(events, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "a batch of %d raw reports failed after retries; its records go to the dead-letter topic",
                    readable.size());
            readable.forEach(r -> settled.add(r.nack(e).toCompletableFuture()));
            return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
        }
        // dead letters first, so that committing the batch's offsets never skips one that is not yet written
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }
}
