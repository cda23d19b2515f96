package org.disclosurepipeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.regions.RegionRegistry;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.model.SubmissionStatus;

/**
 * Accepts an upload: keeps the original, records the submission and its {@code reports.raw} event in one
 * transaction. Once this returns, the submission is durable; the outbox relay publishes the event.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<SubmissionAccepted> accepted;

    @Transactional
    public Acceptance accept(ReportUpload upload) {
        String sha256 = sha256(upload.content());
        var earlier = Submission.findIdentical(upload.agencyCode(), upload.year(), sha256);
        if (earlier.isPresent()) {
            return new Acceptance(earlier.get(), true);
        }
        String text = ReportText.decode(upload.content());
        Instant now = Instant.now();
        storeOriginal(sha256, upload, now);

        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.agencyCode = upload.agencyCode();
        s.agencyName = RegionRegistry.bundled().find(upload.agencyCode()).map(Region::name).orElse(null);
        s.year = upload.year();
        s.receivedAt = now;
        s.sourceFormat = "text";
        s.sha256 = sha256;
        s.sizeBytes = upload.content().length;
        s.submittedBy = upload.submittedBy();
        s.status = SubmissionStatus.RECEIVED;
        s.statusChangedAt = now;
        s.persist();

        RawReportEvent event = new RawReportEvent(s.id, s.agencyCode, s.agencyName, s.year, s.receivedAt,
                s.sourceFormat, sha256, s.sizeBytes, text, s.submittedBy);
        OutboxEvent outbox = new OutboxEvent();
        outbox.topic = Topics.RAW;
        outbox.messageKey = RegionCode.county(s.agencyCode);
        outbox.eventId = s.id.toString();
        outbox.eventType = EventTypes.RAW;
        outbox.subject = s.agencyCode;
        outbox.payload = EventCodec.encode(event);
        outbox.createdAt = now;
        outbox.persist();

        accepted.fire(new SubmissionAccepted(s.id));
        return new Acceptance(s, false);
    }

    /** Content-addressed: the same bytes are stored once, even when two uploads race. */
    private void storeOriginal(String sha256, ReportUpload upload, Instant now) {
        entityManager.createNativeQuery("insert into original_document (sha256, content, size_bytes, media_type, "
                        + "stored_at) values (?1, ?2, ?3, ?4, ?5) on conflict (sha256) do nothing")
                .setParameter(1, sha256)
                .setParameter(2, upload.content())
                .setParameter(3, (long) upload.content().length)
                .setParameter(4, upload.mediaType())
                .setParameter(5, now)
                .executeUpdate();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
