package org.disclosurepipeline.ingest.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.rules.Verdict;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.model.SubmissionStatus;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows validation outcomes so that a submission's status moves from RECEIVED to VALIDATED or REJECTED. */
@ApplicationScoped
public class OutcomeListener {

    @Incoming("outcomes")
    @Blocking
    @Transactional
    public void onOutcome(String value) {
        ReportOutcomeEvent outcome = EventCodec.decode(value, ReportOutcomeEvent.class);
        Submission submission = Submission.findById(outcome.submissionId());
        if (submission == null) {
            return; // submitted through another ingest deployment: not ours to track
        }
        submission.status = outcome.verdict() == Verdict.VALIDATED ? SubmissionStatus.VALIDATED
                : SubmissionStatus.REJECTED;
        submission.statusChangedAt = outcome.checkedAt() != null ? outcome.checkedAt() : java.time.Instant.now();
        submission.findings = EventCodec.encode(outcome.findings());
    }
}
