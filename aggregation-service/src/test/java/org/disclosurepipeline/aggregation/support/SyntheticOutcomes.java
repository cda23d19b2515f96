package org.disclosurepipeline.aggregation.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.StructuredReport;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.regions.Region;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.synthetic.ReportGenerator;
import org.disclosurepipeline.core.synthetic.ReportTextRenderer;
import org.disclosurepipeline.core.synthetic.SyntheticReport;
import org.disclosurepipeline.core.synthetic.TextLayout;
import org.disclosurepipeline.core.template.TemplateVersion;
import org.disclosurepipeline.localstack.kafka.TopicProbe;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Verdicts as validation-service would publish them: synthetic reports for real townships, printed as text and
 * checked by report-core's rule catalogue. A "broken" report has a wrong T3 total, so the rules reject it.
 */
public final class SyntheticOutcomes {

    private final ReportGenerator generator;
    private final ReportChecker checker = ReportChecker.standard();
    private long seed;

    public SyntheticOutcomes(long seed) {
        this.generator = new ReportGenerator(seed);
        this.seed = seed;
    }

    public ReportOutcomeEvent outcome(Region township, int year, Instant receivedAt, boolean broken) {
        return outcome(township, township, year, receivedAt, broken);
    }

    /** A report written by one township ({@code author}) and submitted for another: R-META-AGENCY rejects it. */
    public ReportOutcomeEvent outcome(Region township, Region author, int year, Instant receivedAt, boolean broken) {
        SyntheticReport drawn = generator.next(TemplateVersion.V2021);
        Map<String, Number> figures = new LinkedHashMap<>(drawn.figures());
        if (broken) {
            figures.merge("applications.newReceived.total", 1L, (a, b) -> a.longValue() + b.longValue());
        }
        String agency = author.name() + (author.name().endsWith("街道") ? "办事处" : "人民政府");
        SyntheticReport report = new SyntheticReport(agency, year, TemplateVersion.V2021, figures,
                LocalDate.of(year + 1, 1, 10));
        String text = new ReportTextRenderer(TextLayout.TAB_ROWS, seed++).render(report);
        var checked = checker.check(text, new Submission(township.code(), township.name(), year, receivedAt));
        return event(UUID.randomUUID(), township.code(), township.name(), year, receivedAt,
                Verdict.valueOf(checked.validation().verdict().name()), checked, checked.validation().rulesVersion());
    }

    /**
     * A checked report as a verdict event. The core's report and findings reach the contract's records through
     * their JSON, as they reach aggregation on the wire (validation-service's mapper does it in memory).
     */
    public static ReportOutcomeEvent event(UUID submissionId, String agency, String agencyName, int year,
            Instant receivedAt, Verdict verdict, ReportChecker.CheckResult checked, String rulesVersion) {
        StructuredReport report = checked.report() == null ? null : viaJson(checked.report(), StructuredReport.class);
        return new ReportOutcomeEvent(submissionId, agency, agencyName, year, receivedAt, verdict, report,
                List.of(viaJson(checked.validation().findings(), Finding[].class)), rulesVersion, Instant.now());
    }

    private static <T> T viaJson(Object core, Class<T> type) {
        try {
            return EventCodec.decode(Json.mapper().writeValueAsString(core), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same submission checked again under a newer rules version, broken or mended: a re-validation. */
    public ReportOutcomeEvent recheck(ReportOutcomeEvent earlier, String rulesVersion, boolean broken) {
        Region township = org.disclosurepipeline.core.regions.RegionRegistry.bundled().find(earlier.agencyCode())
                .orElseThrow();
        ReportOutcomeEvent again = outcome(township, earlier.year(), earlier.receivedAt(), broken);
        return new ReportOutcomeEvent(earlier.submissionId(), again.agencyCode(), again.agencyName(), again.year(),
                again.receivedAt(), again.verdict(), again.report(), again.findings(), rulesVersion, Instant.now());
    }

    public static TopicProbe kafka() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public static void publish(ReportOutcomeEvent e) {
        kafka().send(e.topic(), e.countyCode(), EventCodec.encode(e), Map.of("ce_type", e.eventType()));
    }
}
