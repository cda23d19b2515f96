package org.disclosurepipeline.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.model.SubmissionStatus;

/**
 * A submission's status as clients see it; findings once validation has spoken; the trace id of its path through the
 * pipeline (look it up in Jaeger, docs/tracing.md), null for submissions older than tracing.
 */
public record SubmissionView(UUID submissionId, String agencyCode, String agencyName, int year, Instant receivedAt,
        String sourceFormat, String sha256, long sizeBytes, SubmissionStatus status, Instant statusChangedAt,
        JsonNode findings, String originalUrl, String traceId) {

    static SubmissionView of(Submission s, String baseUrl) {
        JsonNode findings = null;
        if (s.findings != null) {
            try {
                findings = org.disclosurepipeline.core.json.Json.mapper().readTree(s.findings);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("stored findings of " + s.id + " are not JSON", e);
            }
        }
        return new SubmissionView(s.id, s.agencyCode, s.agencyName, s.year, s.receivedAt, s.sourceFormat, s.sha256,
                s.sizeBytes, s.status, s.statusChangedAt, findings,
                baseUrl + "/api/v1/submissions/" + s.id + "/original", s.traceId);
    }
}
