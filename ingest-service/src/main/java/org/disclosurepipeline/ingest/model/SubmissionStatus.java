package org.disclosurepipeline.ingest.model;

/**
 * Where a submission is: received and published, then validated or rejected by validation-service; PARKED when its
 * event can never be sent (the broker refuses it for good): an operator must look at it, no verdict will come.
 */
public enum SubmissionStatus {
    RECEIVED, VALIDATED, REJECTED, PARKED
}
