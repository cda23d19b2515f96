package org.disclosurepipeline.ingest.rest;

import java.util.UUID;

/** The answer to an upload: where to follow the submission, and whether it was an identical re-upload. */
public record SubmissionReceipt(UUID submissionId, String statusUrl, boolean duplicate) {
}
