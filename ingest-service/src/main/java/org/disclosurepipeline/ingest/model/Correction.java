package org.disclosurepipeline.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A correction of parsed cells: the submission it made, the one it corrects, who, why, when and the cells. */
@Entity
@Table(name = "correction")
public class Correction extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "correction_of", nullable = false)
    public UUID correctionOf;

    @Column(name = "corrected_by")
    public String correctedBy;

    @Column(nullable = false)
    public String reason;

    /** The cells entered in this step as JSON: [{cell, table, row, column, value}]. */
    @Column(nullable = false)
    public String cells;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;
}
