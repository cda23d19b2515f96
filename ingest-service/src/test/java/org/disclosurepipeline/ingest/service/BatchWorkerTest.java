package org.disclosurepipeline.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

    @Test
    void anItemThatKeepsFailingIsRefusedAndTheNextOneStillRuns() {
        long broken = QuarkusTransaction.requiringNew().call(() -> {
            Batch batch = new Batch();
            batch.id = UUID.randomUUID();
            batch.createdAt = Instant.now();
            batch.fileCount = 1;
            batch.persist();
            BatchItem item = new BatchItem();
            item.batchId = batch.id;
            item.line = 2;
            item.fileName = "lost.docx";
            item.agencyCode = "610722111";
            item.year = 2024;
            item.state = BatchItemState.PENDING; // no stored document: reading it fails unexpectedly
            item.persist();
            return item.id;
        });
        for (int attempt = 0; attempt < BatchWorker.MAX_ATTEMPTS; attempt++) {
            worker.drain();
        }
        BatchItem item = QuarkusTransaction.requiringNew().call(() -> BatchItem.findById(broken));
        assertThat(item.state).isEqualTo(BatchItemState.REFUSED);
        assertThat(item.attempts).isEqualTo(BatchWorker.MAX_ATTEMPTS);
        assertThat(item.reason).startsWith("could not be processed after 5 attempts");
    }
}
