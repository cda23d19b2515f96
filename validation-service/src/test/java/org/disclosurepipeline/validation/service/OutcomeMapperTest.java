package org.disclosurepipeline.validation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.StructuredReport;
import org.disclosurepipeline.core.ReportChecker;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.core.model.DisclosureReport;
import org.disclosurepipeline.core.rules.Finding;
import org.disclosurepipeline.core.rules.FindingStatus;
import org.disclosurepipeline.core.rules.Severity;
import org.disclosurepipeline.core.rules.Submission;
import org.disclosurepipeline.core.rules.Verdict;
import org.disclosurepipeline.core.template.TableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapper's outcome is, byte for byte, what the pipeline sent when the event carried the core's classes: for each
 * sample report and each real document's text, the event the old record made (below, serialised by the core's
 * mapper as the old codec did) and the event the mapper makes give the same JSON. pipeline-contract's
 * OutcomeWireTest holds the fixtures the old code wrote.
 */
class OutcomeMapperTest {

    /** The outcome event as it was before the contract had records of its own. */
    record OldOutcomeEvent(UUID submissionId, String agencyCode, String agencyName, int year, Instant receivedAt,
            Verdict verdict, DisclosureReport report, List<Finding> findings, String rulesVersion,
            Instant checkedAt) {
    }

    static final Instant RECEIVED = Instant.parse("2025-01-25T02:14:07.123Z");

    static Stream<Path> reports() throws IOException {
        return Stream.concat(Files.list(Path.of("../samples")),
                Files.list(Path.of("../report-core/src/test/resources/documents")))
                .filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("index.txt"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theMappedOutcomeIsTheOldWire(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertSameWire(text);
        assertSameWire(text.substring(0, text.length() / 3)); // partial: rejected, cut mid-table
        assertSameWire(text.replaceFirst("\t0\n", "\t7\n")); // an arithmetic failure with its two sides
    }

    @Test
    void noReportAtAll() throws JsonProcessingException {
        assertSameWire("这不是年度报告");
    }

    @Test
    void everyValueOfTheCoreHasItsContractValue() {
        assertThat(StructuredReport.TABLES).containsExactlyElementsOf(
                Arrays.stream(TableId.values()).map(TableId::key).toList());
        Arrays.stream(Verdict.values()).forEach(OutcomeMapper::verdict);
        Arrays.stream(Severity.values()).forEach(s -> assertThat(EventCodec.encode(OutcomeMapper.finding(
                new Finding("R", s, FindingStatus.FAIL, "m", "m", null, null, null, null)))).isEqualTo(json(
                new Finding("R", s, FindingStatus.FAIL, "m", "m", null, null, null, null))));
        Arrays.stream(FindingStatus.values()).forEach(s -> OutcomeMapper.finding(
                new Finding("R", Severity.INFO, s, "m", "m", null, null, null, null)));
    }

    private static void assertSameWire(String text) throws JsonProcessingException {
        RawReportEvent raw = new RawReportEvent(UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)),
                "610722111", "二里镇", 2024, RECEIVED, "text", "ab".repeat(32), text.length(), text, null);
        ReportChecker.CheckResult result = ReportChecker.standard().check(text,
                new Submission(raw.agencyCode(), raw.agencyName(), raw.year(), raw.receivedAt()));
        Instant checked = RECEIVED.plusMillis(389);
        OldOutcomeEvent old = new OldOutcomeEvent(raw.submissionId(), raw.agencyCode(), raw.agencyName(),
                raw.year(), raw.receivedAt(), result.validation().verdict(), result.report(),
                result.validation().findings(), "2026.12.2", checked);
        assertThat(EventCodec.encode(OutcomeMapper.outcome(raw, result, "2026.12.2", checked))).isEqualTo(json(old));
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
