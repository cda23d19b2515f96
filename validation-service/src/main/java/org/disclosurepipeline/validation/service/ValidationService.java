package org.disclosurepipeline.validation.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.RuleCatalog;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.rules.Verdict;
import org.disclosurepipeline.validation.config.RulesConfig;
import org.disclosurepipeline.validation.model.AcceptedReport;

/**
 * Checks one submission with the core's parser and rule catalogue, using the agency's accepted report of the
 * previous year when there is one, and remembers validated reports for next year's checks.
 */
@ApplicationScoped
public class ValidationService {

    private final ReportChecker checker;
    private final MeterRegistry meters;

    @Inject
    public ValidationService(RulesConfig config, MeterRegistry meters) {
        this.checker = new ReportChecker(RuleCatalog.standard(), config.toSettings());
        this.meters = meters;
    }

    @Transactional
    public ReportOutcomeEvent validate(RawReportEvent raw) {
        Submission submission = new Submission(raw.agencyCode(), raw.agencyName(), raw.year(), raw.receivedAt());
        // the previous year as it stood when this submission was received: a replay gives the same verdict
        DisclosureReport previous = AcceptedReport.asOf(raw.agencyCode(), raw.year() - 1, raw.receivedAt())
                .map(a -> EventCodec.decode(a.report, DisclosureReport.class)).orElse(null);
        ReportChecker.CheckResult result = checker.check(raw.content(), submission, previous);
        ReportOutcomeEvent outcome = new ReportOutcomeEvent(raw.submissionId(), raw.agencyCode(), raw.agencyName(),
                raw.year(), raw.receivedAt(), result.validation().verdict(), result.report(),
                result.validation().findings(), result.validation().rulesVersion(), Instant.now());
        if (outcome.verdict() == Verdict.VALIDATED) {
            remember(raw, result.report());
        }
        meters.counter("validation_outcomes", "verdict", outcome.verdict().name()).increment();
        return outcome;
    }

    /** A dry run: no submission, nothing stored. */
    public ReportChecker.CheckResult check(String text, Submission submission) {
        return checker.check(text, submission);
    }

    /** Keeps every validated submission once, however often it is delivered. */
    private static void remember(RawReportEvent raw, DisclosureReport report) {
        if (AcceptedReport.findById(raw.submissionId()) != null) {
            return;
        }
        AcceptedReport stored = new AcceptedReport();
        stored.submissionId = raw.submissionId();
        stored.agencyCode = raw.agencyCode();
        stored.year = raw.year();
        stored.receivedAt = raw.receivedAt();
        stored.report = Json.mapper().valueToTree(report).toString();
        stored.storedAt = Instant.now();
        stored.persist();
    }
}
