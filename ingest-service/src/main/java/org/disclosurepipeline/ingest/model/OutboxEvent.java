package org.disclosurepipeline.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.jpa.SpecHints;

/**
 * An event waiting to be published, written in the same transaction as the submission it announces: once the
 * transaction commits, the event cannot be lost, whatever the broker is doing. Once the broker acknowledged it, the
 * row is deleted; one the broker can never take is parked (kept, with the reason) and its submission shows PARKED.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When the relay gave up on it for good (the broker can never take it); null while it is to be sent. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "parked_reason")
    public String parkedReason;

    /** The W3C trace context of the upload (traceparent), continued when the relay publishes; null without one. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "trace_state")
    public String traceState;

    /**
     * The oldest unpublished events, locked for this transaction; rows locked by another relay are skipped, so
     * several instances can relay side by side.
     */
    public static List<OutboxEvent> lockNextBatch(int size) {
        return find("publishedAt is null and parkedAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, size)
                .list();
    }

    public static long pending() {
        return count("publishedAt is null and parkedAt is null");
    }

    public static long parked() {
        return count("parkedAt is not null");
    }
}
