package org.disclosurepipeline.contract.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.core.json.ReportJson;
import org.disclosurepipeline.core.parse.ParsedReport;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Validator;

/** Events as the services make them, from the sample reports: a validated one, a rejected one, a rollup. */
final class SampleEvents {

    static final Instant RECEIVED = Instant.parse("2025-01-25T02:14:07.123Z");

    private SampleEvents() {
    }

    static String text(String file) {
        try {
            return Files.readString(Path.of("../samples", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawReportEvent raw(String agency, String text) {
        return new RawReportEvent(UUID.randomUUID(), agency, "二里镇", 2024, RECEIVED, "text",
                "9b1e".repeat(16), text.length(), text, "610722111");
    }

    static ReportOutcomeEvent outcome(RawReportEvent raw) {
        ParsedReport parsed = new ReportParser().parse(raw.content());
        ValidationResult result = Validator.standard().validate(new RuleContext(parsed,
                new Submission(raw.agencyCode(), raw.agencyName(), raw.year(), raw.receivedAt()), null, null));
        return new ReportOutcomeEvent(raw.submissionId(), raw.agencyCode(), raw.agencyName(), raw.year(),
                raw.receivedAt(), result.verdict(), parsed.report(), result.findings(), result.rulesVersion(),
                RECEIVED.plusMillis(389));
    }

    static RollupChangedEvent rollup(String region) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("activeDisclosure.penaltyDecisions", new BigDecimal("12"));
        figures.put("activeDisclosure.feesTenThousandYuan", new BigDecimal("0.35"));
        figures.put("applications.newReceived.total", new BigDecimal("3"));
        figures.put("reviewLitigation.review.total", BigDecimal.ZERO);
        return new RollupChangedEvent(region, "county", 2024, 2, 1, ReportJson.figuresTree(figures),
                RECEIVED.plusSeconds(1));
    }
}
