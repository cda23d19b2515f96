package org.disclosurepipeline.ingest.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.disclosurepipeline.ingest.model.Batch;
import org.disclosurepipeline.ingest.model.BatchItem;
import org.disclosurepipeline.ingest.model.BatchItemState;
import org.disclosurepipeline.ingest.model.Submission;

/**
 * A batch's progress: how many files are in each outcome, and each file's outcome. A file's outcome is PENDING,
 * REFUSED (with the reason), or its submission's status (RECEIVED, VALIDATED, REJECTED).
 */
public record BatchView(UUID batchId, Instant createdAt, String submittedBy, int files, int processed,
        boolean done, Map<String, Integer> outcomes, List<Item> items) {

    /** One file of the batch. */
    public record Item(int line, String file, String agencyCode, Integer year, String outcome, boolean duplicate,
            String reason, UUID submissionId, String statusUrl) {
    }

    static BatchView of(Batch batch, List<BatchItem> items, String baseUrl) {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<Item> views = items.stream().map(i -> {
            String outcome = i.state.name();
            String statusUrl = null;
            if (i.submissionId != null) {
                Submission s = Submission.findById(i.submissionId);
                outcome = s.status.name();
                statusUrl = baseUrl + "/api/v1/submissions/" + s.id;
            }
            outcomes.merge(outcome, 1, Integer::sum);
            return new Item(i.line, i.fileName, i.agencyCode, i.year, outcome,
                    i.state == BatchItemState.DUPLICATE, i.reason, i.submissionId, statusUrl);
        }).toList();
        int pending = outcomes.getOrDefault(BatchItemState.PENDING.name(), 0);
        return new BatchView(batch.id, batch.createdAt, batch.submittedBy, items.size(), items.size() - pending,
                pending == 0, outcomes, views);
    }
}
