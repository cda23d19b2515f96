package org.disclosurepipeline.ingest.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.ingest.service.SubmissionStatuses;
import org.disclosurepipeline.common.retry.Persistently;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows validation outcomes, a poll at a time, so that each submission's status moves from RECEIVED to VALIDATED
 * or REJECTED. An unreadable record goes alone to {@code reports.status.dlq}; a batch whose statuses cannot be
 * stored (database down) is retried with backoff for as long as the outage lasts.
 */
@ApplicationScoped
public class OutcomeListener {

    private static final Logger LOG = Logger.getLogger(OutcomeListener.class);

    @Inject
    SubmissionStatuses statuses;

    /** Transient failures (database, broker) are retried with backoff for as long as they last. */
    private final Persistently persistently = Persistently.withDefaultBackoff();

    void stopRetrying(@Observes ShutdownEvent event) {
        persistently.stop();
    }

    @Incoming("outcomes")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<SubmissionStatuses.Verdict> outcomes = new ArrayList<>();
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                outcomes.add(SubmissionStatuses.Verdict.read(record.getPayload()));
            } catch (UnreadableEventException e) {
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            persistently.run("storing the statuses of a batch of " + outcomes.size() + " verdicts",
                    () -> statuses.apply(outcomes));
        } catch (Persistently.Stopped e) {
            // shutting down: left unacknowledged, the batch is delivered again after the restart
            LOG.warnf("shutting down while %d verdicts could not be processed; they are delivered again",
                    outcomes.size());
            return new CompletableFuture<>();
        }
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }
}
