package org.disclosurepipeline.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.SpecHints;

/** One manifest line of a batch and its outcome. */
@Entity
@Table(name = "batch_item")
public class BatchItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "batch_id", nullable = false)
    public UUID batchId;

    @Column(nullable = false)
    public int line;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "report_year")
    public Integer year;

    /** The stored document, once found in the archive. */
    @Column(name = "sha256")
    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BatchItemState state;

    public String reason;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Attempts that failed with an unexpected error. */
    @Column(nullable = false)
    public int attempts;

    public static List<BatchItem> ofBatch(UUID batchId) {
        return list("batchId = ?1 order by line", batchId);
    }

    /** The oldest pending item, locked; items locked by another instance's worker are skipped. */
    public static Optional<BatchItem> lockNextPending() {
        return find("state = ?1 order by id", BatchItemState.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .firstResultOptional();
    }

    /**
     * Counts a failed attempt at a pending item; after {@code maxAttempts} the item is refused with the reason, so
     * that one file that cannot be processed does not hold up the rest of its batch.
     */
    public static void recordFailure(long itemId, String why, int maxAttempts) {
        BatchItem item = findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.state != BatchItemState.PENDING) {
            return;
        }
        item.attempts++;
        if (item.attempts >= maxAttempts) {
            item.finish(BatchItemState.REFUSED, "could not be processed after " + item.attempts + " attempts: " + why,
                    null);
        }
    }

    public void finish(BatchItemState outcome, String why, UUID submission) {
        state = outcome;
        reason = why;
        submissionId = submission;
        finishedAt = Instant.now();
    }
}
