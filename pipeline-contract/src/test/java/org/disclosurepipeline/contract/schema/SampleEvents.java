package org.disclosurepipeline.contract.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.RollupChangedEvent;
import org.disclosurepipeline.contract.events.StructuredReport;
import org.disclosurepipeline.contract.events.StructuredReportJson;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.parse.ParsedReport;
import org.disclosurepipeline.core.parse.ReportParser;
import org.disclosurepipeline.core.rules.RuleContext;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.rules.ValidationResult;
import org.disclosurepipeline.core.rules.Validator;

/**
 * Events as the services make them, from the sample reports: a validated one, a rejected one, a rollup. The core's
 * report and findings reach the contract's records through their JSON, as they reach a subscriber (the contract
 * does not know the core; validation-service's mapper does the same in memory).
 */
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
                raw.receivedAt(), Verdict.valueOf(result.verdict().name()), viaJson(parsed.report(),
                StructuredReport.class), List.of(viaJson(result.findings(), Finding[].class)),
                result.rulesVersion(), RECEIVED.plusMillis(389));
    }

    private static <T> T viaJson(Object core, Class<T> type) {
        try {
            return EventCodec.decode(Json.mapper().writeValueAsString(core), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static RollupChangedEvent rollup(String region) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("activeDisclosure.penaltyDecisions", new BigDecimal("12"));
        figures.put("activeDisclosure.feesTenThousandYuan", new BigDecimal("0.35"));
        figures.put("applications.newReceived.total", new BigDecimal("3"));
        figures.put("reviewLitigation.review.total", BigDecimal.ZERO);
        return new RollupChangedEvent(region, "county", 2024, 2, 1, StructuredReportJson.cellsTree(figures),
                RECEIVED.plusSeconds(1));
    }
}
