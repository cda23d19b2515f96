package org.disclosurepipeline.ingest.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.disclosurepipeline.common.intake.DocumentIntake;
import org.disclosurepipeline.common.intake.DocumentRefusal;
import org.disclosurepipeline.ingest.model.Batch;
import org.disclosurepipeline.ingest.model.BatchItem;
import org.disclosurepipeline.ingest.model.BatchItemState;
import org.disclosurepipeline.ingest.model.OriginalDocument;

/**
 * Turns the pending files of batches into submissions, one per transaction: the item's outcome, the submission
 * and its outbox event commit together, so that a crash leaves the item pending and it is read again.
 */
@ApplicationScoped
public class BatchWorker {

    @Inject
    DocumentIntake intake;

    @Inject
    SubmissionService submissions;

    /** Unexpected failures of one item before it is refused. */
    static final int MAX_ATTEMPTS = 5;

    /** The item being processed, so that a failure is counted against it. */
    private Long current;

    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "batch-worker"));

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchRegistered batch) {
        wakeUps.execute(this::drain);
    }

    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "3s")
    void everyFewSeconds() {
        drain();
    }

    /** Processes pending items until there are none; returns how many were processed. */
    public synchronized int drain() {
        int done = 0;
        try {
            while (QuarkusTransaction.requiringNew().call(this::processNext)) {
                done++;
            }
        } catch (RuntimeException e) {
            Log.warnf("batch worker: item %s failed: %s; it is retried (at most %d times)", current, e.getMessage(),
                    MAX_ATTEMPTS);
            Long failed = current;
            if (failed != null) {
                QuarkusTransaction.requiringNew().run(() -> BatchItem.recordFailure(failed, String.valueOf(
                        e.getMessage()), MAX_ATTEMPTS));
            }
        }
        return done;
    }

    private boolean processNext() {
        current = null;
        Optional<BatchItem> next = BatchItem.lockNextPending();
        if (next.isEmpty()) {
            return false;
        }
        BatchItem item = next.get();
        current = item.id;
        Batch batch = Batch.findById(item.batchId);
        OriginalDocument original = OriginalDocument.findById(item.sha256);
        ReportUpload upload = new ReportUpload(item.agencyCode, item.year, original.content, item.sha256, null,
                batch.submittedBy);
        try {
            Acceptance acceptance = submissions.accept(upload, intake.read(original.content, (String) null));
            item.finish(acceptance.duplicate() ? BatchItemState.DUPLICATE : BatchItemState.ACCEPTED, null,
                    acceptance.submission().id);
        } catch (DocumentRefusal e) {
            item.finish(BatchItemState.REFUSED, e.getMessage(), null);
        }
        return true;
    }

    void shutdown(@Observes io.quarkus.runtime.ShutdownEvent event) {
        wakeUps.shutdownNow();
    }
}
