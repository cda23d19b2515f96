package org.disclosurepipeline.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A batch upload: a ZIP of reports with a manifest. */
@Entity
@Table(name = "upload_batch")
public class Batch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The uploader's region prefix, or null when it was not limited to one. */
    @Column(name = "region")
    public String region;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "file_count", nullable = false)
    public int fileCount;
}
