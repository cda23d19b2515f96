package org.disclosurepipeline.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.disclosurepipeline.ingest.model.Batch;
import org.disclosurepipeline.ingest.model.BatchItem;
import org.disclosurepipeline.ingest.model.BatchItemState;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.Test;

/** A batch item that keeps failing is refused after a few attempts instead of holding up its batch. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class BatchWorkerTest {

    @Inject
    BatchWorker worker;

    @Inject
    SubmissionService submissions;

    @Test
    void anItemThatKeepsFailingIsRefusedAndTheNextOneStillRuns() {
        byte[] report = ("二里镇 batch worker " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Batch batch = new Batch();
            batch.id = UUID.randomUUID();
            batch.createdAt = Instant.now();
            batch.fileCount = 2;
            batch.persist();
            BatchItem broken = item(batch, 2, "lost.docx", null); // no stored document: reading it fails unexpectedly
            String sha256 = ReportUpload.sha256(report);
            submissions.storeOriginal(sha256, report, "text/plain; charset=UTF-8", batch.createdAt);
            BatchItem next = item(batch, 3, "erli.txt", sha256); // after the broken one in the worker's order
            return new long[] {broken.id, next.id};
        });
        for (int attempt = 0; attempt < BatchWorker.MAX_ATTEMPTS; attempt++) {
            worker.drain();
        }
        worker.drain();
        BatchItem broken = QuarkusTransaction.requiringNew().call(() -> BatchItem.findById(ids[0]));
        assertThat(broken.state).isEqualTo(BatchItemState.REFUSED);
        assertThat(broken.attempts).isEqualTo(BatchWorker.MAX_ATTEMPTS);
        assertThat(broken.reason).startsWith("could not be processed after 5 attempts");
        BatchItem next = QuarkusTransaction.requiringNew().call(() -> BatchItem.findById(ids[1]));
        assertThat(next.state).as("the item after the broken one").isEqualTo(BatchItemState.ACCEPTED);
        assertThat(next.submissionId).isNotNull();
    }

    private static BatchItem item(Batch batch, int line, String file, String sha256) {
        BatchItem item = new BatchItem();
        item.batchId = batch.id;
        item.line = line;
        item.fileName = file;
        item.agencyCode = "610722111";
        item.year = 2024;
        item.sha256 = sha256;
        item.state = BatchItemState.PENDING;
        item.persist();
        return item;
    }
}
