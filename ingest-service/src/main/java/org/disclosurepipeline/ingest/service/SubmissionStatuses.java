package org.disclosurepipeline.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.RulesVersions;
import org.disclosurepipeline.core.rules.Verdict;
import org.disclosurepipeline.ingest.model.Submission;
import org.disclosurepipeline.ingest.model.SubmissionStatus;

/**
 * Moves submissions from RECEIVED to VALIDATED or REJECTED, a batch of verdicts in one transaction. A verdict of
 * an older rules version than the one a submission already shows (a late redelivery after a re-validation) is
 * ignored; one of the same or a newer version replaces it.
 */
@ApplicationScoped
public class SubmissionStatuses {

    @Inject
    EntityManager em;

    @Transactional
    public void apply(List<ReportOutcomeEvent> outcomes) {
        Map<UUID, ReportOutcomeEvent> latest = new LinkedHashMap<>();
        for (ReportOutcomeEvent o : outcomes) {
            latest.merge(o.submissionId(), o,
                    (a, b) -> RulesVersions.compare(b.rulesVersion(), a.rulesVersion()) >= 0 ? b : a);
        }
        List<Submission> known = Submission.list("id in ?1", List.copyOf(latest.keySet()));
        for (Submission submission : known) { // others were submitted through another ingest deployment
            ReportOutcomeEvent outcome = latest.get(submission.id);
            if (submission.rulesVersion != null
                    && RulesVersions.isNewer(submission.rulesVersion, outcome.rulesVersion())) {
                continue;
            }
            submission.status = outcome.verdict() == Verdict.VALIDATED ? SubmissionStatus.VALIDATED
                    : SubmissionStatus.REJECTED;
            submission.statusChangedAt = outcome.checkedAt() != null ? outcome.checkedAt() : Instant.now();
            submission.findings = EventCodec.encode(outcome.findings());
            submission.rulesVersion = outcome.rulesVersion();
        }
    }
}
