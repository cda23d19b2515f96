package org.disclosurepipeline.ingest.service;

import java.util.UUID;

/** Fired inside the accepting transaction; observed after commit to wake the outbox relay. */
public record SubmissionAccepted(UUID submissionId) {
}
