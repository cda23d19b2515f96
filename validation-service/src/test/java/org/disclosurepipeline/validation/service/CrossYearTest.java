package org.disclosurepipeline.validation.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.contract.events.Finding;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.Verdict;
import org.disclosurepipeline.localstack.quarkus.LocalStackTestResource;
import org.junit.jupiter.api.Test;

/** The agency's accepted report of the previous year feeds R-XY-*; replays give the same verdicts. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "validation"))
class CrossYearTest {

    private static final String AGENCY = "120119123";

    @Inject
    ValidationService validation;

    static String seed() throws IOException {
        return Files.readString(Path.of("../samples/003-dongerying-120119123.txt"));
    }

    /** The same report a year earlier: the text barely changed, as when a township copies last year's. */
    static String lastYears() throws IOException {
        return seed().replace("2025年", "2024年").replace("2024年", "2023年");
    }

    static RawReportEvent raw(int year, String text, Instant receivedAt) {
        return new RawReportEvent(UUID.randomUUID(), AGENCY, "东二营镇", year, receivedAt, "text", "0".repeat(64),
                text.length(), text, null);
    }

    static List<String> codes(ReportOutcomeEvent outcome) {
        return outcome.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aReportCopiedFromLastYearIsFlaggedAndAReplayGivesTheSameVerdict() throws IOException {
        Instant lastYearReceived = Instant.parse("2024-01-20T08:00:00Z");
        ReportOutcomeEvent previous = validation.validate(raw(2023, lastYears(), lastYearReceived));
        assertThat(previous.verdict()).isEqualTo(Verdict.VALIDATED);

        RawReportEvent thisYear = raw(2024, seed(), Instant.parse("2025-01-20T08:00:00Z"));
        ReportOutcomeEvent first = validation.validate(thisYear);
        assertThat(codes(first)).contains("R-XY-COPY");

        // a correction of last year's report arriving later does not change a replay of this year's verdict
        validation.validate(raw(2023, seed().replace("2024年", "2023年").replace("全面", "积极"),
                Instant.parse("2025-03-01T08:00:00Z")));
        ReportOutcomeEvent replay = validation.validate(thisYear);
        assertThat(codes(replay)).isEqualTo(codes(first));
        assertThat(replay.verdict()).isEqualTo(first.verdict());
    }

    @Test
    void lastYearsReportInTheSameBatchIsThePreviousYear() throws IOException {
        String thisYear = seed().replace("2024年", "2022年").replace("2025年", "2023年");
        String lastYear = seed().replace("2024年", "2021年").replace("2025年", "2022年");
        RawReportEvent earlier = raw(2021, lastYear, Instant.parse("2022-01-20T08:00:00Z"));
        RawReportEvent later = raw(2022, thisYear, Instant.parse("2023-01-20T08:00:00Z"));
        List<ReportOutcomeEvent> batch = validation.validate(List.of(earlier, later), null);
        assertThat(batch.get(0).verdict()).isEqualTo(Verdict.VALIDATED);
        assertThat(codes(batch.get(1))).contains("R-XY-COPY");
        assertThat(batch).allMatch(o -> o.rulesVersion().equals(validation.rulesVersion()));
    }

    @Test
    void withoutAnEarlierReportTheCrossYearRulesStaySilent() throws IOException {
        String agencyText = seed();
        RawReportEvent early = new RawReportEvent(UUID.randomUUID(), "120119124", null, 2024,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), "text", "0".repeat(64), agencyText.length(),
                agencyText, null);
        assertThat(codes(validation.validate(early))).noneMatch(code -> code.startsWith("R-XY"));
    }
}
