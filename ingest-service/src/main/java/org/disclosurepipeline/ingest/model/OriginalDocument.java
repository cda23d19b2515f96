package org.disclosurepipeline.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded document exactly as received, stored once per content (content-addressed by SHA-256). */
@Entity
@Table(name = "original_document")
public class OriginalDocument extends PanacheEntityBase {

    @Id
    @Column(name = "sha256")
    public String sha256;

    @Column(name = "content", nullable = false)
    public byte[] content;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;
}
