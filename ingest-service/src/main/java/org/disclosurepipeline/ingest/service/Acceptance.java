package org.disclosurepipeline.ingest.service;

import org.disclosurepipeline.ingest.model.Submission;

/** The submission an upload produced, or the earlier identical one it was recognised as. */
public record Acceptance(Submission submission, boolean duplicate) {
}
