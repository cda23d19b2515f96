package org.disclosurepipeline.ingest.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.ingest.service.SubmissionStatuses;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows validation outcomes, a poll at a time, so that each submission's status moves from RECEIVED to VALIDATED
 * or REJECTED. An unreadable record goes alone to {@code reports.status.dlq}; a batch whose statuses cannot be
 * stored is nacked record by record (each to the dead-letter topic, as the per-record listener did).
 */
@ApplicationScoped
public class OutcomeListener {

    private static final Logger LOG = Logger.getLogger(OutcomeListener.class);

    @Inject
    SubmissionStatuses statuses;

    @Incoming("outcomes")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> readable = new ArrayList<>();
        List<SubmissionStatuses.Verdict> outcomes = new ArrayList<>();
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                outcomes.add(SubmissionStatuses.Verdict.read(record.getPayload()));
                readable.add(record);
            } catch (UnreadableEventException e) {
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            statuses.apply(outcomes);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot store the statuses of %d verdicts; they go to the dead-letter topic",
                    readable.size());
            readable.forEach(r -> settled.add(r.nack(e).toCompletableFuture()));
            return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
        }
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }
}
