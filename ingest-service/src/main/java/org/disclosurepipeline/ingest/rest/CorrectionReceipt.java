package org.disclosurepipeline.ingest.rest;

import java.util.UUID;

/** The answer to a correction: the new version, the one it corrects, its number and where to follow it. */
public record CorrectionReceipt(UUID submissionId, UUID correctionOf, int version, String statusUrl,
        String versionsUrl) {
}
