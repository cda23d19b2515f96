package org.disclosurepipeline.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.CorrectedCell;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.EventTypes;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.common.http.Problem;
import org.disclosurepipeline.common.http.ProblemException;
import org.disclosurepipeline.common.intake.DocumentIntake;
import org.disclosurepipeline.core.document.DocumentFormat;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.ingest.model.Correction;
import org.disclosurepipeline.ingest.model.OriginalDocument;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.model.SubmissionStatus;

/**
 * Corrections of parsed cells: a new version of the report, made of the current version's original document (never
 * changed, never copied) and the cells a person entered, published on {@code reports.raw} through the outbox like
 * an upload, so that validation reads it like any other. Refused while the report is approved (the upload lock:
 * return it first) and for a version that is no longer the current one.
 */
@ApplicationScoped
public class Corrections {

    static final TypeReference<List<CellEntry>> CELLS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    DocumentIntake intake;

    @Inject
    UploadLocks locks;

    @Inject
    Event<SubmissionAccepted> accepted;

    /** The new version and its number among the versions of the agency and year (1 is the first upload). */
    public record Corrected(Submission submission, int version) {
    }

    /** Reads the original's text outside any transaction (a PDF takes time), then records the new version. */
    public Corrected correct(UUID submissionId, String reason, List<CellEntry> cells, String correctedBy) {
        String text = text(submissionId);
        return record(submissionId, reason, cells, correctedBy, text);
    }

    @Transactional
    String text(UUID submissionId) {
        Submission s = Submission.findById(submissionId);
        OriginalDocument doc = OriginalDocument.findById(s.sha256);
        return intake.read(doc.content, DocumentFormat.fromCode(s.sourceFormat)).text();
    }

    @Transactional
    Corrected record(UUID submissionId, String reason, List<CellEntry> cells, String correctedBy, String text) {
        Submission of = Submission.findById(submissionId);
        // one version at a time per agency and year: two corrections of the same version cannot both be current
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "versions/" + of.agencyCode + "/" + of.year).getSingleResult();
        if (locks.refusal(of.agencyCode, of.year) != null) {
            throw new ProblemException(Problem.field(409, "Report approved and locked", "id", of.agencyCode + " 的 "
                    + of.year + " 年度报告已审核通过并锁定，不能更正；请联系审核单位退回修改后再更正。The " + of.year
                    + " report of " + of.agencyCode + " is approved and locked: ask the approver to return it for"
                    + " correction (POST /api/v1/approvals/" + of.agencyCode + "/" + of.year + "/return on"
                    + " aggregation-service), then correct it."));
        }
        List<Submission> versions = Submission.versions(of.agencyCode, of.year);
        Submission current = versions.get(versions.size() - 1);
        if (!current.id.equals(of.id)) {
            throw new ProblemException(Problem.field(409, "Not the current version", "id", of.id
                    + " 已被更新的版本 " + current.id + " 取代，请更正当前版本；" + of.id + " was replaced by the newer"
                    + " version " + current.id + ": correct the current one"));
        }
        Instant now = Instant.now();
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.agencyCode = of.agencyCode;
        s.agencyName = of.agencyName;
        s.year = of.year;
        s.receivedAt = now.isAfter(of.receivedAt) ? now : of.receivedAt.plusMillis(1); // newer than what it corrects
        s.sourceFormat = of.sourceFormat;
        s.sha256 = of.sha256;
        s.sizeBytes = of.sizeBytes;
        s.submittedBy = correctedBy;
        s.status = SubmissionStatus.RECEIVED;
        s.statusChangedAt = now;
        s.correctionOf = of.id;
        s.persist();

        Correction c = new Correction();
        c.submissionId = s.id;
        c.correctionOf = of.id;
        c.correctedBy = correctedBy;
        c.reason = reason;
        c.cells = EventCodec.encode(cells);
        c.correctedAt = now;
        c.persist();

        RawReportEvent event = new RawReportEvent(s.id, s.agencyCode, s.agencyName, s.year, s.receivedAt,
                s.sourceFormat, s.sha256, s.sizeBytes, text, s.submittedBy, of.id, allCells(s.id), correctedBy,
                reason);
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
        return new Corrected(s, versions.size() + 1);
    }

    /** Every cell corrected in this version: those of the corrections it builds on, the later value winning. */
    List<CorrectedCell> allCells(UUID submissionId) {
        List<Correction> chain = new ArrayList<>();
        for (Correction c = Correction.findById(submissionId); c != null; c = Correction.findById(c.correctionOf)) {
            chain.add(0, c);
        }
        Map<String, CorrectedCell> cells = new LinkedHashMap<>();
        for (Correction c : chain) {
            for (CellEntry e : cells(c)) {
                cells.remove(e.cell());
                cells.put(e.cell(), new CorrectedCell(e.cell(), e.value(), null));
            }
        }
        return List.copyOf(cells.values());
    }

    public static List<CellEntry> cells(Correction c) {
        try {
            return Json.mapper().readValue(c.cells, CELLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored cells of correction " + c.submissionId + " are not JSON", e);
        }
    }
}
