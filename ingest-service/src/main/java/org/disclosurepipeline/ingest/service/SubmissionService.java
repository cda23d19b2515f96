package org.disclosurepipeline.ingest.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.disclosurepipeline.contract.events.CloudEventHeaders;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.common.intake.DocumentIntake;
import org.disclosurepipeline.common.intake.ExtractedDocument;
import org.disclosurepipeline.common.tracing.RecordTraces;
import org.disclosurepipeline.core.document.DocumentFormat;
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

    @Inject
    DocumentIntake intake;

    @Inject
    UploadLocks locks;

    @Inject
    Tracer tracer;

    /**
     * Checks the declared type against the bytes first (an identical twin with a contradicting type is still
     * refused), then reads the document outside any transaction (PDFs take time) and accepts it, or finds its
     * identical twin.
     */
    public Acceptance accept(ReportUpload upload) {
        DocumentFormat format = intake.format(upload.content(), upload.declaredType());
        Optional<Submission> earlier = identical(upload);
        if (earlier.isPresent()) {
            return new Acceptance(earlier.get(), true);
        }
        return accept(upload, intake.read(upload.content(), format));
    }

    @Transactional
    public Optional<Submission> identical(ReportUpload upload) {
        return Submission.findIdentical(upload.agencyCode(), upload.year(), upload.sha256());
    }

    /**
     * Refuses a new upload for an approved report (ReportLocked) without rolling back a batch worker's item. Runs in
     * a span of the upload's trace (a new trace for a batch's item), whose context goes with the outbox row.
     */
    @Transactional(dontRollbackOn = ReportLocked.class)
    public Acceptance accept(ReportUpload upload, ExtractedDocument doc) {
        Span span = tracer.spanBuilder("accept report").setAttribute("report.agency", upload.agencyCode())
                .setAttribute("report.year", upload.year()).startSpan();
        try (Scope scope = span.makeCurrent()) {
            return acceptInSpan(upload, doc, span);
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private Acceptance acceptInSpan(ReportUpload upload, ExtractedDocument doc, Span span) {
        var earlier = Submission.findIdentical(upload.agencyCode(), upload.year(), upload.sha256());
        if (earlier.isPresent()) {
            return new Acceptance(earlier.get(), true);
        }
        ReportLocked locked = locks.refusal(upload.agencyCode(), upload.year());
        if (locked != null) {
            throw locked;
        }
        Instant now = Instant.now();
        storeOriginal(upload.sha256(), upload.content(), doc.mediaType(), now);

        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.agencyCode = upload.agencyCode();
        s.agencyName = RegionRegistry.bundled().find(upload.agencyCode()).map(Region::name).orElse(null);
        s.year = upload.year();
        s.receivedAt = now;
        s.sourceFormat = doc.format().code();
        s.sha256 = upload.sha256();
        s.sizeBytes = upload.content().length;
        s.submittedBy = upload.submittedBy();
        s.status = SubmissionStatus.RECEIVED;
        s.statusChangedAt = now;
        s.traceId = span.getSpanContext().isValid() ? span.getSpanContext().getTraceId() : null;
        s.persist();
        span.setAttribute("submission.id", s.id.toString());

        RawReportEvent event = new RawReportEvent(s.id, s.agencyCode, s.agencyName, s.year, s.receivedAt,
                s.sourceFormat, s.sha256, s.sizeBytes, doc.text(), s.submittedBy);
        OutboxEvent outbox = new OutboxEvent();
        outbox.topic = Topics.RAW;
        outbox.messageKey = RegionCode.county(s.agencyCode);
        outbox.eventId = s.id.toString();
        outbox.eventType = EventTypes.RAW;
        outbox.subject = s.agencyCode;
        outbox.payload = EventCodec.encode(event);
        outbox.createdAt = now;
        Map<String, String> trace = RecordTraces.headersOf(Context.current());
        outbox.traceParent = trace.get(CloudEventHeaders.TRACEPARENT);
        outbox.traceState = trace.get(CloudEventHeaders.TRACESTATE);
        outbox.persist();

        accepted.fire(new SubmissionAccepted(s.id));
        return new Acceptance(s, false);
    }

    /** Content-addressed: the same bytes are stored once, even when two uploads race. */
    public void storeOriginal(String sha256, byte[] content, String mediaType, Instant now) {
        entityManager.createNativeQuery("insert into original_document (sha256, content, size_bytes, media_type, "
                        + "stored_at) values (?1, ?2, ?3, ?4, ?5) on conflict (sha256) do nothing")
                .setParameter(1, sha256)
                .setParameter(2, content)
                .setParameter(3, (long) content.length)
                .setParameter(4, mediaType)
                .setParameter(5, now)
                .executeUpdate();
    }
}
