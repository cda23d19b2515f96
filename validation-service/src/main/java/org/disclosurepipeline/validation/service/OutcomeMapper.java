package org.disclosurepipeline.validation.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.FindingStatus;
import org.disclosurepipeline.contract.events.Location;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Severity;
import org.disclosurepipeline.contract.events.StructuredReport;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.template.SectionId;

/**
 * The core's report and findings as the contract's records: the one place where validation's internal model
 * becomes what subscribers receive, so that a change to the core's classes cannot change the wire unnoticed.
 */
public final class OutcomeMapper {

    private OutcomeMapper() {
    }

    public static ReportOutcomeEvent outcome(RawReportEvent raw, ReportChecker.CheckResult result,
            String rulesVersion, Instant checkedAt) {
        return new ReportOutcomeEvent(raw.submissionId(), raw.agencyCode(), raw.agencyName(), raw.year(),
                raw.receivedAt(), verdict(result.validation().verdict()), report(result.report()),
                findings(result.validation().findings()), rulesVersion, checkedAt,
                RawCorrections.summary(raw, result));
    }

    public static Verdict verdict(org.disclosurepipeline.core.rules.Verdict verdict) {
        return Verdict.valueOf(verdict.name());
    }

    public static StructuredReport report(DisclosureReport r) {
        if (r == null) {
            return null;
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (SectionId id : SectionId.values()) {
            if (r.section(id) != null) {
                sections.put(id.key(), r.section(id));
            }
        }
        return new StructuredReport(r.agencyName(), r.year(),
                r.templateVersion() == null ? null : r.templateVersion().code(), r.publishedOn(), r.title(),
                r.statisticPeriod() == null ? null
                        : new StructuredReport.Period(r.statisticPeriod().from(), r.statisticPeriod().to()),
                r.figures().asMap(), r.narrative().asMap(), sections);
    }

    public static List<Finding> findings(List<org.disclosurepipeline.core.rules.Finding> findings) {
        return findings.stream().map(OutcomeMapper::finding).toList();
    }

    static Finding finding(org.disclosurepipeline.core.rules.Finding f) {
        var at = f.location();
        return new Finding(f.rule(), Severity.valueOf(f.severity().name()), FindingStatus.valueOf(f.status().name()),
                f.message(), f.messageZh(), new Location(at.section(), at.table(), at.row(), at.column()), f.left(),
                f.right(), f.cells());
    }
}
