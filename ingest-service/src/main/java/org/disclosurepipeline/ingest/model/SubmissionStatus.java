package org.disclosurepipeline.ingest.model;

/** Where a submission is: received and published, then validated or rejected by validation-service. */
public enum SubmissionStatus {
    RECEIVED, VALIDATED, REJECTED
}
