package org.disclosurepipeline.contract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outcome events of {@code src/test/resources/outcome-wire/} were written by the pipeline before the contract
 * had records of its own (when {@link ReportOutcomeEvent} carried report-core's report and findings): real sample
 * reports, validated and rejected, a 2019-template report, an arithmetic failure, a missing report. Read into the
 * contract's records and written again, each must come out byte for byte as it was: the records changed, the wire
 * did not.
 */
class OutcomeWireTest {

    static Stream<Path> fixtures() throws IOException {
        return Files.list(Path.of("src/test/resources/outcome-wire")).filter(p -> p.toString().endsWith(".json"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void anOutcomeOfTheOldRecordsReadsAndWritesBackByteForByte(Path fixture) throws IOException {
        String json = Files.readString(fixture, StandardCharsets.UTF_8).strip();
        ReportOutcomeEvent event = EventCodec.decode(json, ReportOutcomeEvent.class);
        assertThat(EventCodec.encode(event)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theRecordsHoldTheValuesNotJustTheText(Path fixture) throws IOException {
        ReportOutcomeEvent event = EventCodec.decode(Files.readString(fixture, StandardCharsets.UTF_8),
                ReportOutcomeEvent.class);
        assertThat(event.findings().stream().anyMatch(Finding::isError))
                .isEqualTo(event.verdict() == Verdict.REJECTED);
        if (event.report() != null) {
            assertThat(event.report().cells()).isNotEmpty()
                    .allSatisfy((key, value) -> assertThat(StructuredReport.TABLES).contains(key.split("\\.")[0]));
        }
    }

    @Test
    void anArithmeticFindingKeepsItsSidesAndCells() throws IOException {
        ReportOutcomeEvent event = EventCodec.decode(Files.readString(
                Path.of("src/test/resources/outcome-wire/erli-arithmetic-rejected.json"), StandardCharsets.UTF_8),
                ReportOutcomeEvent.class);
        Finding rowTotal = event.findings().stream().filter(f -> f.rule().equals("R-T3-ROW-TOTAL")).findFirst()
                .orElseThrow();
        assertThat(rowTotal.severity()).isEqualTo(Severity.ERROR);
        assertThat(List.of(rowTotal.left().intValue(), rowTotal.right().intValue())).containsExactly(0, 3);
        assertThat(rowTotal.cells()).contains("applications.newReceived.total");
        assertThat(event.report().decimal("applications.newReceived.naturalPerson")).isEqualByComparingTo("3");
    }
}
