package org.disclosurepipeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.disclosurepipeline.common.intake.DocumentIntake;
import org.disclosurepipeline.common.intake.IntakeConfig;
import org.disclosurepipeline.common.intake.ReportKeys;
import org.disclosurepipeline.ingest.model.Batch;
import org.disclosurepipeline.ingest.model.BatchItem;
import org.disclosurepipeline.ingest.model.BatchItemState;

/**
 * Registers a batch: every manifest line becomes an item, and every listed document found in the archive is
 * stored (content-addressed) in the same transaction, so that the 202 for a batch is durable. Lines that cannot
 * be accepted are refused with the reason; the batch worker reads the rest.
 */
@ApplicationScoped
public class BatchService {

    @Inject
    IntakeConfig intake;

    @Inject
    SubmissionService submissions;

    @Inject
    Event<BatchRegistered> registered;

    /**
     * @param archive      the ZIP, read once, entry by entry
     * @param region       the uploader's region prefix, or null when not limited
     * @param scopeRefusal why the uploader may not submit for an agency, or null
     */
    @Transactional
    public Batch register(BatchArchive archive, List<ManifestLine> manifest, String submittedBy, String region,
            Function<String, String> scopeRefusal) {
        Batch batch = new Batch();
        batch.id = UUID.randomUUID();
        batch.submittedBy = submittedBy;
        batch.region = region;
        batch.createdAt = Instant.now();
        batch.fileCount = manifest.size();
        batch.persist();

        Map<String, BatchItem> waiting = new HashMap<>();
        for (ManifestLine line : manifest) {
            BatchItem item = item(batch.id, line);
            String refusal = refusal(line, scopeRefusal);
            if (refusal != null) {
                item.finish(BatchItemState.REFUSED, refusal, null);
            } else {
                waiting.putIfAbsent(line.file(), item);
            }
            item.persist();
        }
        archive.forEachEntry(waiting.keySet(), intake.maxReportBytes(), (name, bytes, problem) -> {
            BatchItem item = waiting.remove(name);
            if (problem != null) {
                item.finish(BatchItemState.REFUSED, problem, null);
            } else if (bytes.length == 0) {
                item.finish(BatchItemState.REFUSED, "the file is empty", null);
            } else {
                // the original first: the native insert flushes the session, and the item references it
                String sha256 = ReportUpload.sha256(bytes);
                submissions.storeOriginal(sha256, bytes, DocumentIntake.mediaTypeOf(bytes), batch.createdAt);
                item.sha256 = sha256;
            }
        });
        waiting.values().forEach(item -> item.finish(BatchItemState.REFUSED, "not in the archive", null));
        registered.fire(new BatchRegistered(batch.id));
        return batch;
    }

    private String refusal(ManifestLine line, Function<String, String> scopeRefusal) {
        String agency = ReportKeys.agencyProblem(line.agency());
        if (agency != null) {
            return "agency: " + agency;
        }
        String year = ReportKeys.yearProblem(line.year(), intake.earliestYear());
        if (year != null) {
            return "year: " + year;
        }
        return scopeRefusal.apply(line.agency());
    }

    private static BatchItem item(UUID batchId, ManifestLine line) {
        BatchItem item = new BatchItem();
        item.batchId = batchId;
        item.line = line.line();
        item.fileName = line.file().length() > 500 ? line.file().substring(0, 500) : line.file();
        item.agencyCode = line.agency().length() > 20 ? line.agency().substring(0, 20) : line.agency();
        item.year = line.year().matches("\\d{4}") ? Integer.valueOf(line.year()) : null;
        item.state = BatchItemState.PENDING;
        return item;
    }
}
