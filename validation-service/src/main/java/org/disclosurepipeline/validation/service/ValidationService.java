package org.disclosurepipeline.validation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.RuleCatalog;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.validation.config.RulesConfig;
import org.disclosurepipeline.validation.model.AcceptedReports;
import org.disclosurepipeline.validation.model.Verdicts;

/**
 * Checks submissions with the core's parser and rule catalogue, a batch at a time, using each agency's accepted
 * report of the previous year when there is one; remembers validated reports for next year's checks and every
 * verdict for re-validations, in one transaction per batch.
 */
@ApplicationScoped
public class ValidationService {

    private final ReportChecker checker;
    private final String rulesVersion;
    private final MeterRegistry meters;

    @Inject
    AcceptedReports accepted;

    @Inject
    Verdicts verdicts;

    @Inject
    RevalidationTally tally;

    @Inject
    Tracer tracer;

    @Inject
    public ValidationService(RulesConfig config, MeterRegistry meters) {
        this.checker = new ReportChecker(RuleCatalog.standard(), config.toSettings());
        this.rulesVersion = config.rulesVersion();
        this.meters = meters;
    }

    /** The rules version of this deployment's verdicts. */
    public String rulesVersion() {
        return rulesVersion;
    }

    @Transactional
    public ReportOutcomeEvent validate(RawReportEvent raw) {
        return validate(List.of(raw), null).get(0);
    }

    /**
     * Checks a batch in order and stores its effects in one transaction; returns the verdicts in the same order.
     *
     * @param revalidation the re-validation job these re-checks belong to (its counts are added in the same
     *                     transaction), or null
     */
    @Transactional
    public List<ReportOutcomeEvent> validate(List<RawReportEvent> batch, UUID revalidation) {
        return validate(batch, revalidation, new HashMap<>());
    }

    /**
     * As above, each report checked in a "validate report" span continuing its entry of {@code traces} (its
     * record's trace context); the entry is replaced by that span's context, which its verdict is published under.
     */
    @Transactional
    public List<ReportOutcomeEvent> validate(List<RawReportEvent> batch, UUID revalidation,
            Map<UUID, Context> traces) {
        // the previous year as it stood when each submission was received: a replay gives the same verdict
        List<AcceptedReports.Lookup> lookups = batch.stream()
                .map(r -> new AcceptedReports.Lookup(r.agencyCode(), r.year() - 1, r.receivedAt())).toList();
        List<AcceptedReports.Found> stored = accepted.asOf(lookups);
        Map<String, List<AcceptedReports.Found>> thisBatch = new HashMap<>();
        List<ReportOutcomeEvent> outcomes = new ArrayList<>(batch.size());
        List<AcceptedReports.Accepted> keep = new ArrayList<>();
        List<UUID> forget = new ArrayList<>();
        List<Verdicts.Verdict> checked = new ArrayList<>(batch.size());
        Instant now = Instant.now();
        for (int i = 0; i < batch.size(); i++) {
            RawReportEvent raw = batch.get(i);
            DisclosureReport previous = previous(stored.get(i), thisBatch.get(key(raw.agencyCode(), raw.year() - 1)),
                    raw.receivedAt());
            Context parent = traces.getOrDefault(raw.submissionId(), Context.current());
            Span span = tracer.spanBuilder("validate report").setParent(parent)
                    .setAttribute("submission.id", raw.submissionId().toString()).startSpan();
            ReportChecker.CheckResult result;
            try {
                result = checker.check(raw.content(),
                        new Submission(raw.agencyCode(), raw.agencyName(), raw.year(), raw.receivedAt()), previous,
                        RawCorrections.of(raw));
                span.setAttribute("report.verdict", result.validation().verdict().name());
            } finally {
                span.end();
            }
            traces.put(raw.submissionId(), parent.with(span));
            ReportOutcomeEvent outcome = OutcomeMapper.outcome(raw, result, rulesVersion, now);
            outcomes.add(outcome);
            if (outcome.verdict() == Verdict.VALIDATED) {
                String json = Json.mapper().valueToTree(result.report()).toString();
                keep.add(new AcceptedReports.Accepted(raw.submissionId(), raw.agencyCode(), raw.year(),
                        raw.receivedAt(), json));
                thisBatch.computeIfAbsent(key(raw.agencyCode(), raw.year()), k -> new ArrayList<>())
                        .add(new AcceptedReports.Found(raw.receivedAt(), json));
            } else {
                forget.add(raw.submissionId());
            }
            checked.add(new Verdicts.Verdict(raw.submissionId(), raw.agencyCode(), raw.year(), raw.receivedAt(),
                    outcome.verdict().name(), rulesVersion, errorRules(outcome), now));
            meters.counter("validation_outcomes", "verdict", outcome.verdict().name()).increment();
        }
        if (revalidation != null) {
            tally.add(revalidation, verdicts.of(checked.stream().map(Verdicts.Verdict::submissionId).toList()),
                    checked);
        }
        accepted.store(keep, now);
        accepted.forget(forget);
        verdicts.record(checked);
        return outcomes;
    }

    /** A dry run: no submission, nothing stored. */
    public ReportChecker.CheckResult check(String text, Submission submission) {
        return checker.check(text, submission);
    }

    /** The newest of the stored and this batch's reports received by {@code asOf}. */
    private static DisclosureReport previous(AcceptedReports.Found stored, List<AcceptedReports.Found> thisBatch,
            Instant asOf) {
        AcceptedReports.Found newest = stored;
        for (AcceptedReports.Found f : thisBatch == null ? List.<AcceptedReports.Found>of() : thisBatch) {
            if (!f.receivedAt().isAfter(asOf) && (newest == null || f.receivedAt().isAfter(newest.receivedAt()))) {
                newest = f;
            }
        }
        return newest == null ? null : stored(newest.reportJson());
    }

    /** A report this service stored as the core's JSON. */
    private static DisclosureReport stored(String json) {
        try {
            return Json.mapper().readValue(json, DisclosureReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> errorRules(ReportOutcomeEvent outcome) {
        return outcome.findings().stream().filter(Finding::isError).map(Finding::rule).distinct().toList();
    }

    private static String key(String agency, int year) {
        return agency + "/" + year;
    }
}
